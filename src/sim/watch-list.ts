// Accounts checked every tick rather than through the sorted queues: multi-market cross accounts,
// and accounts whose liquidation price moved (after ADL or a partial liquidation).
import { currentLiquidationPrice, hasOpenPosition } from './account-math';
import { GateHeap } from './gate-heap';
import type { MarginGuard } from './margin-guard';
import type { MarketSpec } from './markets';
import type { Population } from './population';

/**
 * The watched accounts, in the order they were first watched (the order due() lists them in).
 * Accounts without a liquidation price (multi-market cross accounts) need the exact margin check;
 * while the margin guard proves one safe until its gate, it is parked in a heap instead of being
 * looked at every tick, and woken when the guard's level reaches its gate or when it changes.
 */
export class WatchList {
	readonly #pop: Population;
	readonly #markets: readonly MarketSpec[];
	readonly #guard: MarginGuard;
	/** Tick from which each account is checked; −1 when not watched. */
	readonly #from: Int32Array;
	/** Current liquidation price of a watched single-position account (USD); NaN: check exactly. */
	readonly #trigger: Float64Array;
	// Per account, allocated at the first watch (many single-market runs never watch anyone).
	/** Order in which each account was first watched. */
	#order = new Float64Array(0);
	#watched = 0;
	/** Watched accounts looked at every tick (any order). */
	readonly #active: number[] = [];
	/** 1 while an account is parked; its gate, the key of its valid entry in the heap. */
	#parked = new Uint8Array(0);
	#parkedAt = new Float64Array(0);
	readonly #heap = new GateHeap();
	/** The list due() returns, reused from tick to tick. */
	readonly #due: number[] = [];

	constructor(pop: Population, markets: readonly MarketSpec[], guard: MarginGuard) {
		this.#pop = pop;
		this.#markets = markets;
		this.#guard = guard;
		const n = pop.accountCount;
		this.#from = new Int32Array(n).fill(-1);
		this.#trigger = new Float64Array(n).fill(Number.NaN);
	}

	/** Whether account a is watched. */
	has(a: number): boolean {
		return (this.#from[a] ?? -1) >= 0;
	}

	/** Where a stands in the order of watching (a watched account's rank). */
	orderOf(a: number): number {
		return this.#order[a] ?? 0;
	}

	/** Watches account a from tick `from` (or later, if already waiting), at its current price. */
	watch(a: number, from: number): void {
		if (this.#order.length === 0) {
			const n = this.#pop.accountCount;
			this.#order = new Float64Array(n);
			this.#parked = new Uint8Array(n);
			this.#parkedAt = new Float64Array(n);
		}
		if (!this.has(a)) {
			this.#active.push(a);
			this.#order[a] = this.#watched++;
		} else {
			this.wake(a);
		}
		this.#from[a] = Math.max(from, this.#from[a] ?? -1);
		this.#trigger[a] = currentLiquidationPrice(this.#pop, a, this.#markets);
	}

	/** Brings a parked account back to be looked at every tick; returns whether it was parked. */
	wake(a: number): boolean {
		if (this.#parked[a] !== 1) return false;
		this.#parked[a] = 0;
		this.#active.push(a);
		return true;
	}

	/**
	 * The watched accounts due at `tick` whose liquidation price `marks` has crossed (or that need the
	 * exact check and are not proven safe), in watching order; forgets accounts with nothing left
	 * open. The list returned is reused by the next call.
	 */
	due(tick: number, marks: ArrayLike<number>): readonly number[] {
		const pop = this.#pop;
		const guard = this.#guard;
		const heap = this.#heap;
		while (heap.size > 0 && !(guard.level < heap.topKey)) {
			const a = heap.topAccount;
			const key = heap.topKey;
			heap.pop();
			if (this.#parkedAt[a] === key) this.wake(a);
		}
		const accounts = this.#active;
		const due = this.#due;
		due.length = 0;
		let kept = 0;
		let sorted = true;
		// Compacted in place: each kept account is written at or before the place it was read from.
		for (const a of accounts) {
			if (!hasOpenPosition(pop, a)) {
				this.#from[a] = -1;
				continue;
			}
			if ((this.#from[a] ?? 0) > tick) {
				accounts[kept++] = a;
				continue;
			}
			const trigger = this.#trigger[a] ?? Number.NaN;
			if (Number.isNaN(trigger)) {
				const gate = guard.safeUntil(a);
				if (!Number.isNaN(gate)) {
					this.#parked[a] = 1;
					this.#parkedAt[a] = gate;
					heap.push(gate, a);
					continue;
				}
			} else {
				const mark = marks[pop.market[a] ?? 0] ?? 0;
				if ((pop.sign[a] ?? 1) > 0 ? mark > trigger : mark < trigger) {
					accounts[kept++] = a;
					continue;
				}
			}
			accounts[kept++] = a;
			const last = due.at(-1);
			if (last !== undefined && this.orderOf(last) > this.orderOf(a)) sorted = false;
			due.push(a);
		}
		accounts.length = kept;
		if (!sorted) due.sort((x, y) => this.orderOf(x) - this.orderOf(y));
		return due;
	}

	/** Whether some watched account is still cooling down after `tick`. */
	waiting(tick: number): boolean {
		return this.#active.some((a) => (this.#from[a] ?? 0) > tick);
	}
}
