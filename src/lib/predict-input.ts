// Reading a typed prediction: units, separators and signs people type, clamped with a clear message.
import { formatAnswer, type PredictionQuestion } from './predict';

/** A typed prediction, read: a value in range (with what was changed), or why it could not be read. */
export type PredictionReading =
	| { readonly ok: true; readonly value: number; readonly notice: string | null }
	| { readonly ok: false; readonly message: string };

/** Longest text considered at all (characters). */
const MAX_LENGTH = 40;

/** Typed text quoted in a message: control characters removed, long text shortened. */
function quote(raw: string): string {
	const printable = [...raw]
		.filter((ch) => {
			const code = ch.codePointAt(0) ?? 0;
			return code >= 0x20 && !(code >= 0x7f && code < 0xa0);
		})
		.join('')
		.trim();
	const chars = [...printable];
	return `“${chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : printable}”`;
}

/** The unit as a message names it. */
function unitName(q: PredictionQuestion): string {
	if (q.unit === '%') return 'percent';
	if (q.unit === 'USD') return 'dollars';
	if (q.unit === '×') return 'times (leverage)';
	return q.unit === '' ? 'a plain number' : q.unit;
}

/** Unit marks people type around a number, by the question's unit (lowercase). */
function ownUnitMarks(q: PredictionQuestion): { before: string[]; after: string[] } {
	if (q.unit === '%') return { before: [], after: ['%', 'percent', 'pct'] };
	if (q.unit === 'USD') return { before: ['$', 'usd', 'us$'], after: ['usd', 'dollars', '$'] };
	if (q.unit === '×') return { before: [], after: ['×', 'x'] };
	const word = q.unit.toLowerCase();
	return { before: [], after: word === '' ? [] : [word, word.replace(/s$/, '')] };
}

/** Magnitude suffixes accepted for amounts and counts (not for percentages or leverage). */
const MAGNITUDES: readonly (readonly [string, number])[] = [
	['bn', 1e9],
	['b', 1e9],
	['m', 1e6],
	['k', 1e3],
];

/** Digits grouped by commas: 1,000 or 12,500,000.5. */
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** Digits grouped by spaces: 1 000 or 12 500,5. */
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;
/** A decimal comma: 4,6. */
const DECIMAL_COMMA = /^\d+,\d+$/;
/** A plain decimal: 12, 12.5, .5, 5. */
const PLAIN = /^(?:\d+\.?\d*|\.\d+)$/;
/** One comma before exactly three digits: a thousands separator or a decimal comma. */
const AMBIGUOUS = /^\d{1,3},\d{3}$/;

/** The readings digits allow (usually one; two for "1,500"), or none. */
function readDigits(body: string): number[] {
	if (AMBIGUOUS.test(body)) return [Number(body.replace(',', '')), Number(body.replace(',', '.'))];
	if (COMMA_GROUPED.test(body)) return [Number(body.replace(/,/g, ''))];
	if (SPACE_GROUPED.test(body)) return [Number(body.replace(/ /g, '').replace(',', '.'))];
	if (DECIMAL_COMMA.test(body)) return [Number(body.replace(',', '.'))];
	if (PLAIN.test(body)) return [Number(body)];
	return [];
}

/** `text` without one of `marks` at its start (or end), trimmed; unchanged when none is there. */
function strip(text: string, marks: readonly string[], end: boolean): string {
	for (const mark of marks) {
		if (end ? text.endsWith(mark) : text.startsWith(mark)) {
			return (end ? text.slice(0, text.length - mark.length) : text.slice(mark.length)).trim();
		}
	}
	return text;
}

/**
 * Reads what a student typed as an answer to `q`. Accepts the question's unit around the number
 * ("5%", "$45,000", "1.2k accounts"), grouped digits, a decimal comma, a true minus sign; brings
 * the value within the question's range, saying so; never throws.
 */
export function readPrediction(q: PredictionQuestion, raw: string): PredictionReading {
	const text = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
	if (text === '')
		return { ok: false, message: `Type your prediction as a number, in ${unitName(q)}.` };
	if (text.length > MAX_LENGTH) return { ok: false, message: 'That is too long to be a number.' };

	let rest = text.toLowerCase().replace(/^[\u2212\u2012\u2013\u2014]/, '-');
	let sign = 1;
	if (rest.startsWith('-') || rest.startsWith('+')) {
		sign = rest.startsWith('-') ? -1 : 1;
		rest = rest.slice(1).trim();
	}
	const marks = ownUnitMarks(q);
	rest = strip(strip(rest, marks.before, false), marks.after, true);
	if (sign === 1 && rest.startsWith('-')) {
		sign = -1; // "$-5"
		rest = rest.slice(1).trim();
	}
	let scale = 1;
	if (q.unit !== '%' && q.unit !== '×') {
		const found = MAGNITUDES.find(
			([suffix]) => rest.endsWith(suffix) && /\d$/.test(rest.slice(0, -suffix.length).trim()),
		);
		if (found !== undefined) {
			scale = found[1];
			rest = rest.slice(0, -found[0].length).trim();
		}
	}

	const readings = readDigits(rest).map((n) => sign * n * scale);
	const [first] = readings;
	if (first === undefined || !Number.isFinite(first)) {
		const otherUnit = /[%$×]|usd|percent/.test(rest);
		return {
			ok: false,
			message: otherUnit
				? `${quote(raw)} has the wrong unit: answer in ${unitName(q)}.`
				: `${quote(raw)} is not a number. Type digits, like ${formatPlain(q)}.`,
		};
	}
	const inRange = readings.find((n) => n >= q.min && n <= q.max);
	return settle(q, inRange ?? first);
}

/** An example answer for messages: the middle of the range, on a round number. */
function formatPlain(q: PredictionQuestion): string {
	const middle = (q.min + q.max) / 2;
	const power = 10 ** Math.floor(Math.log10(Math.max(1, Math.abs(middle))));
	return String(Math.round(middle / power) * power);
}

/** Brings a read value within the question's range and to a whole number where needed. */
function settle(q: PredictionQuestion, value: number): PredictionReading {
	// Far beyond any range, a number would print in exponent form; it is named, not quoted.
	const said = (n: number): string => (Math.abs(n) >= 1e12 ? 'That number' : formatAnswer(q, n));
	if (value < 0 && q.min >= 0 && -value <= q.max) {
		return withNotice(
			settle(q, -value),
			`Using ${said(-value)}: the answer is a size, without a sign.`,
		);
	}
	if (value > q.max) {
		return {
			ok: true,
			value: q.max,
			notice: `${said(value)} is more than the largest answer allowed, ${said(q.max)}; using ${said(q.max)}.`,
		};
	}
	if (value < q.min) {
		return {
			ok: true,
			value: q.min,
			notice: `${said(value)} is less than the smallest answer allowed, ${said(q.min)}; using ${said(q.min)}.`,
		};
	}
	if (q.integer === true && !Number.isInteger(value)) {
		const whole = Math.round(value);
		return {
			ok: true,
			value: whole,
			notice: `Using ${said(whole)}: the answer is a whole number.`,
		};
	}
	return { ok: true, value: value === 0 ? 0 : value, notice: null };
}

/** A reading with `notice` in front of any it already has. */
function withNotice(reading: PredictionReading, notice: string): PredictionReading {
	if (!reading.ok) return reading;
	return { ...reading, notice: reading.notice === null ? notice : `${notice} ${reading.notice}` };
}
