// Computes the tipping-point curves in the browser without freezing it: in a worker, else in slices.
import type { Scenario } from '../../sim/index';
import { TIPPING_LEVERAGES, TIPPING_SHOCKS, fallAfter, type TippingCurve } from './tipping';

/** What the page asks the worker. */
export interface TippingRequest {
	readonly base: Scenario;
}

/** What the worker answers: each curve as it is done, then 'done'. */
export type TippingReply =
	{ readonly type: 'curve'; readonly curve: TippingCurve } | { readonly type: 'done' };

/** A computation under way; cancel() stops it and no callback runs after. */
export interface TippingJob {
	cancel(): void;
}

/** Callbacks of a job: each finished curve, and the end (or a failure, with its message). */
export interface TippingHandlers {
	readonly oncurve: (curve: TippingCurve) => void;
	readonly ondone: () => void;
	readonly onerror: (message: string) => void;
}

/** Wait after the last change before starting, so dragging a slider does not start a job per step (ms). */
const SETTLE_MS = 300;

/** Runs the job in a module worker; null when workers are unavailable. `fallback` runs if it fails. */
function startWorker(
	base: Scenario,
	handlers: TippingHandlers,
	fallback: () => void,
): (() => void) | null {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./tipping.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
	worker.onmessage = (event: MessageEvent<TippingReply>) => {
		if (event.data.type === 'curve') handlers.oncurve(event.data.curve);
		else {
			worker.terminate();
			handlers.ondone();
		}
	};
	worker.onerror = (event) => {
		event.preventDefault();
		worker.terminate();
		fallback();
	};
	const request: TippingRequest = { base };
	worker.postMessage(request);
	return () => worker.terminate();
}

/** The same work on the main thread, one run per macrotask so input stays responsive. */
function startSliced(base: Scenario, handlers: TippingHandlers): () => void {
	let cancelled = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let level = 0;
	let falls: number[] = [];
	const next = (): void => {
		if (cancelled) return;
		const leverage = TIPPING_LEVERAGES[level];
		if (leverage === undefined) {
			handlers.ondone();
			return;
		}
		try {
			falls.push(fallAfter(base, leverage, TIPPING_SHOCKS[falls.length] ?? 0));
		} catch (error) {
			handlers.onerror(error instanceof Error ? error.message : String(error));
			return;
		}
		if (falls.length === TIPPING_SHOCKS.length) {
			handlers.oncurve({ leverage, falls });
			falls = [];
			level++;
		}
		timer = setTimeout(next, 0);
	};
	timer = setTimeout(next, 0);
	return () => {
		cancelled = true;
		clearTimeout(timer);
	};
}

/** Starts computing the curves for `base` after a short settle; browser only. */
export function computeTipping(base: Scenario, handlers: TippingHandlers): TippingJob {
	let stop: (() => void) | null = null;
	let cancelled = false;
	const guarded: TippingHandlers = {
		oncurve: (curve) => {
			if (!cancelled) handlers.oncurve(curve);
		},
		ondone: () => {
			if (!cancelled) handlers.ondone();
		},
		onerror: (message) => {
			if (!cancelled) handlers.onerror(message);
		},
	};
	const sliced = (): void => {
		if (!cancelled) stop = startSliced(base, guarded);
	};
	const timer = setTimeout(() => {
		stop = typeof Worker === 'function' ? startWorker(base, guarded, sliced) : null;
		if (stop === null) sliced();
	}, SETTLE_MS);
	return {
		cancel() {
			cancelled = true;
			clearTimeout(timer);
			stop?.();
		},
	};
}
