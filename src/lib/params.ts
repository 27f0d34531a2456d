// A widget's parameter schema, and the pure reading and writing of its values in a query string.
//
// Usage: each widget declares ONE schema with `defineSchema([...])` in its params.ts — number
// params (`num(...)` fields: key, label, unit, min, max, step, default, description, optional
// scale 'log', integer, format), booleans and choices; any of them may be marked `primary` (kept
// in embeds with minimal controls). The same schema drives <ParamControls>,
// the URL (`parseParams` / `writeParams`, wrapped for the page by `UrlState` in
// url-state.svelte.ts), clamping of typed values (`clampParam`), and the plain-data description
// of /widgets.json and the teaching reference (`describeSchema`). `ParamValues<typeof schema>` is
// the typed record of values. Parsing never throws: anything odd in the URL falls back to a safe
// value and yields a plain-text notice saying what was changed (render notices as text only).

/** A numeric parameter: a slider plus a typed field. */
export interface NumberParam {
	readonly kind: 'number';
	/** Query-string key (also the values record's key). */
	readonly key: string;
	readonly label: string;
	/** Unit shown beside the value ('×', '%', 'USD'…); '' for none. */
	readonly unit: string;
	readonly min: number;
	readonly max: number;
	/** Slider granularity and arrow-key increment (in the value's own units). */
	readonly step: number;
	readonly default: number;
	readonly description: string;
	/** Slider mapping; 'log' needs min > 0. Defaults to 'linear'. */
	readonly scale?: 'linear' | 'log';
	/** Whole numbers only (URL values are rounded). */
	readonly integer?: boolean;
	/** How the value reads on screen ("20×", "−5%"); defaults to the number and unit. */
	readonly format?: (value: number) => string;
	/** One of the widget's main controls, kept when an embed asks for minimal controls. */
	readonly primary?: boolean;
}

/** A yes/no parameter: a toggle. */
export interface BooleanParam {
	readonly kind: 'boolean';
	readonly key: string;
	readonly label: string;
	readonly default: boolean;
	readonly description: string;
	/** One of the widget's main controls, kept when an embed asks for minimal controls. */
	readonly primary?: boolean;
}

/** One option of a choice parameter. */
export interface ChoiceOption<V extends string = string> {
	readonly value: V;
	readonly label: string;
}

/** A parameter taking one of a few named values: a radio group. */
export interface ChoiceParam<V extends string = string> {
	readonly kind: 'choice';
	readonly key: string;
	readonly label: string;
	readonly options: readonly ChoiceOption<V>[];
	readonly default: V;
	readonly description: string;
	/** One of the widget's main controls, kept when an embed asks for minimal controls. */
	readonly primary?: boolean;
}

export type Param = NumberParam | BooleanParam | ChoiceParam;
export type ParamSchema = readonly Param[];

/** The value type one parameter holds. */
export type ParamValue<P extends Param> = P extends NumberParam
	? number
	: P extends BooleanParam
		? boolean
		: P extends ChoiceParam<infer V>
			? V
			: never;

/** The typed record of a schema's values, keyed by each parameter's key. */
export type ParamValues<S extends ParamSchema> = {
	[P in S[number] as P['key']]: ParamValue<P>;
};

/** Declares a schema keeping its keys and choice values as literal types. */
export function defineSchema<const S extends ParamSchema>(schema: S): S {
	return schema;
}

/** The result of reading a query string: safe values and what had to be changed. */
export interface ParsedParams<S extends ParamSchema> {
	readonly values: ParamValues<S>;
	/** Plain-text notices, one per changed value (never HTML). */
	readonly notices: string[];
}

/** Every parameter at its default. */
export function defaultValues<S extends ParamSchema>(schema: S): ParamValues<S> {
	const values: Record<string, number | boolean | string> = {};
	for (const p of schema) values[p.key] = p.default;
	return values as ParamValues<S>;
}

/** The value as it reads on screen, with its unit. */
export function formatParam(p: NumberParam, value: number): string {
	if (!Number.isFinite(value)) return '—';
	if (p.format) return p.format(value);
	return p.unit === '' ? String(value) : `${String(value)} ${p.unit}`;
}

/** A number forced into the parameter's range (and to a whole number when it must be one). */
export function clampParam(p: NumberParam, value: number): number {
	if (Number.isNaN(value)) return p.default;
	const whole = p.integer === true ? Math.round(value) : value;
	const clamped = Math.min(p.max, Math.max(p.min, whole));
	return clamped === 0 ? 0 : clamped; // −0 reads as 0
}

/** Longest raw URL value considered at all; longer ones cannot be a sensible number or option. */
const MAX_RAW_LENGTH = 64;
/** Decimal numbers only: no hex, no blanks, no "Infinity" (Number() would accept all of those). */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** A URL value quoted for a notice: control characters removed, long values shortened. */
function quote(raw: string): string {
	let printable = '';
	for (const ch of raw) {
		const code = ch.codePointAt(0) ?? 0;
		printable += code < 0x20 || (code >= 0x7f && code < 0xa0) ? '' : ch;
	}
	const chars = [...printable];
	const short = chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : printable;
	return `“${short}”`;
}

interface Reading<T> {
	value: T;
	notice?: string;
}

function readNumber(p: NumberParam, raw: string): Reading<number> {
	const text = raw.trim();
	if (text === '') return { value: p.default, notice: `${p.key} is empty; using ${p.default}.` };
	if (text.length > MAX_RAW_LENGTH || !DECIMAL.test(text)) {
		return {
			value: p.default,
			notice: `${p.key}: ${quote(raw)} is not a number; using ${p.default}.`,
		};
	}
	const n = Number(text);
	if (n > p.max) {
		return {
			value: p.max,
			notice: `${p.key}: ${text} is above the maximum ${p.max}; using ${p.max}.`,
		};
	}
	if (n < p.min) {
		return {
			value: p.min,
			notice: `${p.key}: ${text} is below the minimum ${p.min}; using ${p.min}.`,
		};
	}
	const value = clampParam(p, n);
	if (value !== n && !(n === 0 && value === 0)) {
		return { value, notice: `${p.key}: ${text} must be a whole number; using ${value}.` };
	}
	return { value };
}

function readBoolean(p: BooleanParam, raw: string): Reading<boolean> {
	const word = raw.trim().toLowerCase();
	if (TRUE_WORDS.has(word)) return { value: true };
	if (FALSE_WORDS.has(word)) return { value: false };
	const fallback = p.default ? '1' : '0';
	return {
		value: p.default,
		notice: `${p.key}: ${quote(raw)} is not 1 or 0; using ${fallback}.`,
	};
}

function readChoice(p: ChoiceParam, raw: string): Reading<string> {
	const word = raw.trim().toLowerCase();
	const match = p.options.find((o) => o.value.toLowerCase() === word);
	if (match) return { value: match.value };
	const allowed = p.options.map((o) => o.value).join(', ');
	return {
		value: p.default,
		notice: `${p.key}: ${quote(raw)} is not one of ${allowed}; using ${p.default}.`,
	};
}

/**
 * Reads a schema's values from a query string (keys prefixed by `prefix`). Missing keys take their
 * defaults silently; every value that had to be changed adds a notice. Unknown keys are ignored,
 * since other widgets on the page keep their own keys in the same URL.
 */
export function parseParams<S extends ParamSchema>(
	schema: S,
	search: URLSearchParams,
	prefix = '',
): ParsedParams<S> {
	const values: Record<string, number | boolean | string> = {};
	const notices: string[] = [];
	for (const p of schema) {
		const all = search.getAll(prefix + p.key);
		const raw = all[0];
		if (raw === undefined) {
			values[p.key] = p.default;
			continue;
		}
		if (all.length > 1) {
			notices.push(`${p.key} was given ${all.length} times; using the first, ${quote(raw)}.`);
		}
		const reading =
			p.kind === 'number'
				? readNumber(p, raw)
				: p.kind === 'boolean'
					? readBoolean(p, raw)
					: readChoice(p, raw);
		values[p.key] = reading.value;
		if (reading.notice !== undefined) notices.push(reading.notice);
	}
	return { values: values as ParamValues<S>, notices };
}

/** One value as the URL spells it. */
export function writeValue(p: Param, value: number | boolean | string): string {
	if (p.kind === 'boolean') return value === true ? '1' : '0';
	if (p.kind === 'number') {
		const n = typeof value === 'number' ? clampParam(p, value) : p.default;
		return String(n);
	}
	return String(value);
}

/** The full state as a query string: every parameter of the schema, prefixed, in schema order. */
export function writeParams<S extends ParamSchema>(
	schema: S,
	values: ParamValues<S>,
	prefix = '',
): URLSearchParams {
	const out = new URLSearchParams();
	const record = values as Record<string, number | boolean | string>;
	for (const p of schema) out.set(prefix + p.key, writeValue(p, record[p.key] ?? p.default));
	return out;
}

/** A parameter as plain data, for /widgets.json and the teaching reference. */
export type ParamDescription = Omit<NumberParam, 'format'> | BooleanParam | ChoiceParam;

/** The schema as plain JSON-safe data (no functions). */
export function describeSchema(schema: ParamSchema): ParamDescription[] {
	return schema.map((p): ParamDescription => {
		if (p.kind !== 'number') return p;
		const plain: Omit<NumberParam, 'format'> = {
			kind: p.kind,
			key: p.key,
			label: p.label,
			unit: p.unit,
			min: p.min,
			max: p.max,
			step: p.step,
			default: p.default,
			description: p.description,
			scale: p.scale ?? 'linear',
			integer: p.integer ?? false,
			...(p.primary === undefined ? {} : { primary: p.primary }),
		};
		return plain;
	});
}
