// /oembed/<id>.json: a static oEmbed "rich" answer per widget, so oEmbed consumers can embed it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { DEFAULT_FLAGS } from '../../lib/embed-flags';
import { embedFrameTitle, embedSnippet, embedSrc } from '../../lib/embed-code';
import { WIDGETS, type WidgetEntry } from '../../widgets/registry';

/** Width the embed is described at (CSS px); it fills its column whatever the host's width. */
const OEMBED_WIDTH = 700;

export const getStaticPaths = (() =>
	WIDGETS.map((widget) => ({
		params: { widget: widget.id },
		props: { widget },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ widget: WidgetEntry }> = ({ props, site, url }) => {
	const { widget } = props;
	const origin = (site ?? url).origin;
	const html = embedSnippet({
		src: embedSrc(origin, widget.id, '', DEFAULT_FLAGS),
		title: embedFrameTitle(widget.title),
		size: { kind: 'responsive', height: widget.embedHeight },
		origin,
	});
	const answer = {
		version: '1.0',
		type: 'rich',
		title: `${widget.title} · Cascade`,
		provider_name: 'Cascade',
		provider_url: `${origin}/`,
		html,
		width: OEMBED_WIDTH,
		height: widget.embedHeight,
		thumbnail_url: `${origin}/og/cascade.png`,
		thumbnail_width: 1200,
		thumbnail_height: 630,
	};
	return new Response(`${JSON.stringify(answer, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
