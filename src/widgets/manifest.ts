// The shape of /widgets.json and how it is made from the registry and the widgets' schemas.
import { EMBED_FLAGS, type EmbedFlag } from '../lib/embed-flags';
import { describeSchema, type ParamDescription } from '../lib/params';
import { PREDICT_FLAG, predictionKey, type PredictionQuestion } from '../lib/predict';
import { chapterPath, embedPath, oembedPath, WIDGETS, type WidgetEntry } from './registry';

/** A parameter as the manifest lists it: its schema description plus its key in the URL. */
export type ManifestParameter = ParamDescription & {
	/** The query key, prefix included ("cl-shock"). */
	readonly query: string;
};

/** A widget as the manifest lists it. */
export interface ManifestWidget {
	readonly id: string;
	readonly title: string;
	readonly description: string;
	readonly chapter: {
		readonly slug: string;
		readonly title: string;
		/** Site-relative address of the chapter page. */
		readonly path: string;
	};
	/** Site-relative address of the embed page. */
	readonly embedPath: string;
	/** Site-relative address of the oEmbed JSON. */
	readonly oembedPath: string;
	/** Prefix of the widget's query keys. */
	readonly prefix: string;
	/** It plays over time, so the `autoplay` flag applies. */
	readonly playable: boolean;
	/** Starting height of an embed (CSS px). */
	readonly embedHeight: number;
	readonly parameters: readonly ManifestParameter[];
	/** Questions asked in predict mode, each with the query key of a shared answer; often none. */
	readonly predictions: readonly ManifestPrediction[];
}

/** A predict-mode question as the manifest lists it. */
export type ManifestPrediction = PredictionQuestion & {
	/** The query key that carries a shared answer ("predict-room"), prefix included. */
	readonly query: string;
};

/** The whole of /widgets.json. */
export interface WidgetManifest {
	/** Render flags every embed page takes besides its widget's parameters. */
	readonly flags: readonly EmbedFlag[];
	/** The flag that turns predict mode on, in chapters, embeds and presenter mode alike. */
	readonly predict: EmbedFlag;
	readonly widgets: readonly ManifestWidget[];
}

/** One widget's manifest entry; `chapterTitle` comes from the chapter's frontmatter. */
export function manifestWidget(widget: WidgetEntry, chapterTitle: string): ManifestWidget {
	return {
		id: widget.id,
		title: widget.title,
		description: widget.description,
		chapter: { slug: widget.chapter, title: chapterTitle, path: chapterPath(widget) },
		embedPath: embedPath(widget),
		oembedPath: oembedPath(widget),
		prefix: widget.prefix,
		playable: widget.playable,
		embedHeight: widget.embedHeight,
		parameters: describeSchema(widget.schema).map((p) => ({ ...p, query: widget.prefix + p.key })),
		predictions: (widget.predictions ?? []).map((q) => ({
			...q,
			query: predictionKey(widget.prefix, q.id),
		})),
	};
}

/**
 * The manifest of every registered widget. `chapterTitles` maps chapter slugs to titles; a widget
 * whose chapter is missing fails the build, since its "Open in Cascade" link would lead nowhere.
 */
export function buildManifest(chapterTitles: ReadonlyMap<string, string>): WidgetManifest {
	return {
		flags: EMBED_FLAGS,
		predict: PREDICT_FLAG,
		widgets: WIDGETS.map((widget) => {
			const title = chapterTitles.get(widget.chapter);
			if (title === undefined) {
				throw new Error(
					`Widget ${widget.id} names chapter "${widget.chapter}", which does not exist.`,
				);
			}
			return manifestWidget(widget, title);
		}),
	};
}
