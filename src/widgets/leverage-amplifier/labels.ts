// Where EquityChart's text labels go, so they stay inside the plot and out of each other's way.

/** A placed label (px in the chart's drawing). */
export interface PlacedLabel {
	readonly text: string;
	readonly x: number;
	readonly y: number;
	readonly anchor: 'start' | 'middle' | 'end';
}

/** The plot's edges (px). */
export interface PlotBox {
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
}

/** Rough width of a label (px) at a font size: enough to keep it inside the plot. */
export function textWidth(text: string, size: number): number {
	return text.length * size * 0.56;
}

const clamp = (v: number, low: number, high: number): number => Math.min(high, Math.max(low, v));

/** The move label, centred over its marker and kept inside the plot (13px text). */
export function placeMoveLabel(text: string, x: number, y: number, box: PlotBox): PlacedLabel {
	const half = textWidth(text, 13) / 2;
	return {
		text,
		x: clamp(x, box.left + half, box.right - half),
		y: Math.max(box.top + 30, y - 12),
		anchor: 'middle',
	};
}

/**
 * The margin label (12px) sits above the dashed line at the losing end, where the curve runs below
 * the line; if the move label is there too, it moves to the gaining end, below the line.
 */
export function placeMarginLabel(
	text: string,
	marginY: number,
	sign: 1 | -1,
	move: PlacedLabel,
	box: PlotBox,
): PlacedLabel {
	const w = textWidth(text, 12);
	const half = textWidth(move.text, 13) / 2;
	const losingX = sign > 0 ? box.left + 4 : box.right - 4;
	const clash =
		Math.abs(move.y - (marginY - 6)) < 20 &&
		(sign > 0 ? move.x - half < losingX + w : move.x + half > losingX - w);
	if (!clash) return { text, x: losingX, y: marginY - 6, anchor: sign > 0 ? 'start' : 'end' };
	return {
		text,
		x: sign > 0 ? box.right - 4 : box.left + 4,
		y: marginY + 15 < box.bottom - 4 ? marginY + 15 : marginY - 6,
		anchor: sign > 0 ? 'end' : 'start',
	};
}

/** The liquidation label (13px) at the top of the plot, beside the liquidation price's line. */
export function placeLiquidationLabel(
	text: string,
	lpX: number,
	sign: 1 | -1,
	box: PlotBox,
): PlacedLabel {
	const w = textWidth(text, 13);
	const y = box.top + 14;
	return sign > 0
		? { text, x: clamp(lpX + 6, box.left, box.right - w), y, anchor: 'start' }
		: { text, x: clamp(lpX - 6, box.left + w, box.right), y, anchor: 'end' };
}
