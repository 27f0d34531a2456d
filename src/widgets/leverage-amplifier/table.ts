// LeverageAmplifier's numbers at a ladder of price moves: the data table and the CSV export.
import type { Cell } from '../../lib/csv';
import { ENTRY_PRICE, type LeverageAmplifier } from './leverage-amplifier.svelte';

/** Price moves the table lists (fractions), both ways from entry. */
const MOVES = [
	-0.5, -0.25, -0.1, -0.05, -0.02, -0.01, 0, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5,
] as const;

/** One row: a price, and the position there. */
export interface EquityRow {
	/** Move from entry (fraction). */
	readonly move: number;
	/** BTC price (USD). */
	readonly price: number;
	/** Equity the trader holds there (USD): 0 past the liquidation price. */
	readonly equity: number;
	/** Gain or loss on the margin (fraction). */
	readonly returnOnMargin: number;
	/** 'open', 'liquidated', or 'liquidation price' for the row of the line itself. */
	readonly status: 'open' | 'liquidated' | 'liquidation price';
}

/** Cents, for dollar figures (USD). */
const cents = (usd: number): number => Math.round(usd * 100) / 100;
/** Six decimals, for fractions: enough for a percentage to a hundredth of a basis point. */
const fraction = (f: number): number => Math.round(f * 1e6) / 1e6;

/** The ladder of moves plus the liquidation price itself, in price order. */
export function equityRows(model: LeverageAmplifier): EquityRow[] {
	const lp = model.liquidationPrice;
	const beyond = (price: number): boolean =>
		lp !== null && (model.liquidatedAtEntry || model.sign * (price - lp) <= 0);
	const row = (price: number, equity: number, status: EquityRow['status']): EquityRow => ({
		move: fraction(price / ENTRY_PRICE - 1),
		price: cents(price),
		equity: cents(equity),
		returnOnMargin: fraction(equity / model.margin - 1),
		status,
	});
	const rows = MOVES.map((move) => {
		const price = ENTRY_PRICE * (1 + move);
		return beyond(price) ? row(price, 0, 'liquidated') : row(price, model.equityAt(price), 'open');
	});
	if (lp !== null && !model.liquidatedAtEntry)
		rows.push(row(lp, model.equityAt(lp), 'liquidation price'));
	return rows.sort((a, b) => a.price - b.price);
}

/** The same rows as CSV cells, with a header. */
export function equityTable(model: LeverageAmplifier): Cell[][] {
	return [
		['price move', 'price (USD)', 'equity (USD)', 'return on margin', 'status'],
		...equityRows(model).map((r) => [r.move, r.price, r.equity, r.returnOnMargin, r.status]),
	];
}
