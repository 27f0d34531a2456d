// Runs contagion scenarios in the browser without freezing it: in one worker, else on the main thread.
import type { Scenario } from '../../sim/index';
import { answer, type RunReply, type RunRequest } from './run-request';

/** Wait after the last request before running, so a slider drag does not queue a run per step (ms). */
const SETTLE_MS = 120;

/**
 * Answers the latest request only. One run takes a few hundred milliseconds (every cross account
 * holds two markets and is checked each second), so runs go to a worker that is started once and
 * kept: its simulator remembers the last population, which slider moves that keep the population
 * reuse. While a run is under way, newer requests wait and only the newest is run next.
 */
export class ContagionRunner {
	readonly #onreply: (reply: RunReply) => void;
	#worker: Worker | null = null;
	#workerFailed = false;
	#busy: RunRequest | null = null;
	#wanted: RunRequest | null = null;
	#latestKey = '';
	#timer: ReturnType<typeof setTimeout> | undefined;
	#destroyed = false;

	constructor(onreply: (reply: RunReply) => void) {
		this.#onreply = onreply;
	}

	/** Asks for a run of `scenario`, known by `key`; any earlier request not yet answered is dropped. */
	request(key: string, scenario: Scenario): void {
		if (this.#destroyed) return;
		this.#latestKey = key;
		this.#wanted = { key, scenario };
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#next(), SETTLE_MS);
	}

	/** Stops the worker for good; call when the widget goes away. */
	destroy(): void {
		this.#destroyed = true;
		clearTimeout(this.#timer);
		this.#worker?.terminate();
		this.#worker = null;
	}

	#next(): void {
		if (this.#destroyed || this.#busy !== null || this.#wanted === null) return;
		const job = this.#wanted;
		this.#wanted = null;
		this.#busy = job;
		const worker = this.#startWorker();
		if (worker === null) this.#timer = setTimeout(() => this.#runHere(job), 0);
		else worker.postMessage(job);
	}

	#startWorker(): Worker | null {
		if (this.#worker !== null || this.#workerFailed || typeof Worker !== 'function') {
			return this.#worker;
		}
		try {
			this.#worker = new Worker(new URL('./contagion.worker.ts', import.meta.url), {
				type: 'module',
			});
		} catch {
			this.#workerFailed = true;
			return null;
		}
		this.#worker.onmessage = (event: MessageEvent<RunReply>) => this.#finish(event.data);
		this.#worker.onerror = (event) => {
			// A worker that cannot load or crashes is replaced by the main thread from now on.
			event.preventDefault();
			this.#worker?.terminate();
			this.#worker = null;
			this.#workerFailed = true;
			const job = this.#busy;
			if (job !== null) this.#runHere(job);
		};
		return this.#worker;
	}

	#runHere(job: RunRequest): void {
		if (this.#destroyed) return;
		this.#finish(answer(job));
	}

	#finish(reply: RunReply): void {
		this.#busy = null;
		if (this.#destroyed) return;
		if (reply.key === this.#latestKey) this.#onreply(reply);
		this.#next();
	}
}
