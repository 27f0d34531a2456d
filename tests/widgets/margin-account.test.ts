// MarginAccount's account math, settlement and state against published examples, one reason per row.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { accountAt, type AccountInput } from '../../src/widgets/margin-account/account';
import { MarginAccount } from '../../src/widgets/margin-account/margin-account.svelte';
import { defaultValues } from '../../src/lib/params';
import {
	marginAccountSchema,
	type MarginAccountValues,
} from '../../src/widgets/margin-account/params';
import { settle } from '../../src/widgets/margin-account/settlement';
import { predictSetupOf } from '../../src/widgets/margin-account/predictions';
import { describeBracket, describeChart, formatCents } from '../../src/widgets/margin-account/text';
import { VENUES, type VenueRules } from '../../src/widgets/margin-account/venues';
import { expectClose } from '../helpers/close';

const binance = VENUES.binance;
const hyperliquid = VENUES.hyperliquid;
/** Hyperliquid when BTC's maximum was 50× (the freqtrade test's exchange-reported value). */
const hyperliquidAt50: VenueRules = {
	...hyperliquid,
	tiers: [{ ...hyperliquid.tiers[0]!, maxLeverage: 50, maintenanceMarginRate: 0.01 }], // the one tier exists
};

const base: AccountInput = {
	venue: binance,
	mode: 'isolated',
	side: 'long',
	entryPrice: 110_000,
	quantity: 0.5,
	leverage: 20,
	extraBalance: 0,
	markPrice: 110_000,
};

describe('accountAt: liquidation and bankruptcy prices', () => {
	const rows = [
		{
			why: 'Binance FAQ b3c689c1…: cross WB 500 (10× margin 100 + 400), long 0.02 BTC at 50,000, MMR 0.4%',
			input: { mode: 'cross', quantity: 0.02, entryPrice: 50_000, leverage: 10, extraBalance: 400 },
			liquidation: 25_100.4016064257,
			bankruptcy: 25_000,
			bracket: 1,
			tolerance: 1e-9,
		},
		{
			why: 'Bybit help centre: long 1 BTC at 20,000, 50× → bankruptcy 20,000 × (1 − 1/50) = 19,600; LP uses bracket 1 at the LP notional (Bybit, with 0.5% at entry, gives 19,700)',
			input: { quantity: 1, entryPrice: 20_000, leverage: 50 },
			liquidation: 19_678.71485943775,
			bankruptcy: 19_600,
			bracket: 1,
			tolerance: 1e-9,
		},
		{
			why: 'the mirror short: (400 + 20,000) / (0.004 + 1); bankruptcy 20,000 × (1 + 1/50)',
			input: { side: 'short', quantity: 1, entryPrice: 20_000, leverage: 50 },
			liquidation: 20_318.725099601594,
			bankruptcy: 20_400,
			bracket: 1,
			tolerance: 1e-9,
		},
		{
			why: 'bracket re-check: 12.1 BTC at 50,000 (605k, bracket 3) at 10× liquidates at 45,221.98, a notional of 547k in bracket 2',
			input: { quantity: 12.1, entryPrice: 50_000, leverage: 10 },
			liquidation: 45_221.97765687944,
			bankruptcy: 45_000,
			bracket: 2,
			tolerance: 1e-9,
		},
		{
			why: 'the default account: 0.5 BTC at 110,000, 20×, bracket 2 (0.5%, amount 50)',
			input: {},
			liquidation: 104_924.6231155779,
			bankruptcy: 104_500,
			bracket: 2,
			tolerance: 1e-9,
		},
		{
			why: 'Hyperliquid docs, via freqtrade: long 0.00077 at 62,739, margin 24.137992 (3× plus extra, cross), max 50× → 31,708.03843631',
			input: {
				venue: hyperliquidAt50,
				mode: 'cross',
				quantity: 0.00077,
				entryPrice: 62_739,
				leverage: 3,
				extraBalance: 24.137992 - (0.00077 * 62_739) / 3,
			},
			liquidation: 31_708.03843631,
			bankruptcy: 62_739 - 24.137992 / 0.00077,
			bracket: 1,
			tolerance: 2e-8,
		},
		{
			why: 'Hyperliquid BTC at 40×: (110,000 − 2,750 / 0.5) / (1 − 1/80)',
			input: { venue: hyperliquid },
			liquidation: 105_822.78481012658,
			bankruptcy: 104_500,
			bracket: 1,
			tolerance: 1e-9,
		},
	] as const;

	test.each(rows)('$why', ({ input, liquidation, bankruptcy, bracket, tolerance }) => {
		const state = accountAt({ ...base, ...input });
		expectClose(state.liquidationPrice, liquidation, tolerance);
		expectClose(state.bankruptcyPrice, bankruptcy, 1e-9);
		expect(state.liquidationBracket.number).toBe(bracket);
		// At the price the widget computes, maintenance equals the margin balance.
		const markPrice = state.liquidationPrice ?? Number.NaN;
		expectClose(accountAt({ ...base, ...input, markPrice }).marginRatio, 1, 1e-9);
	});

	test('the bracket re-check is shown as the venue words it', () => {
		const state = accountAt({ ...base, quantity: 12.1, entryPrice: 50_000, leverage: 10 });
		expect(describeBracket(binance, state.entryBracket)).toBe('bracket 3 (MMR 0.65%, amount $950)');
		expect(describeBracket(binance, state.liquidationBracket)).toBe(
			'bracket 2 (MMR 0.5%, amount $50)',
		);
		expect(formatCents(state.liquidationPrice)).toBe('$45,221.98');
	});

	test('the state explains the re-check in words', () => {
		const state = new MarginAccount(() => ({
			...defaultValues(marginAccountSchema),
			size: 12.1,
			entry: 50_000,
			lev: 10,
			mark: 50_000,
		}));
		expect(state.bracketNote).toBe(
			'Bracket re-check: at entry the notional is in bracket 3 (MMR 0.65%, amount $950), but at the liquidation price it is in bracket 2 (MMR 0.5%, amount $50), so that bracket’s rate sets the price.',
		);
	});

	test('a fully collateralised 1× long has neither a liquidation nor a bankruptcy price', () => {
		const state = accountAt({ ...base, leverage: 1, markPrice: 55_000 });
		expect(state.liquidationPrice).toBeNull();
		expect(state.bankruptcyPrice).toBeNull();
		expect(state.liquidated).toBe(false);
	});

	test('margins at entry: IM = notional / L, MM = 55,000 × 0.5% − 50, ratio 225 / 2,750', () => {
		const state = accountAt(base);
		expect(state.initialMargin).toBe(2_750);
		expectClose(state.maintenanceMargin, 225);
		expectClose(state.marginRatio, 0.08181818181818182);
	});

	test('cross mode adds the extra balance; isolated ignores it', () => {
		expect(accountAt({ ...base, mode: 'cross', extraBalance: 2_500 }).walletBalance).toBe(5_250);
		expect(accountAt({ ...base, mode: 'isolated', extraBalance: 2_500 }).walletBalance).toBe(2_750);
	});

	const caps = [
		{ why: 'Binance bracket 2 allows 100×', venue: binance, quantity: 0.5, asked: 125, used: 100 },
		{
			why: 'Binance bracket 1 ($22k) allows 125×',
			venue: binance,
			quantity: 0.2,
			asked: 125,
			used: 125,
		},
		{
			why: 'Binance bracket 5 ($22M) allows 25×',
			venue: binance,
			quantity: 200,
			asked: 50,
			used: 25,
		},
		{ why: 'Hyperliquid BTC allows 40×', venue: hyperliquid, quantity: 0.5, asked: 50, used: 40 },
	] as const;
	test.each(caps)('leverage cap: $why', ({ venue, quantity, asked, used }) => {
		const state = accountAt({ ...base, venue, quantity, leverage: asked });
		expect(state.leverage).toBe(used);
		expect(state.leverageCapped).toBe(asked > used);
	});
});

describe('settle: what the engine does at the liquidation price', () => {
	const defaults = {
		side: 'long',
		quantity: 0.5,
		entryPrice: 110_000,
		walletBalance: 2_750,
		liquidationPrice: 104_924.6231155779,
		slippage: 0.001,
		feeRate: 0.005,
		surplusToFund: false,
	} as const;
	const rows = [
		{
			why: '0.1% slippage fills above bankruptcy: the 262.05 fee is capped at the 159.85 left; the fund gains it',
			input: {},
			fill: 104_819.69849246231,
			equity: 159.84924623115512,
			fee: 159.84924623115512,
			keeps: 0,
			fund: 159.84924623115512,
		},
		{
			why: '1% slippage fills below bankruptcy (104,500): the fund pays the 312.31 shortfall, no fee',
			input: { slippage: 0.01 },
			fill: 103_875.37688442212,
			equity: -312.31155778894026,
			fee: 0,
			keeps: 0,
			fund: -312.31155778894026,
		},
		{
			why: 'no fee (Hyperliquid): the whole surplus goes back to the trader',
			input: { feeRate: 0 },
			fill: 104_819.69849246231,
			equity: 159.84924623115512,
			fee: 0,
			keeps: 159.84924623115512,
			fund: 0,
		},
		{
			why: 'Binance closes at bankruptcy: with a 0.1% fee the fund keeps the fee and the rest',
			input: { feeRate: 0.001, surplusToFund: true },
			fill: 104_819.69849246231,
			equity: 159.84924623115512,
			fee: 0.001 * 0.5 * 104_819.69849246231,
			keeps: 0,
			fund: 159.84924623115512,
		},
		{
			why: 'a short fills above its liquidation price: 20,318.73 × 1.001',
			input: {
				side: 'short',
				quantity: 1,
				entryPrice: 20_000,
				walletBalance: 400,
				liquidationPrice: 20_318.725099601594,
				feeRate: 0.001,
			},
			fill: 20_339.04382470119,
			equity: 60.95617529880474,
			fee: 20.33904382470119,
			keeps: 40.61713147410355,
			fund: 20.33904382470119,
		},
	] as const;
	test.each(rows)('$why', ({ input, fill, equity, fee, keeps, fund }) => {
		const s = settle({ ...defaults, ...input });
		expectClose(s.fillPrice, fill);
		expectClose(s.equityAtFill, equity, 1e-7);
		expectClose(s.feeCharged, fee, 1e-7);
		expectClose(s.traderKeeps, keeps, 1e-7);
		expectClose(s.fundChange, fund, 1e-7);
	});

	test('a fill exactly at bankruptcy leaves the trader nothing and the fund untouched', () => {
		const s = settle({ ...defaults, slippage: 1 - 104_500 / 104_924.6231155779 });
		expectClose(s.fillPrice, 104_500);
		expectClose(s.traderKeeps, 0, 1e-8);
		expectClose(s.fundChange, 0, 1e-8);
	});

	test('property: no money appears or vanishes; the fee never exceeds what is due or left', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('long' as const, 'short' as const),
				fc.double({ min: 0.001, max: 300, noNaN: true }),
				fc.double({ min: 1_000, max: 300_000, noNaN: true }),
				fc.double({ min: 1, max: 125, noNaN: true }),
				fc.double({ min: 0, max: 0.05, noNaN: true }),
				fc.double({ min: 0, max: 0.015, noNaN: true }),
				fc.boolean(),
				(side, quantity, entryPrice, leverage, slippage, feeRate, surplusToFund) => {
					const state = accountAt({ ...base, side, quantity, entryPrice, leverage });
					if (state.liquidationPrice === null) return;
					const s = settle({
						side,
						quantity,
						entryPrice,
						walletBalance: state.walletBalance,
						liquidationPrice: state.liquidationPrice,
						slippage,
						feeRate,
						surplusToFund,
					});
					const scale = Math.max(1, Math.abs(s.equityAtFill));
					expect(Math.abs(s.traderKeeps + s.fundChange - s.equityAtFill)).toBeLessThan(
						1e-9 * scale,
					);
					expect(s.traderKeeps).toBeGreaterThanOrEqual(0);
					expect(s.feeCharged).toBeLessThanOrEqual(s.feeDue);
				},
			),
		);
	});
});

describe('accountAt: properties', () => {
	test('prices are ordered: long bankruptcy < liquidation < entry; short mirrored', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('long' as const, 'short' as const),
				fc.constantFrom(binance, hyperliquid),
				fc.double({ min: 0.001, max: 300, noNaN: true }),
				fc.double({ min: 1.5, max: 125, noNaN: true }),
				(side, venue, quantity, leverage) => {
					const state = accountAt({ ...base, venue, side, quantity, leverage });
					const lp = state.liquidationPrice;
					const bp = state.bankruptcyPrice;
					if (lp === null || bp === null) return;
					if (side === 'long') expect(bp < lp && lp < base.entryPrice).toBe(true);
					else expect(base.entryPrice < lp && lp < bp).toBe(true);
				},
			),
		);
	});

	test('the gauge and the trigger agree: liquidated exactly when the ratio reaches 100%', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('long' as const, 'short' as const),
				fc.constantFrom(binance, hyperliquid),
				fc.double({ min: 0.001, max: 300, noNaN: true }),
				fc.double({ min: 1, max: 125, noNaN: true }),
				fc.double({ min: 0.5, max: 1.5, noNaN: true }),
				(side, venue, quantity, leverage, move) => {
					const markPrice = base.entryPrice * move;
					const state = accountAt({ ...base, venue, side, quantity, leverage, markPrice });
					const lp = state.liquidationPrice;
					if (lp !== null && Math.abs(markPrice - lp) < 1e-6 * lp) return;
					expect(state.liquidated).toBe(state.marginRatio >= 1);
				},
			),
		);
	});
});

describe('MarginAccount state', () => {
	const values = (over: Partial<MarginAccountValues> = {}): MarginAccountValues => ({
		...defaultValues(marginAccountSchema),
		...over,
	});

	test('the default state: not liquidated, the engine forecast for 104,924.62', () => {
		const state = new MarginAccount(() => values());
		expect(state.account.liquidated).toBe(false);
		expect(state.markPrice).toBe(110_000);
		expectClose(state.settlement?.fillPrice ?? null, 104_819.69849246231);
		expect(state.narration).toBe(
			'At a mark of $110,000.00 the margin ratio is 8.2%: maintenance $225.00 against a margin balance of $2,750.00. Liquidation at $104,924.62, 4.6% below.',
		);
	});

	test('past the liquidation price the engine has taken over, and the narration says so', () => {
		const state = new MarginAccount(() => values({ mark: 104_000 }));
		expect(state.account.liquidated).toBe(true);
		expect(state.narration).toBe(
			'The mark reached the liquidation price of $104,924.62, so the engine took over and closed 0.5 BTC at $104,819.70, $159.85 better than the bankruptcy price, the fee took $159.85; the insurance fund gained $159.85 and the trader kept $0.00.',
		);
	});

	test('Hyperliquid charges no fee whatever the fee value says', () => {
		const state = new MarginAccount(() => values({ venue: 'hyperliquid', fee: 1 }));
		expect(state.feeRate).toBe(0);
	});

	test('the mark is held within 50% of entry', () => {
		const state = new MarginAccount(() => values({ entry: 50_000, mark: 110_000 }));
		expect(state.markPrice).toBe(75_000);
		expect(state.markNotice).toBe(
			'The mark price stays within 50% of the entry price, so $110,000.00 became $75,000.00.',
		);
	});

	test('a leverage above the bracket maximum is lowered, with a notice', () => {
		const state = new MarginAccount(() => values({ lev: 125 }));
		expect(state.account.leverage).toBe(100);
		expect(state.leverageNotice).toBe(
			'Binance allows at most 100× on a $55,000 position, so 125× is lowered to 100×.',
		);
		expect(state.markNotice).toBeNull();
	});
});

describe('the chart description and the prediction setup', () => {
	const marks = [
		{ label: 'entry', price: 100_000 },
		{ label: 'liquidation', price: 90_361.44 },
	];
	test.each([
		[
			'part full',
			{ marginRatio: 0.0821, liquidated: false },
			'Margin ratio 8.2%, where 100% triggers liquidation. entry $100,000.00, liquidation $90,361.44.',
		],
		[
			'over full but not yet liquidated reads 100%',
			{ marginRatio: 1.7, liquidated: false },
			'Margin ratio 100%, where 100% triggers liquidation. entry $100,000.00, liquidation $90,361.44.',
		],
		[
			'liquidated',
			{ marginRatio: Number.POSITIVE_INFINITY, liquidated: true },
			'Margin ratio 100%, liquidated, where 100% triggers liquidation. entry $100,000.00, liquidation $90,361.44.',
		],
	])('%s', (_, account, text) => {
		expect(describeChart(account, marks)).toBe(text);
	});

	test('the setup changes with what moves the liquidation price, not with the mark or costs', () => {
		const base = defaultValues(marginAccountSchema);
		const key = predictSetupOf(base);
		expect(predictSetupOf({ ...base, mark: base.mark * 0.9, slip: 1 })).toBe(key);
		expect(predictSetupOf({ ...base, lev: base.lev + 1 })).not.toBe(key);
		expect(predictSetupOf({ ...base, side: base.side === 'long' ? 'short' : 'long' })).not.toBe(
			key,
		);
		// The wallet counts only in cross margin.
		expect(predictSetupOf({ ...base, mode: 'isolated', wallet: 1 })).toBe(
			predictSetupOf({ ...base, mode: 'isolated', wallet: 2 }),
		);
		expect(predictSetupOf({ ...base, mode: 'cross', wallet: 1 })).not.toBe(
			predictSetupOf({ ...base, mode: 'cross', wallet: 2 }),
		);
	});
});
