// LeverageAmplifier's state: one isolated BTC position, its equity against price, and its liquidation.
import {
	BINANCE_BTCUSDT_TIERS,
	HYPERLIQUID_BTC_MAX_LEVERAGE,
	bankruptcyPrice,
	binanceTieredLiquidationPrice,
	hyperliquidLiquidationPrice,
	hyperliquidMaintenanceRate,
	sideSign,
	type Side,
} from '../../sim/index';
import type { PredictionOutcomes } from '../../lib/predict';
import type { LeverageAmplifierValues } from './params';
import { describePosition } from './text';

/** Entry price of the example position: a round bitcoin price readers can do sums with (USD). */
export const ENTRY_PRICE = 100_000;

/** Half-widths the price axis may take around entry (fractions of the entry price). */
const AXIS_HALF_WIDTHS = [0.1, 0.2, 0.3, 0.5] as const;

/** A point of the equity curve. */
export interface EquityPoint {
	/** BTC price (USD). */
	readonly price: number;
	/** The position's equity at that price (USD). */
	readonly equity: number;
}

/**
 * Highest leverage Binance allows for a given margin: the bracket of the resulting notional must
 * allow it (BTCUSDT brackets: 125× below $50,000 of notional, 100× to $600,000, and so on).
 */
export function binanceMaxLeverage(marginUsd: number): number {
	let best = 1;
	for (const t of BINANCE_BTCUSDT_TIERS) {
		// Whole leverage whose notional stays under the bracket's (exclusive) cap.
		const reachable = Math.min(t.maxLeverage, Math.ceil(t.capUsd / marginUsd) - 1);
		if (reachable * marginUsd >= t.floorUsd) best = Math.max(best, reachable);
	}
	return best;
}

/**
 * One isolated position opened at ENTRY_PRICE, read from the widget's values. Everything is
 * derived: the liquidation price from the chosen venue's formula, the equity at the moved price,
 * and the curve the chart draws. Fees are left out, as chapter 1 leaves them out.
 */
export class LeverageAmplifier {
	readonly #values: () => LeverageAmplifierValues;

	constructor(values: () => LeverageAmplifierValues) {
		this.#values = values;
	}

	get leverage(): number {
		return this.#values().lev;
	}

	get side(): Side {
		return this.#values().side;
	}

	get venue(): 'binance' | 'hyperliquid' {
		return this.#values().venue;
	}

	/** Margin (USD). */
	get margin(): number {
		return this.#values().margin;
	}

	/** Price move from entry (fraction: −0.05 is a 5% fall). */
	get move(): number {
		return this.#values().move / 100;
	}

	get sign(): 1 | -1 {
		return sideSign(this.side);
	}

	/** Position notional at entry (USD). */
	get notional(): number {
		return this.margin * this.leverage;
	}

	/** Position size (BTC). */
	get quantity(): number {
		return this.notional / ENTRY_PRICE;
	}

	/** Price after the move (USD). */
	get price(): number {
		return ENTRY_PRICE * (1 + this.move);
	}

	/** Most leverage the venue would let this margin open. */
	readonly venueMaxLeverage: number = $derived(
		this.venue === 'binance' ? binanceMaxLeverage(this.margin) : HYPERLIQUID_BTC_MAX_LEVERAGE,
	);
	readonly overVenueLimit: boolean = $derived(this.leverage > this.venueMaxLeverage);

	/** Maintenance-margin rate applied at the liquidation price (fraction). */
	readonly maintenanceRate: number = $derived(
		this.venue === 'binance'
			? binanceTieredLiquidationPrice(this.#binanceInput(), BINANCE_BTCUSDT_TIERS).tier
					.maintenanceMarginRate
			: hyperliquidMaintenanceRate(HYPERLIQUID_BTC_MAX_LEVERAGE),
	);

	/** Liquidation price from the venue's formula (USD), or null where none exists. */
	readonly liquidationPrice: number | null = $derived(
		this.venue === 'binance'
			? binanceTieredLiquidationPrice(this.#binanceInput(), BINANCE_BTCUSDT_TIERS).price
			: hyperliquidLiquidationPrice({
					side: this.side,
					size: this.quantity,
					price: ENTRY_PRICE,
					margin: this.margin,
					maxLeverage: HYPERLIQUID_BTC_MAX_LEVERAGE,
				}),
	);

	/** The margin is already below maintenance: the formula puts the line on the wrong side of entry. */
	readonly liquidatedAtEntry: boolean = $derived(
		this.liquidationPrice !== null && this.sign * (this.liquidationPrice - ENTRY_PRICE) >= 0,
	);

	/** Move from entry to the liquidation price (signed fraction), or null. */
	readonly liquidationMove: number | null = $derived(
		this.liquidationPrice === null ? null : this.liquidationPrice / ENTRY_PRICE - 1,
	);

	/** How far the price can move against the position before it is liquidated (fraction, ≥ 0). */
	readonly room: number | null = $derived.by(() => {
		if (this.liquidatedAtEntry) return 0;
		return this.liquidationMove === null ? null : Math.abs(this.liquidationMove);
	});

	/** Price where the margin is used up exactly, fees aside (USD; ≤ 0 means never for a long). */
	readonly bankruptcyPrice: number = $derived(
		bankruptcyPrice({ side: this.side, entryPrice: ENTRY_PRICE, leverage: this.leverage }),
	);

	/** The moved price has reached the liquidation price. */
	readonly liquidated: boolean = $derived(
		this.liquidationPrice !== null &&
			(this.liquidatedAtEntry || this.sign * (this.price - this.liquidationPrice) <= 0),
	);

	/** Profit or loss at the moved price, had the position stayed open (USD). */
	readonly pnl: number = $derived(this.equityAt(this.price) - this.margin);
	/** What the trader holds after the move (USD): nothing once liquidated. */
	readonly equity: number = $derived(this.liquidated ? 0 : this.equityAt(this.price));
	/** Gain or loss as a share of the margin (fraction; −1 once liquidated). */
	readonly returnOnMargin: number = $derived(this.equity / this.margin - 1);

	/** Price axis half-width around entry (fraction), wide enough for the move and the liquidation. */
	readonly axisHalfWidth: number = $derived.by(() => {
		// A liquidation price within reach of the widest axis is always shown; one beyond it is not.
		const forRoom = this.room !== null && this.room < 0.5 ? Math.min(0.5, this.room * 1.25) : 0;
		const needed = Math.max(Math.abs(this.move) * 1.1, forRoom, 0.05);
		return AXIS_HALF_WIDTHS.find((w) => w >= needed) ?? 0.5;
	});

	/** Price axis (USD). */
	readonly priceDomain: readonly [number, number] = $derived([
		ENTRY_PRICE * (1 - this.axisHalfWidth),
		ENTRY_PRICE * (1 + this.axisHalfWidth),
	]);

	/** The open position's equity, from the safe end of the axis to the liquidation price. */
	readonly aliveCurve: readonly EquityPoint[] = $derived.by(() => {
		const [low, high] = this.priceDomain;
		const safeEnd = this.sign > 0 ? high : low;
		const lp = this.liquidationPrice;
		if (this.liquidatedAtEntry) return [];
		const edge = lp === null ? (this.sign > 0 ? low : high) : Math.min(high, Math.max(low, lp));
		return [safeEnd, edge].map((price) => ({ price, equity: this.equityAt(price) }));
	});

	/** Where the position is gone: equity 0 from the liquidation price to the axis end (empty when none). */
	readonly goneCurve: readonly EquityPoint[] = $derived.by(() => {
		const [low, high] = this.priceDomain;
		const lp = this.liquidationPrice;
		if (this.liquidatedAtEntry) return [low, high].map((price) => ({ price, equity: 0 }));
		if (lp === null || lp < low || lp > high) return [];
		return [lp, this.sign > 0 ? low : high].map((price) => ({ price, equity: 0 }));
	});

	/** Highest equity on the axis (USD), for the chart's vertical scale. */
	readonly equityMax: number = $derived(
		Math.max(this.margin * 1.5, ...this.aliveCurve.map((p) => p.equity)),
	);

	/** One sentence on what the picture shows. */
	readonly narration: string = $derived(describePosition(this));

	/** Predict mode's outcomes by question id (predictions.ts), each in its question's unit. */
	readonly predictionOutcomes: PredictionOutcomes = $derived({
		room: this.liquidatedAtEntry
			? { missing: 'At this leverage there is no room at all: it is liquidated at once.' }
			: this.room === null
				? { missing: 'This position has no liquidation price, so no move liquidates it.' }
				: this.room * 100,
		equity: this.equity,
	});

	/** The open position's equity at a price, ignoring liquidation (USD). */
	equityAt(price: number): number {
		return this.margin + this.sign * this.quantity * (price - ENTRY_PRICE);
	}

	#binanceInput() {
		return {
			side: this.side,
			quantity: this.quantity,
			entryPrice: ENTRY_PRICE,
			walletBalance: this.margin,
		};
	}
}
