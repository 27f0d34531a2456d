// The text a static page carries for its widget: JSON read without throwing, series as whole steps.
import { describe, expect, it } from 'vitest';
import { decodeDeltas, encodeDeltas, readPageCopy } from '../../src/lib/page-copy';

describe('readPageCopy', () => {
	it.each([
		['no text', undefined, null],
		['a missing attribute', null, null],
		['an empty attribute', '', null],
		['text cut short', '{"a":', null],
		['a number', '42', null],
		['a string', '"x"', null],
		['null', 'null', null],
		['an array', '[1,2]', null],
		['an object', '{"a":1,"b":[2]}', { a: 1, b: [2] }],
	])('%s → %j', (_case, text, expected) => {
		expect(readPageCopy(text)).toEqual(expected);
	});
});

describe('encodeDeltas and decodeDeltas', () => {
	it.each([
		['cents', [97180.12, 97178.59, 97178.59, 97200], 0.01, '9718012,-153,0,2141'],
		['rounding to the nearest cent', [1.004, 1.006], 0.01, '100,1'],
		['whole dollars, falling', [5, 3, -2], 1, '5,-2,-5'],
		['a Float64Array', Float64Array.of(0.5, 0.25), 0.25, '2,-1'],
		['nothing', [], 1, ''],
	])('%s', (_case, values, unit, text) => {
		expect(encodeDeltas(values, unit)).toBe(text);
		const back = decodeDeltas(text, [...values].length, unit);
		expect(back?.map((v) => Math.round(v / unit))).toEqual(
			[...values].map((v) => Math.round(v / unit)),
		);
	});

	it.each([
		['not text', 5, 1],
		['one value too few', '1,2', 3],
		['one value too many', '1,2,3', 2],
		['a fraction', '1,2.5', 2],
		['an empty step', '1,,2', 3],
		['a word', '1,x', 2],
		['a step past safe integers', '1,9007199254740993', 2],
	])('refuses %s', (_case, text, length) => {
		expect(decodeDeltas(text, length, 1)).toBeNull();
	});
});
