// Layout of the price ladder: the price interval it shows, and labels kept apart.

/** A price drawn on the ladder. */
export interface LadderMark {
	/** Stable id, also the CSS hook for the mark's colour. */
	readonly id: 'entry' | 'mark' | 'liquidation' | 'bankruptcy' | 'fill';
	readonly label: string;
	/** Price (USD). */
	readonly price: number;
}

/** Smallest span the ladder shows, as a fraction of the entry price, so it never zooms to a dot. */
const MIN_SPAN = 0.02;
/** Room above and below the outermost prices (fraction of the span). */
const PADDING = 0.12;

/** The price interval the ladder shows: all marks, padded, never below zero (USD). */
export function ladderDomain(marks: readonly LadderMark[], entryPrice: number): [number, number] {
	const prices = marks.map((m) => m.price).filter((p) => Number.isFinite(p));
	const low = Math.min(entryPrice, ...prices);
	const high = Math.max(entryPrice, ...prices);
	const span = Math.max(high - low, entryPrice * MIN_SPAN);
	const middle = (low + high) / 2;
	const bottom = Math.max(0, middle - span * (0.5 + PADDING));
	return [bottom, middle + span * (0.5 + PADDING)];
}

/**
 * Moves label centres (px, sorted or not) apart by at least `gap` while keeping them inside
 * [top, bottom], each as close to its own position as that allows. Returns positions in input order.
 */
export function spreadLabels(
	positions: readonly number[],
	gap: number,
	top: number,
	bottom: number,
): number[] {
	const order = positions.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
	const placed = order.map((o) => Math.min(bottom, Math.max(top, o.y)));
	for (let k = 1; k < placed.length; k++) {
		placed[k] = Math.max(placed[k] ?? 0, (placed[k - 1] ?? 0) + gap);
	}
	const last = placed.length - 1;
	if (last >= 0 && (placed[last] ?? 0) > bottom) {
		placed[last] = bottom;
		for (let k = last - 1; k >= 0; k--) {
			placed[k] = Math.min(placed[k] ?? 0, (placed[k + 1] ?? 0) - gap);
		}
	}
	const result = new Array<number>(positions.length);
	order.forEach((o, k) => (result[o.i] = placed[k] ?? o.y));
	return result;
}
