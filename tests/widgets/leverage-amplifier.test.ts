// LeverageAmplifier's state: liquidation prices from the venues' formulas, equity, room, words.
import { describe, expect, test } from 'vitest';
import {
	binanceMaxLeverage,
	LeverageAmplifier,
} from '../../src/widgets/leverage-amplifier/leverage-amplifier.svelte';
import type { LeverageAmplifierValues } from '../../src/widgets/leverage-amplifier/params';
import {
	placeLiquidationLabel,
	placeMarginLabel,
	placeMoveLabel,
} from '../../src/widgets/leverage-amplifier/labels';
import { equityRows, equityTable } from '../../src/widgets/leverage-amplifier/table';
import { expectClose } from '../helpers/close';

const base: LeverageAmplifierValues = {
	lev: 10,
	move: -5,
	side: 'long',
	venue: 'binance',
	margin: 1_000,
};

function position(change: Partial<LeverageAmplifierValues> = {}): LeverageAmplifier {
	const values = { ...base, ...change };
	return new LeverageAmplifier(() => values);
}

describe('liquidation price', () => {
	test.each([
		// Binance: LP = (WB + cum − s·Q·EP) / (Q·MMR − s·Q), entry 100,000, no fees.
		['10× long, Binance bracket 1 (0.4%)', {}, (1_000 - 10_000) / (0.1 * 0.004 - 0.1), 0.004],
		['20× long, Binance bracket 1', { lev: 20 }, (1_000 - 20_000) / (0.2 * 0.004 - 0.2), 0.004],
		[
			'10× short, Binance',
			{ side: 'short' as const },
			(1_000 + 10_000) / (0.1 * 0.004 + 0.1),
			0.004,
		],
		[
			'125× long: $125,000 notional is bracket 2 (0.5%, cum 50)',
			{ lev: 125 },
			(1_000 + 50 - 125_000) / (1.25 * 0.005 - 1.25),
			0.005,
		],
		[
			'$1M at 10×: the notional at LP is in bracket 4 (1%, cum 11,450)',
			{ margin: 1_000_000 },
			(1_000_000 + 11_450 - 10_000_000) / (100 * 0.01 - 100),
			0.01,
		],
		// Hyperliquid: liq = P − s·(M − Q·P·l)/Q/(1 − l·s), l = 1/(2·40).
		[
			'10× long, Hyperliquid',
			{ venue: 'hyperliquid' as const },
			100_000 - (1_000 - 0.1 * 100_000 * 0.0125) / 0.1 / (1 - 0.0125),
			0.0125,
		],
	])('%s', (_reason, change, expected, rate) => {
		const p = position(change);
		expectClose(p.liquidationPrice, expected);
		expect(p.maintenanceRate).toBe(rate);
		expectClose(p.room, Math.abs(expected / 100_000 - 1));
	});

	test('a 1× long has none', () => {
		const p = position({ lev: 1 });
		expect(p.liquidationPrice).toBeNull();
		expect(p.room).toBeNull();
		expect(p.liquidated).toBe(false);
	});

	test('above Hyperliquid’s 40× the margin is below maintenance: liquidated at once', () => {
		const p = position({ lev: 90, venue: 'hyperliquid', move: 0 });
		expect(p.liquidatedAtEntry).toBe(true);
		expect(p.liquidated).toBe(true);
		expect(p.room).toBe(0);
		expect(p.equity).toBe(0);
		expect(p.overVenueLimit).toBe(true);
		expect(p.aliveCurve).toStrictEqual([]);
	});
});

describe('equity and return on margin', () => {
	test.each([
		['10× long, 5% fall: half the margin gone', {}, 500, -0.5, false],
		['10× long, 5% rise', { move: 5 }, 1_500, 0.5, false],
		['10× short, 5% fall gains', { side: 'short' as const }, 1_500, 0.5, false],
		['20× long, 5% fall: past the liquidation price', { lev: 20 }, 0, -1, true],
		['1× long, 30% fall', { lev: 1, move: -30 }, 700, -0.3, false],
		['no move', { move: 0 }, 1_000, 0, false],
	])('%s', (_reason, change, equity, returnOnMargin, liquidated) => {
		const p = position(change);
		expectClose(p.equity, equity);
		expectClose(p.returnOnMargin, returnOnMargin);
		expect(p.liquidated).toBe(liquidated);
	});
});

describe('chart geometry', () => {
	test('10× long: open from the top of the axis down to LP, flat at zero below', () => {
		const p = position();
		const lp = p.liquidationPrice ?? Number.NaN;
		expect(p.axisHalfWidth).toBe(0.2);
		expect(p.priceDomain).toStrictEqual([80_000, 120_000]);
		expect(p.aliveCurve.map((d) => d.price)).toStrictEqual([120_000, lp]);
		expectClose(p.aliveCurve[0]?.equity ?? Number.NaN, 3_000);
		expect(p.goneCurve).toStrictEqual([
			{ price: lp, equity: 0 },
			{ price: 80_000, equity: 0 },
		]);
	});

	test.each([
		['20× long: room 4.6% fits ±10%', { lev: 20 }, 0.1],
		['a 30% move needs ±50%', { move: -30 }, 0.5],
		[
			'1× short: LP 99% away is off any axis, so the move sets it',
			{ lev: 1, side: 'short' as const },
			0.1,
		],
		['2× long: LP 49.6% away widens the axis to ±50%', { lev: 2 }, 0.5],
	])('%s', (_reason, change, halfWidth) => {
		expect(position(change).axisHalfWidth).toBe(halfWidth);
	});
});

describe('venue limits', () => {
	test.each([
		[100, 125, 'tiny positions reach 125×'],
		[400, 124, '$400 at 125× is exactly $50,000: bracket 2, so 124× is the most under 125×'],
		[1_000, 100, '$1,000 can reach $100,000 of notional in bracket 2 (100×)'],
		[10_000, 75, 'bracket 3 allows 75× up to $3M'],
		[1_000_000, 25, 'bracket 5 allows 25× up to $70M'],
	])('Binance with $%d of margin: %d×', (margin, expected) => {
		expect(binanceMaxLeverage(margin)).toBe(expected);
	});

	test('125× on $1,000 is over Binance’s limit and says so', () => {
		const p = position({ lev: 125, move: 0 });
		expect(p.venueMaxLeverage).toBe(100);
		expect(p.overVenueLimit).toBe(true);
	});
});

describe('narration', () => {
	test.each([
		[
			'a loss short of liquidation',
			{},
			'At 10× a 5% fall costs a long $500, 50% of the margin; it would be liquidated at $90,361, 9.6% below entry.',
		],
		[
			'the end',
			{ lev: 20 },
			'At 20× a 5% fall is the end: the long is liquidated at $95,382, 4.6% below entry.',
		],
		[
			'a gain',
			{ move: 5 },
			'At 10× a 5% rise earns a long $500, +50% on the margin; it would be liquidated at $90,361, 9.6% below entry.',
		],
		[
			'a short, with "an" before 8',
			{ side: 'short' as const, move: 8 },
			'At 10× an 8% rise costs a short $800, 80% of the margin; it would be liquidated at $109,562, 9.6% above entry.',
		],
		[
			'no liquidation price',
			{ lev: 1 },
			'At 1× a 5% fall costs a long $50, 5% of the margin; it has no liquidation price.',
		],
		[
			'no move, over the venue limit',
			{ lev: 125, move: 0 },
			'At 125× with no price move the long still holds all of its margin; it would be liquidated at $99,658, 0.34% below entry. Binance would not open it: 100× is the most it allows for a position this size.',
		],
		[
			'liquidated at once',
			{ lev: 90, venue: 'hyperliquid' as const },
			'At 90× the Hyperliquid formula puts the liquidation price on the wrong side of the entry price: the margin is below what the exchange requires, so the position would be liquidated at once. Hyperliquid allows at most 40× here.',
		],
	])('%s', (_reason, change, expected) => {
		expect(position(change).narration).toBe(expected);
	});
});

describe('data table', () => {
	test('the ladder of moves plus the liquidation price, in price order', () => {
		const p = position();
		const rows = equityRows(p);
		expect(rows).toHaveLength(14);
		expect(rows.map((r) => r.status).slice(0, 5)).toStrictEqual([
			'liquidated',
			'liquidated',
			'liquidated',
			'liquidation price',
			'open',
		]);
		expect(equityTable(p)[0]).toStrictEqual([
			'price move',
			'price (USD)',
			'equity (USD)',
			'return on margin',
			'status',
		]);
	});
});

describe('chart labels', () => {
	const box = { left: 50, right: 280, top: 30, bottom: 180 };

	test('the move label stays inside the plot', () => {
		expect(placeMoveLabel('−5%: $500', 52, 100, box)).toMatchObject({ x: 50 + 9 * 13 * 0.28 });
		expect(placeMoveLabel('−5%: $500', 150, 35, box).y).toBe(60);
	});

	test('the margin label leaves the losing end when the move label is there', () => {
		const far = placeMoveLabel('+5%: $1,500', 250, 60, box);
		expect(placeMarginLabel('your margin $1,000', 100, 1, far, box)).toStrictEqual({
			text: 'your margin $1,000',
			x: 54,
			y: 94,
			anchor: 'start',
		});
		const near = placeMoveLabel('−30%: $700', 70, 122, box);
		expect(placeMarginLabel('your margin $1,000', 100, 1, near, box)).toMatchObject({
			x: 276,
			y: 115,
			anchor: 'end',
		});
	});

	test('the liquidation label is pulled back inside the right edge', () => {
		const label = placeLiquidationLabel('← liquidated below $99,447', 270, 1, box);
		expect(label.x).toBeCloseTo(280 - 26 * 13 * 0.56, 9);
		expect(label.anchor).toBe('start');
	});
});
