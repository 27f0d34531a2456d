// CSV export: RFC 4180 quoting, formula defusing, and the shape of a real run's tables.
import { describe, expect, test } from 'vitest';
import { csvCell, type Cell, eventsTable, framesTable, runCsv, toCsv } from '../../src/lib/csv';
import { defaultScenario, simulate } from '../../src/sim/index';

describe('csvCell', () => {
	test.each<[Cell, string, string]>([
		['plain', 'plain', 'plain text as it is'],
		['a,b', '"a,b"', 'commas force quotes'],
		['say "hi"', '"say ""hi"""', 'quotes are doubled inside quotes'],
		['two\nlines', '"two\nlines"', 'line breaks force quotes'],
		['=SUM(A1)', "'=SUM(A1)", 'a formula is defused'],
		['+1', "'+1", 'a leading plus is defused in text'],
		['-2+3', "'-2+3", 'a leading minus is defused in text'],
		['@cmd', "'@cmd", 'a leading at-sign is defused'],
		['\tx', "'\tx", 'a leading tab is defused'],
		['=a,b', `"'=a,b"`, 'defused, then quoted'],
		['', '', 'empty text'],
		[-0.03, '-0.03', 'negative numbers stay numbers'],
		[97180.5, '97180.5', 'numbers at full precision'],
		[Number.NaN, '', 'NaN becomes an empty cell'],
		[Number.POSITIVE_INFINITY, '', 'Infinity becomes an empty cell'],
		[true, 'true', 'booleans as words'],
		[null, '', 'missing is empty'],
	])('%j → %j', (cell, expected) => {
		expect(csvCell(cell)).toBe(expected);
	});

	test('rows end in CRLF', () => {
		expect(
			toCsv([
				['a', 1],
				['b,c', null],
			]),
		).toBe('a,1\r\n"b,c",\r\n');
	});
});

describe('a run as CSV', () => {
	const run = simulate({ ...defaultScenario(), accounts: 500, tradersPerAccount: 400 });

	test('frames: a header, then one row per frame with every market column', () => {
		const rows = framesTable(run);
		expect(rows[0]).toStrictEqual([
			'tick',
			'BTC last (USD)',
			'BTC mark (USD)',
			'BTC index (USD)',
			'BTC bid depth 1% (USD)',
			'BTC ask depth 1% (USD)',
			'BTC open interest (USD)',
			'BTC liquidated longs (USD)',
			'BTC liquidated shorts (USD)',
			'BTC halted',
			'insurance fund (USD)',
			'auto-deleveraged so far (USD)',
			'bad debt so far (USD)',
		]);
		expect(rows).toHaveLength(run.frames.length + 1);
		const first = run.frames[0];
		expect(rows[1]?.slice(0, 2)).toStrictEqual([first?.tick, first?.markets[0]?.last]);
	});

	test('events: one row per event, the shock first', () => {
		const rows = eventsTable(run);
		expect(rows).toHaveLength(run.events.length + 1);
		expect(rows[1]?.slice(0, 3)).toStrictEqual([0, 'shock', 'BTC']);
		expect(rows.slice(1).every((r) => r.length === rows[0]?.length)).toBe(true);
	});

	test('the file holds both tables, separated by a blank line', () => {
		const text = runCsv(run);
		const [frames, events] = text.split('\r\n\r\n');
		expect(frames?.split('\r\n')).toHaveLength(run.frames.length + 1);
		expect(events?.startsWith('tick,event,asset,account,side')).toBe(true);
	});
});
