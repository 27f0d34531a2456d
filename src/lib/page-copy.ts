// Reading and writing the text a static page carries for its widget (a run the server computed), so
// the browser starts from it: JSON parsing that never throws, and number series as whole-unit steps.

/** The object a page's JSON text holds; null for no text, bad JSON or anything but an object. */
export function readPageCopy(text: string | null | undefined): Record<string, unknown> | null {
	if (text === undefined || text === null || text === '') return null;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	return typeof data === 'object' && data !== null && !Array.isArray(data)
		? (data as Record<string, unknown>)
		: null;
}

/**
 * A series as successive differences of whole `unit`s, "9718012,-1530,…": values that move a
 * little at each step make short text. Rounds each value to the nearest unit.
 */
export function encodeDeltas(values: Iterable<number>, unit: number): string {
	let previous = 0;
	const parts: string[] = [];
	for (const value of values) {
		const whole = Math.round(value / unit);
		parts.push(String(whole - previous));
		previous = whole;
	}
	return parts.join(',');
}

/** The `length` values of encodeDeltas' text; null unless it is exactly that many whole steps. */
export function decodeDeltas(text: unknown, length: number, unit: number): number[] | null {
	if (typeof text !== 'string') return null;
	const parts = length === 0 ? [] : text.split(',');
	if (parts.length !== length) return null;
	const out: number[] = [];
	let whole = 0;
	for (const part of parts) {
		const delta = Number(part);
		if (part === '' || !Number.isSafeInteger(delta)) return null;
		whole += delta;
		out.push(whole * unit);
	}
	return out;
}
