// Auto-deleveraging: closing the best-ranked profitable opposite positions at a bankruptcy price.
import { adlScore } from './account-math';
import type { AdlEvent } from './events';
import type { Population } from './population';
import { realize, sideSlot } from './positions';
import { orderByKey } from './trigger-queue';

/** Ranked candidates of one market and side, built at most once a tick. */
interface RankedQueue {
	tick: number;
	order: Uint32Array;
	next: number;
}

/** What one call absorbed. */
export interface Deleveraged {
	/** Size closed against profitable positions (base units). */
	readonly quantity: number;
	/** The ADL fills, for the event log. */
	readonly events: readonly AdlEvent[];
	/** Accounts whose positions shrank. */
	readonly accounts: readonly number[];
}

/**
 * The ADL queue of every market and side: positions in profit ranked by profit % × effective
 * leverage (mechanics.md §3), longs and shorts separately, re-ranked once per tick when needed.
 */
export class AutoDeleverager {
	readonly #pop: Population;
	readonly #openQuantity: Float64Array;
	readonly #bySide: readonly Uint32Array[];
	readonly #queues: RankedQueue[];

	constructor(pop: Population, openQuantity: Float64Array, slots: number) {
		this.#pop = pop;
		this.#openQuantity = openQuantity;
		const counts = new Uint32Array(slots);
		for (let p = 0; p < pop.positionCount; p++) {
			const slot = sideSlot(pop, p);
			counts[slot] = (counts[slot] ?? 0) + 1;
		}
		const lists = Array.from(counts, (c) => new Uint32Array(c));
		const filled = new Uint32Array(slots);
		for (let p = 0; p < pop.positionCount; p++) {
			const slot = sideSlot(pop, p);
			const at = filled[slot] ?? 0;
			(lists[slot] as Uint32Array)[at] = p;
			filled[slot] = at + 1;
		}
		this.#bySide = lists;
		this.#queues = lists.map(() => ({ tick: -1, order: new Uint32Array(0), next: 0 }));
	}

	/**
	 * Closes up to `quantity` of the positions opposite `bankrupt` at `price` (its bankruptcy price),
	 * best rank first. The bankrupt position itself is left for the caller to settle.
	 */
	deleverage(
		bankrupt: number,
		quantity: number,
		price: number,
		marks: ArrayLike<number>,
		tick: number,
		asset: string,
	): Deleveraged {
		const pop = this.#pop;
		const opposite = sideSlot(pop, bankrupt) ^ 1;
		const queue = this.#ranked(opposite, marks, tick);
		const events: AdlEvent[] = [];
		const accounts: number[] = [];
		let absorbed = 0;
		while (absorbed < quantity && queue.next < queue.order.length) {
			const p = queue.order[queue.next] ?? 0;
			const open = pop.quantity[p] ?? 0;
			if (open <= 0) {
				queue.next++;
				continue;
			}
			const take = Math.min(open, quantity - absorbed);
			realize(pop, this.#openQuantity, p, take, price);
			const a = pop.owner[p] ?? 0;
			accounts.push(a);
			absorbed += take;
			events.push({
				type: 'adl',
				tick,
				asset,
				account: a,
				side: (pop.sign[p] ?? 1) > 0 ? 'long' : 'short',
				quantity: take,
				notionalUsd: take * price,
				price,
				bankruptAccount: pop.owner[bankrupt] ?? 0,
			});
		}
		return { quantity: absorbed, events, accounts };
	}

	#ranked(slot: number, marks: ArrayLike<number>, tick: number): RankedQueue {
		const queue = this.#queues[slot] as RankedQueue;
		if (queue.tick === tick) return queue;
		const ids: number[] = [];
		const scores: number[] = [];
		for (const p of this.#bySide[slot] as Uint32Array) {
			const score = adlScore(this.#pop, p, marks);
			if (score > 0) {
				ids.push(p);
				scores.push(score);
			}
		}
		const ascending = orderByKey(Float64Array.from(scores));
		const order = new Uint32Array(ids.length);
		for (let i = 0; i < ids.length; i++) order[i] = ids[ascending[ids.length - 1 - i] ?? 0] ?? 0;
		queue.tick = tick;
		queue.order = order;
		queue.next = 0;
		return queue;
	}
}
