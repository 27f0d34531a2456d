// Tables for the sources helpers, and a check that every note in every chapter cites a source in content/sources.json.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	collectCitations,
	noteHref,
	parseFootnotes,
	sourcesOfNote,
	type Source,
} from '../../src/lib/sources';

function source(
	id: string,
	match: string[],
	kind: Source['kind'] = 'exchange',
	publisher = id,
): Source {
	return { id, publisher, title: `${id} title`, kind, usedFor: 'Something.', match };
}

describe('parseFootnotes', () => {
	it('numbers notes by first reference, as the page does, and reads them as plain text', () => {
		const body = [
			'First claim.[^b] Second claim.[^a] First again.[^b]',
			'',
			'[^a]: Bybit help centre, **Bankruptcy Price**: entry × (1 − 1/leverage), \\$9,800.',
			'[^b]: Binance FAQ',
			'    continued on an indented line, see [the FAQ](https://example.com/faq).',
			'',
			'[^unused]: Never referenced.',
		].join('\n');
		expect(parseFootnotes(body)).toEqual([
			{ label: 'b', number: 1, text: 'Binance FAQ continued on an indented line, see the FAQ.' },
			{
				label: 'a',
				number: 2,
				text: 'Bybit help centre, Bankruptcy Price: entry × (1 − 1/leverage), $9,800.',
			},
		]);
	});

	it('finds nothing in a body without notes', () => {
		expect(parseFootnotes('Plain text with [a link](https://example.com).')).toEqual([]);
	});
});

describe('sourcesOfNote', () => {
	const sources = [
		source('amberdata', ['Amberdata']),
		source('faq', ['b3c689c1', 'How to Calculate']),
	];
	it.each([
		['Amberdata research on Binance depth.', ['amberdata'], 'one match'],
		['AMBERDATA, in capitals.', ['amberdata'], 'any case'],
		['Binance FAQ b3c689c1f50a; Amberdata.', ['amberdata', 'faq'], 'a note may cite two sources'],
		['Press coverage.', [], 'no match'],
	])('%j → %j (%s)', (text, ids) => {
		expect(
			sourcesOfNote(text, sources)
				.map((s) => s.id)
				.sort(),
		).toEqual(ids);
	});
});

describe('collectCitations', () => {
	const sources = [
		source('press', ['Press coverage'], 'press', 'Press'),
		source('kaiko', ['Kaiko'], 'data', 'Kaiko'),
		source('binance', ['Binance'], 'exchange', 'Binance'),
		source('unused', ['Nobody cites this'], 'exchange', 'Aardvark'),
	];
	const chapters = [
		{
			slug: 'two',
			order: 2,
			title: 'Two',
			href: '/chapters/two/',
			body: 'A.[^1] B.[^2]\n\n[^1]: Kaiko depth.\n[^2]: Binance and Kaiko.',
		},
		{
			slug: 'one',
			order: 1,
			title: 'One',
			href: '/chapters/one/',
			body: 'C.[^1] D.[^2]\n\n[^1]: Press coverage.\n[^2]: A blog post.',
		},
	];
	const { cited, unmatched } = collectCitations(chapters, sources);

	it('lists cited sources by kind (exchange, data, research, press, project), leaving out the uncited', () => {
		expect(cited.map((entry) => entry.source.id)).toEqual(['binance', 'kaiko', 'press']);
	});

	it('gives each source its notes in reading order', () => {
		const kaiko = cited.find((entry) => entry.source.id === 'kaiko');
		expect(kaiko?.citations.map((c) => `${c.chapter.slug} ${String(c.note.number)}`)).toEqual([
			'two 1',
			'two 2',
		]);
	});

	it('keeps notes that cite no listed source, with their chapter', () => {
		expect(unmatched.map((c) => [c.chapter.slug, c.note.number, c.note.text])).toEqual([
			['one', 2, 'A blog post.'],
		]);
	});

	it('links a note to its place in the rendered chapter', () => {
		const first = cited[0]?.citations[0];
		expect(first === undefined ? '' : noteHref(first)).toBe('/chapters/two/#user-content-fn-2');
	});
});

describe('the real chapters and content/sources.json', () => {
	const root = resolve(import.meta.dirname, '../..');
	const list = JSON.parse(readFileSync(resolve(root, 'content/sources.json'), 'utf8')) as Source[];
	const files = readdirSync(resolve(root, 'content/chapters')).filter((name) =>
		name.endsWith('.mdx'),
	);
	const chapters = files.map((name, index) => ({
		slug: name,
		order: index + 1,
		title: name,
		href: `/chapters/${name}/`,
		body: readFileSync(resolve(root, 'content/chapters', name), 'utf8'),
	}));

	it('has unique source ids', () => {
		expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
	});

	it('matches every note of every chapter to at least one listed source', () => {
		const { unmatched } = collectCitations(chapters, list);
		expect(
			unmatched.map((c) => `${c.chapter.slug} note ${String(c.note.number)}: ${c.note.text}`),
		).toEqual([]);
	});
});
