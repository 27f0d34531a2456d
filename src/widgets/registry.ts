// Every embeddable widget: id, words, home chapter, parameter schema and URL prefix, embed size.
//
// Pure data (no Svelte components), so /widgets.json, the oEmbed files and the tests can read it
// without pulling a widget into their bundle. Astro can hydrate only components imported by name
// in an .astro file, so src/pages/embed/[widget].astro maps each id to its entry component itself.
// CascadeLab's tipping-point view is its own entry, `cascade-tipping`: a separate embed with its
// own URL keys (tp-…), not a flag on cascade-lab.
import type { ParamSchema } from '../lib/params';
import type { PredictionQuestion } from '../lib/predict';
import { cascadeSchema } from './cascade-lab/params';
import { cascadeLabPredictions } from './cascade-lab/predictions';
import { cascadeTippingPredictions } from './cascade-lab/tipping-predictions';
import { contagionSchema } from './contagion-map/params';
import { contagionMapPredictions } from './contagion-map/predictions';
import { replaySchema } from './event-replay/params';
import { eventReplayPredictions } from './event-replay/predictions';
import { leverageAmplifierSchema } from './leverage-amplifier/params';
import { leverageAmplifierPredictions } from './leverage-amplifier/predictions';
import { marginAccountSchema } from './margin-account/params';
import { marginAccountPredictions } from './margin-account/predictions';
import { policyLabSchema } from './policy-lab/params';
import { policyLabPredictions } from './policy-lab/predictions';
import { squeezeSchema } from './squeeze-lab/params';
import { squeezeLabPredictions } from './squeeze-lab/predictions';
import { survivalOddsSchema } from './survival-odds/params';
import { survivalOddsPredictions } from './survival-odds/predictions';

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
	/** Questions asked in predict mode (?predict=1) before the outcome shows (src/lib/predict.ts). */
	readonly predictions?: readonly PredictionQuestion[];
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
		predictions: leverageAmplifierPredictions,
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
		predictions: marginAccountPredictions,
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
		predictions: cascadeLabPredictions,
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
		predictions: cascadeTippingPredictions,
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
		predictions: squeezeLabPredictions,
	},
	{
		id: 'contagion-map',
		title: 'Contagion map',
		description:
			'BTC, ETH and SOL linked by cross-margin accounts and correlation: shock one market and watch the others follow, the insurance fund drain and auto-deleveraging close winners.',
		chapter: 'contagion',
		schema: contagionSchema,
		prefix: 'cm-',
		playable: true,
		embedHeight: 1700,
		predictions: contagionMapPredictions,
	},
	{
		id: 'survival-odds',
		title: 'Survival odds',
		description:
			'One leveraged long on 500 seeded price paths: how often it is liquidated within a holding time, against leverage, stop-loss distance and a stablecoin reserve, and what it returns when it survives.',
		chapter: 'protecting-yourself',
		schema: survivalOddsSchema,
		prefix: 'so-',
		playable: false,
		embedHeight: 1700,
		predictions: survivalOddsPredictions,
	},
	{
		id: 'event-replay',
		title: 'Event replay',
		description:
			'The calibrated runs of 10–11 October and 3–4 November 2025 played over time, beside the figures reported for those days, with a computed verdict on each: what the model reproduces and what it cannot.',
		chapter: 'case-study-2025',
		schema: replaySchema,
		prefix: 'er-',
		playable: true,
		embedHeight: 2800,
		predictions: eventReplayPredictions,
	},
	{
		id: 'policy-lab',
		title: 'Policy lab',
		description:
			'One shock on one population of traders, replayed side by side under two to four policies (leverage caps, circuit breakers, partial liquidation, a bigger or smaller insurance fund), with the dollars liquidated, the lowest price and auto-deleveraging compared.',
		chapter: 'fixing-the-system',
		schema: policyLabSchema,
		prefix: 'pl-',
		playable: false,
		embedHeight: 2450,
		predictions: policyLabPredictions,
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
