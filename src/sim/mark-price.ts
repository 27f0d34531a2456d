// Index and mark price of one market: liquidations trigger on mark, which lags the last trade.
import type { MarkPriceRule } from './scenario';

/** Share of the gap to our last price that the index (other venues) closes each tick (judgement). */
export const INDEX_PULL = 0.1;
/** Span of the moving average of the basis, last − index (ticks ≈ seconds; Binance uses ~30 s). */
export const BASIS_AVERAGE_TICKS = 30;

/**
 * Binance's mark price: median(index, index + moving average of (last − index), last)
 * (mechanics.md §3; the funding term is left out because a run lasts minutes, not hours).
 * The moving average is exponential so a tick costs O(1). The median is not monotone in the price
 * path (a higher price earlier lowers the average basis later), so a scenario may trigger on the
 * last price instead, both to teach the difference and to check monotone properties.
 */
export class MarkPrice {
	/** Spot index across venues (USD). */
	index: number;
	/** Moving average of last − index (USD). */
	basis = 0;
	/** Current mark price (USD). */
	mark: number;

	readonly #rule: MarkPriceRule;

	constructor(price: number, rule: MarkPriceRule) {
		this.index = price;
		this.mark = price;
		this.#rule = rule;
	}

	/** Moves the index with an exogenous log move that hits every venue at once. */
	shift(logMove: number): void {
		this.index *= Math.exp(logMove);
	}

	/** One tick: the index follows our last price, the basis average updates, the mark is the median. */
	update(last: number): number {
		this.index += INDEX_PULL * (last - this.index);
		const alpha = 2 / (BASIS_AVERAGE_TICKS + 1);
		this.basis += alpha * (last - this.index - this.basis);
		this.mark = this.#rule === 'last' ? last : median3(this.index, this.index + this.basis, last);
		return this.mark;
	}

	/** True when index, mark and last agree within `tolerance` (fraction). */
	settled(last: number, tolerance: number): boolean {
		return (
			Math.abs(this.mark - last) <= tolerance * last &&
			Math.abs(this.index - last) <= tolerance * last
		);
	}
}

function median3(a: number, b: number, c: number): number {
	return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
