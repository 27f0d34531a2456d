// The widget registry against the chapters, the schemas, the embed page and the manifest.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EMBED_FLAGS } from '../../src/lib/embed-flags';
import { describeSchema } from '../../src/lib/params';
import { buildManifest, manifestWidget } from '../../src/widgets/manifest';
import {
	chapterPath,
	chapterWidgets,
	embedPath,
	oembedPath,
	queryKeys,
	WIDGETS,
	widgetById,
} from '../../src/widgets/registry';

const root = resolve(import.meta.dirname, '../..');
const chapterFiles = readdirSync(resolve(root, 'content/chapters')).filter((f) =>
	f.endsWith('.mdx'),
);

/** A chapter file's slug (its name without number and extension) and frontmatter widget ids. */
function chapterOf(file: string): { slug: string; title: string; widgets: string[] } {
	const text = readFileSync(resolve(root, 'content/chapters', file), 'utf8');
	const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
	const list = /^widgets:\s*\[(.*)\]\s*$/m.exec(front)?.[1] ?? '';
	return {
		slug: file.replace(/^\d+-/, '').replace(/\.mdx$/, ''),
		title: /^title:\s*(.+)$/m.exec(front)?.[1]?.trim() ?? '',
		widgets: [...list.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1] ?? ''),
	};
}
const chapters = chapterFiles.map(chapterOf);

describe('registry and chapters', () => {
	test('there are chapters to check against', () => {
		expect(chapters.length).toBeGreaterThan(0);
	});

	for (const chapter of chapters) {
		test(`every widget chapter "${chapter.slug}" names is registered`, () => {
			for (const id of chapter.widgets) expect(widgetById(id), id).toBeDefined();
		});
	}

	for (const widget of WIDGETS) {
		test(`${widget.id} belongs to a chapter that exists`, () => {
			expect(chapters.map((c) => c.slug)).toContain(widget.chapter);
		});
	}

	test('chapterWidgets lists the cascade chapter’s two embeds, in order', () => {
		expect(chapterWidgets('cascade').map((w) => w.id)).toEqual(['cascade-lab', 'cascade-tipping']);
		expect(chapterWidgets('no-such-chapter')).toEqual([]);
	});
});

describe('registry entries', () => {
	test('ids are unique lowercase words joined by hyphens', () => {
		const ids = WIDGETS.map((w) => w.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
	});

	test('widgets sharing a schema keep apart by prefix (cascade-lab and its tipping view)', () => {
		const byKeys = new Map<string, string>();
		for (const widget of WIDGETS) {
			const keys = queryKeys(widget).toSorted().join(' ');
			expect(byKeys.get(keys), `${widget.id} has the same keys as ${byKeys.get(keys) ?? ''}`).toBe(
				undefined,
			);
			byKeys.set(keys, widget.id);
		}
	});

	for (const widget of WIDGETS) {
		test(`${widget.id}: query keys are unique and never a render flag`, () => {
			const keys = queryKeys(widget);
			expect(new Set(keys).size).toBe(keys.length);
			const flags = EMBED_FLAGS.map((f) => f.key);
			for (const key of keys) expect(flags).not.toContain(key);
		});

		test(`${widget.id}: words, size and addresses`, () => {
			expect(widget.title).not.toBe('');
			expect(widget.description.length).toBeGreaterThan(40);
			expect(widget.embedHeight).toBeGreaterThanOrEqual(200);
			expect(embedPath(widget)).toBe(`/embed/${widget.id}/`);
			expect(oembedPath(widget)).toBe(`/oembed/${widget.id}.json`);
			expect(chapterPath(widget)).toBe(`/chapters/${widget.chapter}/`);
		});
	}

	test('only the labs that play a run over time take autoplay', () => {
		expect(WIDGETS.filter((w) => w.playable).map((w) => w.id)).toEqual([
			'cascade-lab',
			'squeeze-lab',
			'contagion-map',
			'event-replay',
		]);
	});
});

describe('every registered widget has an embed page', () => {
	const page = readFileSync(resolve(root, 'src/pages/embed/[widget].astro'), 'utf8');
	for (const widget of WIDGETS) {
		test(`${widget.id} is listed and rendered by src/pages/embed/[widget].astro`, () => {
			expect(page).toContain(`'${widget.id}'`);
			expect(page).toMatch(new RegExp(`widget\\.id === '${widget.id}' && <\\w+ client:visible`));
		});
	}
});

describe('manifest', () => {
	const titles = new Map(chapters.map((c) => [c.slug, c.title]));

	test('lists every registered widget, in registry order, with the flags', () => {
		const manifest = buildManifest(titles);
		expect(manifest.widgets.map((w) => w.id)).toEqual(WIDGETS.map((w) => w.id));
		expect(manifest.flags.map((f) => f.key)).toEqual(['theme', 'controls', 'autoplay', 'title']);
	});

	for (const widget of WIDGETS) {
		test(`${widget.id}: every schema parameter, with its prefixed query key`, () => {
			const entry = manifestWidget(widget, 'A chapter');
			expect(entry.parameters.map((p) => p.key)).toEqual(widget.schema.map((p) => p.key));
			expect(entry.parameters.map((p) => p.query)).toEqual(queryKeys(widget));
			describeSchema(widget.schema).forEach((description, i) => {
				expect(entry.parameters[i]).toEqual({
					...description,
					query: widget.prefix + description.key,
				});
			});
			expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
		});
	}

	test('the manifest is plain JSON: no functions survive from the schemas', () => {
		const manifest = buildManifest(titles);
		for (const widget of manifest.widgets) {
			for (const p of widget.parameters) expect(Object.keys(p)).not.toContain('format');
		}
		expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
	});

	test('a widget whose chapter is missing fails the build with its name', () => {
		expect(() => buildManifest(new Map([['leverage', 'Leverage']]))).toThrow(
			'Widget margin-account names chapter "margin", which does not exist.',
		);
	});
});
