// The four trigger queues of each market, built once from the starting population.
import type { Population } from './population';
import { TriggerQueue } from './trigger-queue';

/** Liquidations fire on the mark price, stops on the last price; longs fall, shorts rise. */
export interface MarketQueues {
	readonly longLiquidations: TriggerQueue;
	readonly shortLiquidations: TriggerQueue;
	readonly longStops: TriggerQueue;
	readonly shortStops: TriggerQueue;
}

/** Sorted trigger queues for every market, from the pristine population: count, fill, sort. */
export function buildQueues(pop: Population, marketCount: number): MarketQueues[] {
	// Queue k of market m sits at 4m + k: long liquidations, short liquidations, long stops, short stops.
	const slotOf = (p: number, stop: boolean): number =>
		4 * (pop.market[p] ?? 0) + ((pop.sign[p] ?? 1) > 0 ? 0 : 1) + (stop ? 2 : 0);
	const counts = new Uint32Array(marketCount * 4);
	for (let p = 0; p < pop.accountCount; p++) {
		const slot = slotOf(p, false);
		if ((pop.liquidationPrice[p] ?? Number.NaN) > 0) counts[slot] = (counts[slot] ?? 0) + 1;
		if ((pop.stopPrice[p] ?? Number.NaN) > 0) counts[slot + 2] = (counts[slot + 2] ?? 0) + 1;
	}
	const ids = Array.from(counts, (c) => new Uint32Array(c));
	const prices = Array.from(counts, (c) => new Float64Array(c));
	const filled = new Uint32Array(counts.length);
	const add = (slot: number, p: number, price: number): void => {
		const at = filled[slot] ?? 0;
		(ids[slot] as Uint32Array)[at] = p;
		(prices[slot] as Float64Array)[at] = price;
		filled[slot] = at + 1;
	};
	for (let p = 0; p < pop.accountCount; p++) {
		const lp = pop.liquidationPrice[p] ?? Number.NaN;
		if (lp > 0) add(slotOf(p, false), p, lp);
		const stop = pop.stopPrice[p] ?? Number.NaN;
		if (stop > 0) add(slotOf(p, true), p, stop);
	}
	return Array.from({ length: marketCount }, (_, m) => {
		const queue = (k: number, falling: boolean): TriggerQueue =>
			new TriggerQueue(ids[4 * m + k] as Uint32Array, prices[4 * m + k] as Float64Array, falling);
		return {
			longLiquidations: queue(0, true),
			shortLiquidations: queue(1, false),
			longStops: queue(2, true),
			shortStops: queue(3, false),
		};
	});
}
