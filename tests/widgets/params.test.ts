// URL parsing and clamping of parameter schemas: tricky inputs, exact notices, round trips.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	clampParam,
	defaultValues,
	defineSchema,
	describeSchema,
	formatParam,
	parseParams,
	writeParams,
	type NumberParam,
	type ParamValues,
} from '../../src/lib/params';
import { mergeQuery } from '../../src/lib/page-url';

const schema = defineSchema([
	{
		kind: 'number',
		key: 'shock',
		label: 'Shock',
		unit: '',
		min: -0.9,
		max: 0.9,
		step: 0.01,
		default: -0.03,
		description: 'Exogenous price move',
	},
	{
		kind: 'number',
		key: 'seed',
		label: 'Seed',
		unit: '',
		min: 0,
		max: 4_294_967_295,
		step: 1,
		default: 1,
		integer: true,
		description: 'Seed of the population',
	},
	{ kind: 'boolean', key: 'adl', label: 'ADL', default: true, description: 'Auto-deleveraging' },
	{
		kind: 'choice',
		key: 'venue',
		label: 'Venue',
		options: [
			{ value: 'binance', label: 'Binance' },
			{ value: 'hyperliquid', label: 'Hyperliquid' },
		],
		default: 'binance',
		description: 'Margin rules',
	},
]);

type Values = ParamValues<typeof schema>;
const defaults: Values = { shock: -0.03, seed: 1, adl: true, venue: 'binance' };

function parse(query: string, prefix = '') {
	return parseParams(schema, new URLSearchParams(query), prefix);
}

describe('parseParams', () => {
	test.each<[string, Partial<Values>, string[], string]>([
		// [query, expected changes from the defaults, notices, reason]
		['', {}, [], 'no keys: all defaults, silently'],
		[
			'shock=0.05&seed=7&adl=0&venue=hyperliquid',
			{ shock: 0.05, seed: 7, adl: false, venue: 'hyperliquid' },
			[],
			'valid values pass through',
		],
		[
			'shock=5',
			{ shock: 0.9 },
			['shock: 5 is above the maximum 0.9; using 0.9.'],
			'above the range is clamped',
		],
		[
			'shock=-5',
			{ shock: -0.9 },
			['shock: -5 is below the minimum -0.9; using -0.9.'],
			'below the range is clamped',
		],
		[
			'shock=1e308',
			{ shock: 0.9 },
			['shock: 1e308 is above the maximum 0.9; using 0.9.'],
			'huge but finite',
		],
		[
			'shock=1e999',
			{ shock: 0.9 },
			['shock: 1e999 is above the maximum 0.9; using 0.9.'],
			'overflows to Infinity, still clamped',
		],
		['shock=-0', { shock: 0 }, [], '−0 is zero, not a change'],
		['shock=', {}, ['shock is empty; using -0.03.'], 'empty value'],
		['shock=NaN', {}, ['shock: “NaN” is not a number; using -0.03.'], 'NaN is refused'],
		[
			'shock=Infinity',
			{},
			['shock: “Infinity” is not a number; using -0.03.'],
			'Infinity spelled out is refused',
		],
		['shock=0x10', {}, ['shock: “0x10” is not a number; using -0.03.'], 'hex is not decimal'],
		[
			'shock=%3Cscript%3E',
			{},
			['shock: “<script>” is not a number; using -0.03.'],
			'HTML is quoted as text, never parsed',
		],
		[
			'shock=%EF%BC%95',
			{},
			['shock: “５” is not a number; using -0.03.'],
			'full-width digits are not ASCII digits',
		],
		['shock=%200.1%20', { shock: 0.1 }, [], 'surrounding blanks are trimmed'],
		[
			'shock=0.1&shock=0.2',
			{ shock: 0.1 },
			['shock was given 2 times; using the first, “0.1”.'],
			'repeated key: first wins, with a notice',
		],
		[
			'seed=2.5',
			{ seed: 3 },
			['seed: 2.5 must be a whole number; using 3.'],
			'integers are rounded',
		],
		[
			'seed=99999999999',
			{ seed: 4_294_967_295 },
			['seed: 99999999999 is above the maximum 4294967295; using 4294967295.'],
			'seed too large',
		],
		['adl=yes', { adl: true }, [], 'yes is true'],
		['adl=OFF', { adl: false }, [], 'booleans ignore case'],
		['adl=maybe', {}, ['adl: “maybe” is not 1 or 0; using 1.'], 'unknown boolean'],
		['venue=HyperLiquid', { venue: 'hyperliquid' }, [], 'choices ignore case'],
		[
			'venue=ftx',
			{},
			['venue: “ftx” is not one of binance, hyperliquid; using binance.'],
			'unknown choice',
		],
		[
			'venue=%00%1Fbinance%7F',
			{},
			['venue: “binance” is not one of binance, hyperliquid; using binance.'],
			'control characters are stripped from notices',
		],
		[
			`venue=${'x'.repeat(200)}`,
			{},
			[`venue: “${'x'.repeat(24)}…” is not one of binance, hyperliquid; using binance.`],
			'long values are shortened in notices',
		],
		[
			`shock=${'1'.repeat(100)}`,
			{},
			[`shock: “${'1'.repeat(24)}…” is not a number; using -0.03.`],
			'absurdly long numbers are refused',
		],
		['other=5&zzz', {}, [], 'unknown keys are ignored'],
	])('%s', (query, changes, notices) => {
		const parsed = parse(query);
		expect(parsed.values).toStrictEqual({ ...defaults, ...changes });
		expect(parsed.notices).toStrictEqual(notices);
	});

	test('reads only keys with its prefix', () => {
		const parsed = parse('shock=0.5&la.shock=0.2&la.venue=hyperliquid', 'la.');
		expect(parsed.values).toStrictEqual({ ...defaults, shock: 0.2, venue: 'hyperliquid' });
		expect(parsed.notices).toStrictEqual([]);
	});
});

describe('writeParams', () => {
	test('writes the full state, seed included, in schema order', () => {
		expect(writeParams(schema, defaults).toString()).toBe('shock=-0.03&seed=1&adl=1&venue=binance');
	});

	test('prefixes keys and clamps what it writes', () => {
		const values: Values = { shock: 3, seed: 2.4, adl: false, venue: 'hyperliquid' };
		expect(writeParams(schema, values, 'x-').toString()).toBe(
			'x-shock=0.9&x-seed=2&x-adl=0&x-venue=hyperliquid',
		);
	});
});

describe('mergeQuery', () => {
	test.each<[string, string[], string, string, string]>([
		['https://c.test/ch/?a=1', ['x'], 'x=2', 'https://c.test/ch/?a=1&x=2', 'adds its keys'],
		['https://c.test/ch/?x=1&a=1', ['x'], 'x=2', 'https://c.test/ch/?a=1&x=2', 'replaces its keys'],
		[
			'https://c.test/ch/?x=1#fig',
			['x', 'y'],
			'y=3',
			'https://c.test/ch/?y=3#fig',
			'keeps the hash',
		],
	])('%s', (href, keys, query, expected) => {
		expect(mergeQuery(href, keys, query)).toBe(expected);
	});
});

describe('helpers', () => {
	const shock = schema[0] as NumberParam;
	test('clampParam bounds, rounds integers and turns NaN into the default', () => {
		expect(clampParam(shock, 2)).toBe(0.9);
		expect(clampParam(shock, Number.NaN)).toBe(-0.03);
		expect(Object.is(clampParam(shock, -0), 0)).toBe(true);
		expect(clampParam(schema[1] as NumberParam, 7.6)).toBe(8);
	});

	test('formatParam never shows NaN', () => {
		expect(formatParam(shock, Number.NaN)).toBe('—');
		expect(formatParam(shock, 0.1)).toBe('0.1');
	});

	test('defaultValues and describeSchema', () => {
		expect(defaultValues(schema)).toStrictEqual(defaults);
		const described = describeSchema(schema);
		expect(JSON.parse(JSON.stringify(described))).toStrictEqual(described);
		expect(described[0]).toMatchObject({ key: 'shock', scale: 'linear', integer: false });
	});
});

describe('properties', () => {
	const valuesArb = fc.record({
		shock: fc.double({ min: -0.9, max: 0.9, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
		seed: fc.integer({ min: 0, max: 4_294_967_295 }),
		adl: fc.boolean(),
		venue: fc.constantFrom('binance' as const, 'hyperliquid' as const),
	});

	test('parse never throws, and always yields values inside the schema', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 12 }), (pairs) => {
				const search = new URLSearchParams(pairs);
				for (const key of ['shock', 'seed', 'adl', 'venue']) {
					if (pairs.length > 0) search.append(key, pairs[0]?.[1] ?? '');
				}
				const { values } = parseParams(schema, search);
				expect(values.shock).toBeGreaterThanOrEqual(-0.9);
				expect(values.shock).toBeLessThanOrEqual(0.9);
				expect(Number.isInteger(values.seed)).toBe(true);
				expect(['binance', 'hyperliquid']).toContain(values.venue);
			}),
			{ numRuns: 500 },
		);
	});

	test('parse ∘ write is the identity on valid values, without notices', () => {
		fc.assert(
			fc.property(valuesArb, fc.constantFrom('', 'la.', 'm-'), (values, prefix) => {
				const parsed = parseParams(schema, writeParams(schema, values, prefix), prefix);
				expect(parsed.values).toStrictEqual({ ...values });
				expect(parsed.notices).toStrictEqual([]);
			}),
			{ numRuns: 500 },
		);
	});
});
