// SVG path data for a series over time (a price, a running total), thinned to what the chart can
// show: a run has ~1,000 ticks but its line is a few hundred units wide, and every point costs
// bytes in the page and time on each redraw.

/**
 * Width of the columns a line is thinned over (viewBox units). The charts draw about one CSS pixel
 * per unit, and a column keeps its lowest and highest points, so no visible turn is lost.
 */
export const COLUMN = 1;

/** A coordinate rounded to a tenth of a unit (a tenth of a pixel), printed without trailing zeros. */
const at = (v: number): string => String(Math.round(v * 10) / 10);

/**
 * Path data through (x(t), y(values[t])) for t = 0 … last. Within each COLUMN-wide column only the
 * first, lowest, highest and last points are kept, in time order, so the line's every turn and
 * extreme survives while hidden points inside a column are dropped. `fallback` stands in for a
 * missing value. x must not decrease with t.
 */
export function seriesPath(
	prices: ArrayLike<number>,
	last: number,
	x: (tick: number) => number,
	y: (price: number) => number,
	fallback: number,
): string {
	const parts: string[] = [];
	let column = Number.NaN;
	// The current column's first, lowest, highest and last points, by tick (−1: no column yet).
	let first = -1;
	let lowest = -1;
	let highest = -1;
	let latest = -1;
	const price = (t: number): number => prices[t] ?? fallback;
	const flush = (): void => {
		let previous = -1;
		for (const t of [first, lowest, highest, latest].sort((a, b) => a - b)) {
			if (t === previous) continue;
			previous = t;
			parts.push(`${parts.length === 0 ? 'M' : 'L'}${at(x(t))},${at(y(price(t)))}`);
		}
	};
	for (let t = 0; t <= last; t++) {
		const here = Math.floor(x(t) / COLUMN);
		if (here !== column) {
			if (first >= 0) flush();
			column = here;
			first = lowest = highest = latest = t;
			continue;
		}
		if (price(t) < price(lowest)) lowest = t;
		if (price(t) > price(highest)) highest = t;
		latest = t;
	}
	if (first >= 0) flush();
	return parts.join('');
}

/**
 * The area between a series and a baseline: the thinned line of seriesPath, closed along
 * `baseline` (a y in viewBox units). Empty when the series is.
 */
export function seriesArea(
	values: ArrayLike<number>,
	last: number,
	x: (tick: number) => number,
	y: (value: number) => number,
	fallback: number,
	baseline: number,
): string {
	const top = seriesPath(values, last, x, y, fallback);
	if (top === '') return '';
	return `${top}L${at(x(last))},${at(baseline)}L${at(x(0))},${at(baseline)}Z`;
}
