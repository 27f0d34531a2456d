// Where a slider step's main-thread time goes (script, style, layout, paint, GC), from a Chrome trace.

/** Trace categories enough to see the renderer's main-thread work. */
export const TRACE_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'blink.user_timing',
];

/** @type {[string, RegExp][]} Which kind of work a trace event's self time counts as. */
const KINDS = [
	['gc', /GC|Scavenge|Sweep|Mark/i],
	['style', /UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleInvalidator/],
	['layout', /^Layout$|UpdateLayoutTree.*Layout|IntersectionObserver|ResizeObserver/],
	['paint', /Paint|Layerize|Commit|UpdateLayer|CompositeLayers|Raster|Decode|ScrollLayer/],
	[
		'script',
		/FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.|EvaluateScript|V8\.|Compile|RunTask/,
	],
];

/**
 * A trace event as Chrome writes it (the fields used here).
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number,
 *   tdur?: number, args?: { name?: string } }} TraceEvent
 */

/**
 * The events of a trace as Playwright's `browser.stopTracing()` returns it (JSON text): either a
 * bare array or an object holding them under `traceEvents`.
 * @param {string} json
 * @returns {TraceEvent[]}
 */
export function traceEventsOf(json) {
	/** @type {unknown} */
	const trace = JSON.parse(json);
	const events =
		typeof trace === 'object' && trace !== null && 'traceEvents' in trace
			? trace.traceEvents
			: trace;
	if (!Array.isArray(events)) throw new Error('The trace holds no list of events.');
	return events.filter(isTraceEvent);
}

/**
 * Whether a value has the fields of a trace event this module reads.
 * @param {unknown} value
 * @returns {value is TraceEvent}
 */
function isTraceEvent(value) {
	return (
		typeof value === 'object' &&
		value !== null &&
		'name' in value &&
		'ph' in value &&
		'pid' in value &&
		'tid' in value &&
		'ts' in value
	);
}

/**
 * Self time per kind of work on the renderer main threads, in thread (CPU) time where the trace has
 * it, so other processes competing for the cores inflate it less than wall time (ms).
 * @param {readonly TraceEvent[]} events
 * @returns {Record<string, number>}
 */
export function mainThreadBreakdown(events) {
	const main = new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${String(e.pid)}:${String(e.tid)}`),
	);
	/** @type {Record<string, number>} */
	const totals = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
	/** @type {Map<string, TraceEvent[]>} */
	const byThread = new Map();
	for (const e of events) {
		const thread = `${String(e.pid)}:${String(e.tid)}`;
		if (e.ph !== 'X' || !main.has(thread) || e.dur === undefined) continue;
		byThread.set(thread, [...(byThread.get(thread) ?? []), e]);
	}
	for (const list of byThread.values()) {
		list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
		/** @type {{ end: number, kind: string, self: number }[]} */
		const stack = [];
		const close = (/** @type {number} */ until) => {
			while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
				const done = stack.pop();
				if (done !== undefined) totals[done.kind] = (totals[done.kind] ?? 0) + done.self / 1000;
			}
		};
		for (const e of list) {
			close(e.ts);
			const own = e.tdur ?? e.dur ?? 0;
			const parent = stack.at(-1);
			if (parent !== undefined) parent.self -= own;
			const kind =
				KINDS.find(([, pattern]) => pattern.test(e.name))?.[0] ?? parent?.kind ?? 'other';
			stack.push({ end: e.ts + (e.dur ?? 0), kind, self: own });
		}
		close(Number.POSITIVE_INFINITY);
	}
	return totals;
}
