// Venue formulas against their published examples and hand-derived cases, one reason per row.
import { describe, expect, test } from 'vitest';
import {
	BINANCE_BTCUSDT_TIERS,
	bankruptcyPrice,
	binanceLiquidationPrice,
	binanceTieredLiquidationPrice,
	hyperliquidLiquidationPrice,
	maintenanceTier,
} from '../../src/sim';
import { expectClose } from '../helpers/close';

describe('binanceLiquidationPrice', () => {
	const rows = [
		{
			why: 'Binance FAQ worked example: cross, WB 500, long 0.02 BTC at 50,000, MMR 0.4%',
			input: { side: 'long', quantity: 0.02, entryPrice: 50_000, walletBalance: 500 },
			mmr: 0.004,
			cum: 0,
			expected: 25_100.4016064257,
		},
		{
			why: 'isolated 50× long: maintenance measured at the liquidation price, not at entry (Bybit gives 19,700)',
			input: { side: 'long', quantity: 1, entryPrice: 20_000, walletBalance: 400 },
			mmr: 0.005,
			cum: 0,
			expected: 19_698.49246231156,
		},
		{
			why: 'the mirror short: (WB + Q·EP) / (Q·MMR + Q)',
			input: { side: 'short', quantity: 1, entryPrice: 20_000, walletBalance: 400 },
			mmr: 0.005,
			cum: 0,
			expected: 20_298.507462686568,
		},
		{
			why: 'second bracket: the maintenance amount 50 moves the price by 50 / 9.95',
			input: { side: 'long', quantity: 10, entryPrice: 50_000, walletBalance: 50_000 },
			mmr: 0.005,
			cum: 50,
			expected: 45_221.105527638196,
		},
		{
			why: 'cross with other positions: their maintenance 500 and loss 1,000 come off the balance',
			input: {
				side: 'long',
				quantity: 1,
				entryPrice: 50_000,
				walletBalance: 10_000,
				otherMaintenanceMargin: 500,
				otherUnrealizedPnl: -1_000,
			},
			mmr: 0.004,
			cum: 0,
			expected: 41_666.666666666664,
		},
		{
			why: 'dYdX v4 example (e 1,000, short 3 at 3,000, MMF 5%): the same algebra gives 3,174.60',
			input: { side: 'short', quantity: 3, entryPrice: 3_000, walletBalance: 1_000 },
			mmr: 0.05,
			cum: 0,
			expected: 3_174.6031746031745,
		},
	] as const;
	test.each(rows)('$why', ({ input, mmr, cum, expected }) => {
		expectClose(
			binanceLiquidationPrice({ ...input, maintenanceMarginRate: mmr, maintenanceAmount: cum }),
			expected,
		);
	});

	test('a fully collateralised 1× long has no positive liquidation price (Binance shows "--")', () => {
		expect(
			binanceLiquidationPrice({
				side: 'long',
				quantity: 1,
				entryPrice: 20_000,
				walletBalance: 20_000,
				maintenanceMarginRate: 0.004,
				maintenanceAmount: 0,
			}),
		).toBeNull();
	});
});

describe('binanceTieredLiquidationPrice', () => {
	test('re-checks the bracket: entry notional 605k is tier 3, but at the price it falls to tier 2', () => {
		const result = binanceTieredLiquidationPrice(
			{ side: 'long', quantity: 12.1, entryPrice: 50_000, walletBalance: 60_500 },
			BINANCE_BTCUSDT_TIERS,
		);
		// Tier 3 would give 45,215.39, whose notional 547k lies in tier 2; tier 2 is self-consistent.
		expectClose(result.price, 45_221.97765687944);
		expect(result.tier.maintenanceMarginRate).toBe(0.005);
	});

	test('keeps the entry bracket when the price stays inside it', () => {
		const result = binanceTieredLiquidationPrice(
			{ side: 'long', quantity: 0.02, entryPrice: 50_000, walletBalance: 500 },
			BINANCE_BTCUSDT_TIERS,
		);
		expectClose(result.price, 25_100.4016064257);
		expect(result.tier.floorUsd).toBe(0);
	});
});

describe('hyperliquidLiquidationPrice', () => {
	test('exchange-reported example: BTC long 0.00077 at 62,739, margin 24.137992, 50× max', () => {
		const price = hyperliquidLiquidationPrice({
			side: 'long',
			size: 0.00077,
			price: 62_739,
			margin: 24.137992,
			maxLeverage: 50,
		});
		expectClose(price, 31_708.03843631, 2e-8);
	});

	test('short: price + (margin − size·price/(2·maxLev)) / size / (1 + l)', () => {
		const price = hyperliquidLiquidationPrice({
			side: 'short',
			size: 1,
			price: 3_000,
			margin: 300,
			maxLeverage: 20,
		});
		expectClose(price, 3_219.512195121951);
	});

	test('agrees with the Binance algebra at MMR = 1/(2·maxLeverage) and no maintenance amount', () => {
		const hl = hyperliquidLiquidationPrice({
			side: 'long',
			size: 2,
			price: 100_000,
			margin: 10_000,
			maxLeverage: 40,
		});
		const binance = binanceLiquidationPrice({
			side: 'long',
			quantity: 2,
			entryPrice: 100_000,
			walletBalance: 10_000,
			maintenanceMarginRate: 1 / 80,
			maintenanceAmount: 0,
		});
		expectClose(hl, binance ?? Number.NaN);
	});
});

describe('bankruptcyPrice', () => {
	const rows = [
		{ why: 'Bybit example: long at 10,000, 50×', side: 'long', expected: 9_800, leverage: 50 },
		{ why: 'the short mirror', side: 'short', expected: 10_200, leverage: 50 },
		{ why: '1× long is bankrupt only at zero', side: 'long', expected: 0, leverage: 1 },
		{
			why: '1× short is bankrupt at double the entry',
			side: 'short',
			expected: 20_000,
			leverage: 1,
		},
	] as const;
	test.each(rows)('$why', ({ side, leverage, expected }) => {
		expectClose(bankruptcyPrice({ side, entryPrice: 10_000, leverage }), expected);
	});
});

describe('maintenanceTier', () => {
	const rows = [
		{ why: 'zero is in the first bracket', notional: 0, rate: 0.004 },
		{ why: 'just under 50k stays in the first', notional: 49_999.99, rate: 0.004 },
		{ why: 'the floor belongs to the bracket above', notional: 50_000, rate: 0.005 },
		{ why: 'negative notionals (shorts) use their size', notional: -3_000_000, rate: 0.01 },
		{ why: 'one billion is the 2× bracket', notional: 1e9, rate: 0.25 },
		{ why: 'beyond the table stays in the last bracket', notional: 5e9, rate: 0.5 },
	] as const;
	test.each(rows)('$why', ({ notional, rate }) => {
		expect(maintenanceTier(notional, BINANCE_BTCUSDT_TIERS).maintenanceMarginRate).toBe(rate);
	});

	test('every maintenance amount follows cum_n = floor_n·(MMR_n − MMR_n−1) + cum_n−1', () => {
		BINANCE_BTCUSDT_TIERS.forEach((tier, i) => {
			const previous = BINANCE_BTCUSDT_TIERS[i - 1];
			const expected =
				previous === undefined
					? 0
					: tier.floorUsd * (tier.maintenanceMarginRate - previous.maintenanceMarginRate) +
						previous.maintenanceAmount;
			expectClose(tier.maintenanceAmount, expected, 1e-12);
		});
	});

	test('throws on an empty table', () => {
		expect(() => maintenanceTier(1, [])).toThrow('maintenanceTier: the tier table is empty');
	});
});
