// Every embeddable widget: id, words, home chapter, parameter schema and URL prefix, embed size.
//
// Pure data (no Svelte components), so /widgets.json, the oEmbed files and the tests can read it
// without pulling a widget into their bundle. Astro can hydrate only components imported by name
// in an .astro file, so src/pages/embed/[widget].astro maps each id to its entry component itself.
// CascadeLab's tipping-point view is its own entry, `cascade-tipping`: a separate embed with its
// own URL keys (tp-…), not a flag on cascade-lab.
import type { ParamSchema } from '../lib/params';
import { cascadeSchema } from './cascade-lab/params';
import { leverageAmplifierSchema } from './leverage-amplifier/params';
import { marginAccountSchema } from './margin-account/params';
import { squeezeSchema } from './squeeze-lab/params';

/** One embeddable widget. */
export interface WidgetEntry {
	/** URL segment of its embed page, /embed/<id>/ (lowercase words joined by hyphens). */
	readonly id: string;
	/** Its name as a caption and page title ("Leverage amplifier"). */
	readonly title: string;
	/** One or two sentences on what a reader does with it and sees. */
	readonly description: string;
	/** Slug of the chapter it belongs to (/chapters/<slug>/). */
	readonly chapter: string;
	readonly schema: ParamSchema;
	/** Prefix of its query keys, the same in its chapter and its embed page. */
	readonly prefix: string;
	/** It plays a run over time, so `autoplay` means something. */
	readonly playable: boolean;
	/** Height an embed starts at before it reports its own (CSS px, its height at 740 px wide). */
	readonly embedHeight: number;
}

export const WIDGETS: readonly WidgetEntry[] = [
	{
		id: 'leverage-amplifier',
		title: 'Leverage amplifier',
		description:
			"Drag the leverage and the price move, and watch one trader's equity, return on margin and distance to liquidation.",
		chapter: 'leverage',
		schema: leverageAmplifierSchema,
		prefix: '',
		playable: false,
		embedHeight: 1050,
	},
	{
		id: 'margin-account',
		title: 'Margin account',
		description:
			"Drag the mark price and watch the margin ratio fill to 100%, the liquidation engine take over and the insurance fund gain or pay, with Binance's or Hyperliquid's formula.",
		chapter: 'margin',
		schema: marginAccountSchema,
		prefix: '',
		playable: false,
		embedHeight: 1850,
	},
	{
		id: 'cascade-lab',
		title: 'Cascade lab',
		description:
			'Thousands of leveraged traders and one shock: where their liquidation levels sit, how the price falls through them second by second, and how much is liquidated on each side.',
		chapter: 'cascade',
		schema: cascadeSchema,
		prefix: 'cl-',
		playable: true,
		embedHeight: 1600,
	},
	{
		id: 'cascade-tipping',
		title: 'Tipping point',
		description:
			'The deepest fall against the size of the initial shock, for four leverage levels: where a small shock fizzles and a slightly bigger one runs away.',
		chapter: 'cascade',
		schema: cascadeSchema,
		prefix: 'tp-',
		playable: false,
		embedHeight: 1150,
	},
	{
		id: 'squeeze-lab',
		title: 'Squeeze lab',
		description:
			'The cascade run upward: a market crowded with shorts is pushed up into their liquidation levels, and their forced buying lifts the price further.',
		chapter: 'short-squeeze',
		schema: squeezeSchema,
		prefix: 'sq-',
		playable: true,
		embedHeight: 1500,
	},
];

/** The widget with this id, or undefined. */
export function widgetById(id: string): WidgetEntry | undefined {
	return WIDGETS.find((widget) => widget.id === id);
}

/** Site-relative address of a widget's embed page. */
export function embedPath(widget: WidgetEntry): string {
	return `/embed/${widget.id}/`;
}

/** Site-relative address of a widget's oEmbed file. */
export function oembedPath(widget: WidgetEntry): string {
	return `/oembed/${widget.id}.json`;
}

/** Site-relative address of the chapter a widget belongs to. */
export function chapterPath(widget: WidgetEntry): string {
	return `/chapters/${widget.chapter}/`;
}

/** The widgets that belong to a chapter, in registry order. */
export function chapterWidgets(slug: string): WidgetEntry[] {
	return WIDGETS.filter((widget) => widget.chapter === slug);
}

/** The query keys a widget reads, prefixed, in schema order. */
export function queryKeys(widget: WidgetEntry): string[] {
	return widget.schema.map((p) => widget.prefix + p.key);
}
