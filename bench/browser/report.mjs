// The browser benchmark's figures: percentiles of the samples, a markdown table, and its place in a doc.
import { readFileSync, writeFileSync } from 'node:fs';

/** Marks the generated table in doc/performance.md; everything between them is replaced. */
export const TABLE_START = '<!-- bench:browser table start -->';
export const TABLE_END = '<!-- bench:browser table end -->';

/**
 * The value below which a fraction `q` of the samples lie (nearest rank), NaN for none.
 * @param {readonly number[]} samples
 * @param {number} q
 */
export function percentile(samples, q) {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
	return sorted[rank - 1] ?? Number.NaN;
}

/**
 * Measurements of one slider at one CPU slowdown (ms per key press); `cpu` holds one mean per
 * traced series of presses (with --profile): the renderer main thread's CPU time per press,
 * tracing's own overhead included.
 * @typedef {{ latency: number[], work: number[], cpu: number[] }} SliderSamples
 */

/**
 * One slider's measurements at each CPU slowdown (by rate), under its row label.
 * @typedef {{ label: string, byRate: Map<number, SliderSamples> }} SliderResult
 */

/** @param {number} ms */
const ms = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');

/**
 * A markdown table of one CPU slowdown: one row per widget slider, with the median and 95th
 * percentile of the time until a step's frame is rendered and of the work it costs, and the main
 * thread's mean CPU time per step.
 * @param {readonly SliderResult[]} results
 * @param {number} rate
 */
export function markdownTable(results, rate) {
	const rows = [
		[
			'widget · slider',
			'to frame median',
			'to frame p95',
			'work median',
			'work p95',
			'CPU mean (traced)',
		],
	];
	for (const result of results) {
		const s = result.byRate.get(rate);
		if (s === undefined) continue;
		rows.push([
			result.label,
			ms(percentile(s.latency, 0.5)),
			ms(percentile(s.latency, 0.95)),
			ms(percentile(s.work, 0.5)),
			ms(percentile(s.work, 0.95)),
			ms(s.cpu.length === 0 ? Number.NaN : s.cpu.reduce((a, b) => a + b, 0) / s.cpu.length),
		]);
	}
	// The CPU column only when some series was traced (--profile).
	const traced = results.some((r) => (r.byRate.get(rate)?.cpu.length ?? 0) > 0);
	if (!traced) for (const row of rows) row.pop();
	const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
	const pad = (/** @type {string} */ cell, /** @type {number} */ c) =>
		c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0);
	const line = (/** @type {string[]} */ cells) => `| ${cells.map(pad).join(' | ')} |`;
	const rule = `| ${widths.map((w, c) => (c === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
	const [head = [], ...body] = rows;
	return [line(head), rule, ...body.map(line)].join('\n');
}

/**
 * Replaces what lies between the table markers in `file` with `text`.
 * @param {string} file
 * @param {string} text
 */
export function writeBetweenMarkers(file, text) {
	const doc = readFileSync(file, 'utf8');
	const start = doc.indexOf(TABLE_START);
	const end = doc.indexOf(TABLE_END);
	if (start === -1 || end < start) {
		throw new Error(`${file} has no "${TABLE_START}" … "${TABLE_END}" pair to write between.`);
	}
	writeFileSync(file, `${doc.slice(0, start + TABLE_START.length)}\n${text}\n${doc.slice(end)}`);
}
