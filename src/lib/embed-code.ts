// Pure builders of embed addresses and of the HTML snippet a writer pastes into their page.
import { flagParams, type EmbedFlags } from './embed-flags';

/** How the embed is sized in the host page. */
export type EmbedSize =
	/** Full width of its column; the height follows the widget through /embed.js. */
	| { readonly kind: 'responsive'; readonly height: number }
	/** A fixed box (CSS px); the widget scrolls inside it when it is taller. */
	| { readonly kind: 'fixed'; readonly width: number; readonly height: number };

/** Smallest and largest box the snippet writes (CSS px). */
export const MIN_EMBED_PX = 200;
export const MAX_EMBED_PX = 4000;

/** A size in CSS px, whole and within the limits (the default when not a number). */
export function clampEmbedPx(value: number, fallback: number): number {
	if (!Number.isFinite(value)) return fallback;
	return Math.min(MAX_EMBED_PX, Math.max(MIN_EMBED_PX, Math.round(value)));
}

/**
 * The embed page's address for a widget state (`state`: the widget's own query, as its UrlState
 * writes it) and render flags; `origin` is the site's, e.g. "https://cascade.example".
 */
export function embedSrc(origin: string, id: string, state: string, flags: EmbedFlags): string {
	const query = new URLSearchParams(state);
	for (const [key, value] of flagParams(flags)) query.set(key, value);
	const text = query.toString();
	return `${origin}/embed/${encodeURIComponent(id)}/${text === '' ? '' : `?${text}`}`;
}

/** The name an embed's frame carries for screen readers ("Cascade: Leverage amplifier"). */
export function embedFrameTitle(widgetTitle: string): string {
	return `Cascade: ${widgetTitle}`;
}

/** Text made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/** What the snippet needs: the embed address, a title for the frame, the size, the site's origin. */
export interface SnippetOptions {
	readonly src: string;
	/** Names the frame for screen readers ("Leverage amplifier, from Cascade"). */
	readonly title: string;
	readonly size: EmbedSize;
	readonly origin: string;
}

/**
 * The HTML to paste. Responsive: a full-width frame plus the loader that sets its height from the
 * widget's messages. Fixed: a plain frame of that size, no script needed.
 */
export function embedSnippet({ src, title, size, origin }: SnippetOptions): string {
	const common = `src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy"`;
	if (size.kind === 'fixed') {
		return (
			`<iframe ${common} width="${String(size.width)}" height="${String(size.height)}"` +
			` style="max-width:100%;border:0" allow="fullscreen"></iframe>`
		);
	}
	return (
		`<iframe ${common} data-cascade-embed style="width:100%;border:0"` +
		` height="${String(size.height)}" allow="fullscreen"></iframe>` +
		`<script src="${escapeAttribute(`${origin}/embed.js`)}" async></script>`
	);
}

/** A widget as the manifest describes it, reduced to what matching needs. */
export interface QueryKeyed {
	readonly id: string;
	readonly parameters: readonly { readonly query: string }[];
}

/**
 * The widget whose query keys are exactly those of `state` (a UrlState's full query), so a widget
 * frame can find its own manifest entry without being told its id.
 */
export function widgetForState<W extends QueryKeyed>(
	widgets: readonly W[],
	state: string,
): W | undefined {
	const keys = new Set(new URLSearchParams(state).keys());
	return widgets.find(
		(widget) =>
			widget.parameters.length === keys.size && widget.parameters.every((p) => keys.has(p.query)),
	);
}

/**
 * The chapter's address carrying the embed's current widget state: only the widget's own keys are
 * kept (not render flags, nor the parameters Pym.js adds).
 */
export function chapterHref(chapterPath: string, search: string, keys: readonly string[]): string {
	const from = new URLSearchParams(search);
	const kept = new URLSearchParams();
	for (const key of keys) {
		const value = from.get(key);
		if (value !== null) kept.set(key, value);
	}
	const text = kept.toString();
	return text === '' ? chapterPath : `${chapterPath}?${text}`;
}
