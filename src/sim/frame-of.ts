// One frame of a run: each market's prices, depth, open interest and liquidations, and the fund.
import type { Exchange } from './exchange';
import type { Frame, MarketFrame } from './frames';
import type { MarkPrice } from './mark-price';
import type { OrderBook } from './order-book';

/** The exchange's state at `tick` as a frame; `halted(m)` says whether market m is halted. */
export function frameOf(
	ex: Exchange,
	markTrackers: readonly MarkPrice[],
	tick: number,
	halted: (m: number) => boolean,
): Frame {
	const markets: MarketFrame[] = markTrackers.map((tracker, m) => {
		const book = ex.books[m] as OrderBook;
		const depth = book.depthNearMid();
		const open = (ex.openQuantity[2 * m] ?? 0) + (ex.openQuantity[2 * m + 1] ?? 0);
		return {
			last: book.price,
			mark: ex.marks[m] ?? 0,
			index: tracker.index,
			bidDepthUsd: depth.bidUsd,
			askDepthUsd: depth.askUsd,
			openInterestUsd: open * book.price,
			liquidatedLongUsd: ex.tally.liquidatedLongUsd[m] ?? 0,
			liquidatedShortUsd: ex.tally.liquidatedShortUsd[m] ?? 0,
			halted: halted(m),
		};
	});
	return {
		tick,
		markets,
		insuranceFundUsd: ex.ledger.fundUsd,
		adlUsd: ex.adlUsd,
		badDebtUsd: ex.ledger.badDebtUsd,
	};
}
