// Where each small multiple sits: a grid of identical panels, wide (two or three across) or narrow.

/** One panel's place and the boxes inside it (viewBox units; plot boxes relative to the panel). */
export interface PanelFrame {
	/** The panel's top-left corner in the drawing. */
	readonly x: number;
	readonly y: number;
	/** Width of the plots; x runs from 0 to here inside the panel. */
	readonly plotWidth: number;
	/** Baselines of the panel's title and of its line of figures. */
	readonly titleY: number;
	readonly figuresY: number;
	/** The price plot and the liquidated-dollars plot, top to bottom. */
	readonly price: { readonly top: number; readonly bottom: number };
	readonly usd: { readonly top: number; readonly bottom: number };
	/** This panel carries the axis labels on its left (the first column's panels). */
	readonly labelled: boolean;
}

/** The whole drawing. */
export interface GridGeometry {
	readonly width: number;
	readonly height: number;
	readonly columns: number;
	readonly panels: readonly PanelFrame[];
	/** Rough width of a title character, to shorten what would not fit (viewBox units). */
	readonly charWidth: number;
}

/** Room left of the first column for price and dollar labels (viewBox units). */
const LEFT = 52;
const RIGHT = 10;
const COLUMN_GAP = 18;
const ROW_GAP = 14;
/** A panel's height: title, figures, price plot, dollars plot, time labels (viewBox units). */
const PANEL = {
	titleY: 13,
	figuresY: 27,
	price: { top: 38, bottom: 150 },
	usd: { top: 166, bottom: 224 },
	height: 250,
} as const;

/** Width of the wide drawing and of the narrow one (viewBox units). */
export const WIDE_WIDTH = 720;
export const NARROW_WIDTH = 340;
/** Charts this wide or narrower use the narrow layout (CSS px; the styles' container query agrees). */
export const NARROW_BELOW_PX = 520;

/** Columns for a number of panels: two, or three when there are three; one when narrow. */
export function columnsFor(count: number, narrow: boolean): number {
	if (narrow) return 1;
	return count === 3 ? 3 : 2;
}

/** The grid for `count` panels, wide or narrow. */
export function gridGeometry(count: number, narrow: boolean): GridGeometry {
	const width = narrow ? NARROW_WIDTH : WIDE_WIDTH;
	const columns = columnsFor(count, narrow);
	const rows = Math.max(1, Math.ceil(count / columns));
	const plotWidth = (width - LEFT - RIGHT - COLUMN_GAP * (columns - 1)) / columns;
	const panels: PanelFrame[] = [];
	for (let i = 0; i < count; i++) {
		const column = i % columns;
		const row = Math.floor(i / columns);
		panels.push({
			x: LEFT + column * (plotWidth + COLUMN_GAP),
			y: row * (PANEL.height + ROW_GAP),
			plotWidth,
			titleY: PANEL.titleY,
			figuresY: PANEL.figuresY,
			price: PANEL.price,
			usd: PANEL.usd,
			labelled: column === 0,
		});
	}
	return {
		width,
		height: rows * PANEL.height + (rows - 1) * ROW_GAP,
		columns,
		panels,
		charWidth: 6.2,
	};
}
