// Runs a replay in the browser without freezing it: in a worker, else on the main thread later.
import type { ReplayValues } from './params';
import { replayOf, type Replay } from './replay';

/** What the page asks the worker. */
export interface ReplayRequest {
	readonly values: ReplayValues;
}

/**
 * What the worker answers. The full run travels as JSON text: one string crosses to the page far
 * faster than thousands of event objects, and it is parsed only if the reader exports the CSV.
 */
export type ReplayReply =
	| { readonly type: 'done'; readonly replay: Replay; readonly runJson: string }
	| { readonly type: 'error'; readonly message: string };

/** Callbacks of a job: the finished replay with its run as JSON, or a failure with its message. */
export interface ReplayHandlers {
	readonly ondone: (replay: Replay, runJson: string) => void;
	readonly onerror: (message: string) => void;
}

/** A computation under way; cancel() stops it and no callback runs after. */
export interface ReplayJob {
	cancel(): void;
}

/** Wait after the last change before starting, so a slider drag starts one run, not one per step (ms). */
const SETTLE_MS = 250;

/** Runs the replay in a module worker; null when workers are unavailable. `fallback` runs if it fails. */
function startWorker(
	values: ReplayValues,
	handlers: ReplayHandlers,
	fallback: () => void,
): (() => void) | null {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./replay.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
	worker.onmessage = (event: MessageEvent<ReplayReply>) => {
		worker.terminate();
		const reply = event.data;
		if (reply.type === 'done') handlers.ondone(reply.replay, reply.runJson);
		else handlers.onerror(reply.message);
	};
	worker.onerror = (event) => {
		event.preventDefault();
		worker.terminate();
		fallback();
	};
	const request: ReplayRequest = { values: { ...values } };
	worker.postMessage(request);
	return () => worker.terminate();
}

/** The same work on the main thread, in a later task (only where workers fail). */
function startHere(values: ReplayValues, handlers: ReplayHandlers): () => void {
	const timer = setTimeout(() => {
		try {
			const outcome = replayOf(values);
			if (outcome.ok) handlers.ondone(outcome.replay, JSON.stringify(outcome.run));
			else handlers.onerror(outcome.message);
		} catch (error) {
			handlers.onerror(error instanceof Error ? error.message : String(error));
		}
	}, 0);
	return () => clearTimeout(timer);
}

/** Starts replaying `values` after a short settle; browser only. */
export function computeReplay(values: ReplayValues, handlers: ReplayHandlers): ReplayJob {
	let stop: (() => void) | null = null;
	let cancelled = false;
	const guarded: ReplayHandlers = {
		ondone: (replay, runJson) => {
			if (!cancelled) handlers.ondone(replay, runJson);
		},
		onerror: (message) => {
			if (!cancelled) handlers.onerror(message);
		},
	};
	const here = (): void => {
		if (!cancelled) stop = startHere(values, guarded);
	};
	const timer = setTimeout(() => {
		stop = typeof Worker === 'function' ? startWorker(values, guarded, here) : null;
		if (stop === null) here();
	}, SETTLE_MS);
	return {
		cancel() {
			cancelled = true;
			clearTimeout(timer);
			stop?.();
		},
	};
}
