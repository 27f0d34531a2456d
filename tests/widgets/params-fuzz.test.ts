// Property tests of URL parsing over every registered widget's real schema: any query string is
// read without throwing into values inside the schema, and the state a widget writes reads back.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	parseParams,
	writeParams,
	type Param,
	type ParamSchema,
	type ParamValues,
} from '../../src/lib/params';
import { WIDGETS } from '../../src/widgets/registry';

/** Strings a hostile or careless link might hold. */
const rawValue = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary', maxLength: 80 }),
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.double().map((d) => (Object.is(d, -0) ? '-0' : String(d))),
	fc.bigInt().map(String),
	fc.constantFrom(
		'',
		' ',
		'NaN',
		'Infinity',
		'-Infinity',
		'1e308',
		'-1e308',
		'0x10',
		'1_000',
		'١٢',
		'\u202E5',
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'__proto__',
		'constructor',
		'9'.repeat(500),
	),
);

/** Why a value is outside its parameter's schema, or null when it is inside. */
function outside(p: Param, value: unknown): string | null {
	if (p.kind === 'number') {
		if (typeof value !== 'number' || !Number.isFinite(value)) return `${p.key} is not finite`;
		if (value < p.min || value > p.max) return `${p.key}=${String(value)} is out of range`;
		if (p.integer === true && !Number.isInteger(value)) return `${p.key} is not whole`;
		if (Object.is(value, -0)) return `${p.key} is −0`;
		return null;
	}
	if (p.kind === 'boolean') return typeof value === 'boolean' ? null : `${p.key} is not boolean`;
	return p.options.some((option) => option.value === value) ? null : `${p.key} is no option`;
}

/** A value inside the parameter's schema, as the widget itself would hold it. */
function validValue(p: Param): fc.Arbitrary<number | boolean | string> {
	if (p.kind === 'boolean') return fc.boolean();
	if (p.kind === 'choice') return fc.constantFrom(...p.options.map((option) => option.value));
	const inRange =
		p.integer === true
			? fc.integer({ min: Math.ceil(p.min), max: Math.floor(p.max) })
			: fc.double({ min: p.min, max: p.max, noNaN: true });
	return inRange.map((n) => (n === 0 ? 0 : n));
}

/** A whole state of a schema's values. */
function validState(schema: ParamSchema): fc.Arbitrary<Record<string, number | boolean | string>> {
	return fc.record(Object.fromEntries(schema.map((p) => [p.key, validValue(p)])));
}

describe.each(WIDGETS.map((widget) => [widget.id, widget] as const))('%s', (_id, widget) => {
	const keys = widget.schema.map((p) => widget.prefix + p.key);
	/** Query pairs: the widget's own keys (some repeated), stray keys, in any order. */
	const hostileQuery = fc
		.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 12 })), rawValue), {
			maxLength: 3 * keys.length,
		})
		.map((pairs) => new URLSearchParams(pairs));

	test('any query string parses without throwing into values inside the schema', () => {
		fc.assert(
			fc.property(hostileQuery, (search) => {
				const { values, notices } = parseParams(widget.schema, search, widget.prefix);
				const record = values as Record<string, unknown>;
				const problems = widget.schema.flatMap((p) => outside(p, record[p.key]) ?? []);
				expect(problems).toEqual([]);
				for (const notice of notices) {
					expect(typeof notice).toBe('string');
					expect(notice.length).toBeLessThan(400);
					// Control characters from the link never reach the page.
					const control = [...notice].filter((ch) => {
						const code = ch.codePointAt(0) ?? 0;
						return code < 0x20 || code === 0x7f;
					});
					expect(control).toEqual([]);
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('a changed value always says so: every kept value was given exactly and validly', () => {
		fc.assert(
			fc.property(hostileQuery, (search) => {
				const { values, notices } = parseParams(widget.schema, search, widget.prefix);
				const record = values as Record<string, unknown>;
				const untouched = widget.schema.every((p) => {
					const given = search.getAll(widget.prefix + p.key);
					return given.length === 0 || (given.length === 1 && outside(p, record[p.key]) === null);
				});
				if (notices.length === 0) expect(untouched).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	test('the state a widget writes reads back unchanged and without notices', () => {
		fc.assert(
			fc.property(validState(widget.schema), (state) => {
				const typed = state as ParamValues<ParamSchema>;
				const search = writeParams(widget.schema, typed, widget.prefix);
				const parsed = parseParams(widget.schema, search, widget.prefix);
				expect(parsed.notices).toEqual([]);
				expect(parsed.values).toEqual(state);
			}),
			{ numRuns: 200 },
		);
	});
});
