// Account-level margin maths on a hand-built population, with exact values.
import { describe, test } from 'vitest';
import {
	accountBankruptcyPrice,
	accountEquity,
	adlScore,
	currentLiquidationPrice,
	positionMaintenance,
} from '../../src/sim/account-math';
import { marketsOf } from '../../src/sim/markets';
import type { Population } from '../../src/sim/population';
import { defaultScenario } from '../../src/sim';
import { expectClose } from '../helpers/close';

/** Two isolated accounts of 10 traders each: a 10× long of 1 BTC at 100k, a 5× short of 2 BTC at 100k. */
function twoAccounts(): Population {
	return {
		accountCount: 2,
		positionCount: 2,
		tradersPerAccount: 10,
		collateral: Float64Array.from([10_000, 40_000]),
		crossMargin: Uint8Array.from([0, 0]),
		secondPosition: Int32Array.from([-1, -1]),
		owner: Uint32Array.from([0, 1]),
		market: Uint8Array.from([0, 0]),
		sign: Int8Array.from([1, -1]),
		quantity: Float64Array.from([1, 2]),
		entryPrice: Float64Array.from([100_000, 100_000]),
		leverage: Float64Array.from([10, 5]),
		liquidationPrice: new Float64Array(2).fill(Number.NaN),
		stopPrice: new Float64Array(2).fill(Number.NaN),
	};
}
const markets = marketsOf(defaultScenario());

describe('account maths', () => {
	test('equity marks open positions at the given price', () => {
		expectClose(accountEquity(twoAccounts(), 0, [95_000]), 5_000);
		expectClose(accountEquity(twoAccounts(), 1, [95_000]), 50_000);
	});

	test('maintenance applies each trader`s bracket: 10 traders of $10k each pay 0.4%, no amount', () => {
		expectClose(positionMaintenance(twoAccounts(), 0, 100_000, markets), 400);
	});

	test('and $20k traders still in the first bracket: 0.4% of $190k at 95k', () => {
		expectClose(positionMaintenance(twoAccounts(), 1, 95_000, markets), 760);
	});

	test('bankruptcy price of an isolated 10× long is EP·(1 − 1/L)', () => {
		expectClose(accountBankruptcyPrice(twoAccounts(), 0, [100_000]), 90_000);
	});

	test('current liquidation price per trader: 0.1 BTC and $1,000 each, MMR 0.4%', () => {
		// (1,000 − 10,000) / (0.1·0.004 − 0.1) = 90,361.44578…
		expectClose(currentLiquidationPrice(twoAccounts(), 0, markets), 9_000 / 0.0996);
	});

	test('ADL rank: profit over initial margin times notional over equity', () => {
		// Short in profit at 95k: profit 10,000 on margin 40,000 (25%), notional 190k on equity 50k.
		expectClose(adlScore(twoAccounts(), 1, [95_000]), 0.25 * (190_000 / 50_000));
		expectClose(adlScore(twoAccounts(), 0, [95_000]), 0);
	});
});
