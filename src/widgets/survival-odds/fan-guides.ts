// The fan chart's price range and its labelled guide lines (entry, stop, liquidation).
import { formatPrice } from '../../lib/format';
import type { PositionLines } from '../../sim/index';
import { spreadLabels } from './chart-layout';

/** The prices the fan shows (USD), and whether the liquidation line is among them. */
export interface FanRange {
	readonly low: number;
	readonly high: number;
	readonly lpShown: boolean;
}

/**
 * The range for paths spanning `pathLow`–`pathHigh` (USD): entry and the stop always, the
 * liquidation line only when it is near enough not to squash the paths, with a little padding.
 */
export function fanRange(
	pathLow: number,
	pathHigh: number,
	lines: PositionLines,
	entryPrice: number,
): FanRange {
	let low = Math.min(pathLow, entryPrice);
	const high = Math.max(pathHigh, entryPrice);
	if (lines.stopPrice !== null) low = Math.min(low, lines.stopPrice);
	const lp = lines.liquidationPrice;
	const reach = Math.max(high - low, entryPrice * 0.02);
	const lpShown = lp !== null && lp >= low - reach * 0.6;
	if (lpShown) low = Math.min(low, lp);
	const pad = Math.max(high - low, entryPrice * 0.01) * 0.06;
	return { low: low - pad, high: high + pad, lpShown };
}

/** A horizontal line across the fan and where its label sits (viewBox units). */
export interface FanGuide {
	readonly key: 'entry' | 'stop' | 'liquidation';
	readonly at: number;
	readonly label: string;
	readonly labelY: number;
}

/** The guide lines at their heights `y(price)`, labels pushed apart between `top` and `bottom`. */
export function fanGuides(
	lines: PositionLines,
	range: FanRange,
	entryPrice: number,
	y: (price: number) => number,
	top: number,
	bottom: number,
): FanGuide[] {
	const list: Omit<FanGuide, 'labelY'>[] = [
		{ key: 'entry', at: y(entryPrice), label: `entry ${formatPrice(entryPrice)}` },
	];
	if (lines.stopPrice !== null) {
		list.push({
			key: 'stop',
			at: y(lines.stopPrice),
			label: `stop ${formatPrice(lines.stopPrice)}`,
		});
	}
	if (lines.liquidationPrice !== null && range.lpShown) {
		list.push({
			key: 'liquidation',
			at: y(lines.liquidationPrice),
			label: `liquidation ${formatPrice(lines.liquidationPrice)}`,
		});
	}
	const labelYs = spreadLabels(
		list.map((g) => g.at + (g.key === 'entry' ? -5 : 13)),
		14,
		top + 10,
		bottom - 4,
	);
	return list.map((g, k) => ({ ...g, labelY: labelYs[k] ?? g.at }));
}

/** What to say when the liquidation line is not drawn: further down, or there is none. */
export function offChartNote(lines: PositionLines, range: FanRange): string | null {
	if (lines.liquidationPrice === null) return 'no liquidation price: the margin covers any fall';
	return range.lpShown
		? null
		: `liquidation ${formatPrice(lines.liquidationPrice)} is further down ↓`;
}
