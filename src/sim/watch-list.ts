// Accounts checked every tick rather than through the sorted queues: multi-market cross accounts,
// and accounts whose liquidation price moved (after ADL or a partial liquidation).
import { currentLiquidationPrice, hasOpenPosition } from './account-math';
import type { MarketSpec } from './markets';
import type { Population } from './population';

export class WatchList {
	readonly #pop: Population;
	readonly #markets: readonly MarketSpec[];
	/** Tick from which each account is checked; −1 when not watched. */
	readonly #from: Int32Array;
	/** Current liquidation price of a watched single-position account (USD); NaN: check exactly. */
	readonly #trigger: Float64Array;
	#accounts: number[] = [];

	constructor(pop: Population, markets: readonly MarketSpec[]) {
		this.#pop = pop;
		this.#markets = markets;
		this.#from = new Int32Array(pop.accountCount).fill(-1);
		this.#trigger = new Float64Array(pop.accountCount).fill(Number.NaN);
	}

	/** Whether account a is watched. */
	has(a: number): boolean {
		return (this.#from[a] ?? -1) >= 0;
	}

	/** Watches account a from tick `from` (or later, if already waiting), at its current price. */
	watch(a: number, from: number): void {
		if (!this.has(a)) this.#accounts.push(a);
		this.#from[a] = Math.max(from, this.#from[a] ?? -1);
		this.#trigger[a] = currentLiquidationPrice(this.#pop, a, this.#markets);
	}

	/**
	 * The watched accounts due at `tick` whose liquidation price `marks` has crossed (or that need the
	 * exact check); forgets accounts with nothing left open.
	 */
	due(tick: number, marks: ArrayLike<number>): number[] {
		const pop = this.#pop;
		const due: number[] = [];
		const keep: number[] = [];
		for (const a of this.#accounts) {
			if (!hasOpenPosition(pop, a)) {
				this.#from[a] = -1;
				continue;
			}
			keep.push(a);
			if ((this.#from[a] ?? 0) > tick) continue;
			const trigger = this.#trigger[a] ?? Number.NaN;
			if (!Number.isNaN(trigger)) {
				const mark = marks[pop.market[a] ?? 0] ?? 0;
				if ((pop.sign[a] ?? 1) > 0 ? mark > trigger : mark < trigger) continue;
			}
			due.push(a);
		}
		this.#accounts = keep;
		return due;
	}

	/** Whether some watched account is still cooling down after `tick`. */
	waiting(tick: number): boolean {
		return this.#accounts.some((a) => (this.#from[a] ?? 0) > tick);
	}
}
