// Closing part of a position in its account's books: realise the PnL and shrink the open size.
import type { Population } from './population';

/**
 * Closes `quantity` of position p at `price`: its PnL moves into the account's cash and the open
 * size per market and side (`openQuantity`, longs at 2m, shorts at 2m + 1) shrinks with it.
 */
export function realize(
	pop: Population,
	openQuantity: Float64Array,
	p: number,
	quantity: number,
	price: number,
): void {
	const s = pop.sign[p] ?? 1;
	const a = pop.owner[p] ?? 0;
	pop.collateral[a] = (pop.collateral[a] ?? 0) + s * quantity * (price - (pop.entryPrice[p] ?? 0));
	const left = (pop.quantity[p] ?? 0) - quantity;
	pop.quantity[p] = left > 1e-12 * quantity ? left : 0;
	const slot = 2 * (pop.market[p] ?? 0) + (s > 0 ? 0 : 1);
	openQuantity[slot] = Math.max(0, (openQuantity[slot] ?? 0) - quantity);
}

/** Slot of position p in per-market-and-side tables: 2m for longs, 2m + 1 for shorts. */
export function sideSlot(pop: Population, p: number): number {
	return 2 * (pop.market[p] ?? 0) + ((pop.sign[p] ?? 1) > 0 ? 0 : 1);
}
