// Runs the panels the lab lacks one at a time, in a worker (else on the main thread between frames).
import type { Scenario } from '../../sim/index';
import { runPanel, type PanelOutcome } from './panel-run';

/** A run the lab wants: the scenario and its key. */
export interface RunRequest {
	readonly key: string;
	readonly scenario: Scenario;
}

/** What comes back: the key asked for and the run, or why it could not run. */
export interface RunReply {
	readonly key: string;
	readonly outcome: PanelOutcome;
}

/** runPanel, with any failure turned into a message for the reader. */
function runSafely(scenario: Scenario): PanelOutcome {
	try {
		return runPanel(scenario);
	} catch (error) {
		return { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
}

/**
 * Keeps a list of wanted runs and works through it one run at a time. Each call of `want` replaces
 * the list, so while a slider is dragged the runs of positions already left behind are never
 * started: only the run in progress finishes. Results go to `onresult` as they arrive.
 */
export class PanelRunner {
	readonly #onresult: (key: string, outcome: PanelOutcome) => void;
	#wanted: RunRequest[] = [];
	#busy: RunRequest | null = null;
	/** The worker; null when workers are unavailable or failed, undefined until first needed. */
	#worker: Worker | null | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#disposed = false;

	constructor(onresult: (key: string, outcome: PanelOutcome) => void) {
		this.#onresult = onresult;
	}

	/** The runs wanted now, most needed first; starts the first unless a run is under way. */
	want(runs: readonly RunRequest[]): void {
		this.#wanted = runs.filter((r) => r.key !== this.#busy?.key);
		this.#next();
	}

	/** Stops for good: the worker ends and no result is delivered after this. */
	dispose(): void {
		this.#disposed = true;
		clearTimeout(this.#timer);
		this.#worker?.terminate();
		this.#worker = null;
	}

	#next(): void {
		if (this.#disposed || this.#busy !== null) return;
		const job = this.#wanted.shift();
		if (job === undefined) return;
		this.#busy = job;
		const worker = this.#workerOrNull();
		if (worker !== null) worker.postMessage(job);
		else this.#timer = setTimeout(() => this.#finish(job.key, runSafely(job.scenario)), 0);
	}

	#finish(key: string, outcome: PanelOutcome): void {
		if (this.#disposed || this.#busy?.key !== key) return;
		this.#busy = null;
		this.#onresult(key, outcome);
		this.#next();
	}

	#workerOrNull(): Worker | null {
		if (this.#worker !== undefined) return this.#worker;
		this.#worker = null;
		if (typeof Worker !== 'function') return null;
		try {
			const worker = new Worker(new URL('./policy.worker.ts', import.meta.url), {
				type: 'module',
			});
			worker.onmessage = (event: MessageEvent<RunReply>) => {
				this.#finish(event.data.key, event.data.outcome);
			};
			// A worker that cannot load or crashes hands its job back to the main thread.
			worker.onerror = (event) => {
				event.preventDefault();
				worker.terminate();
				this.#worker = null;
				const job = this.#busy;
				this.#busy = null;
				if (job !== null) this.#wanted.unshift(job);
				this.#next();
			};
			this.#worker = worker;
		} catch {
			this.#worker = null;
		}
		return this.#worker;
	}
}
