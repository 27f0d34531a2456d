// Runs a widget's jobs off the main thread, newest request only: in a module worker, else in a later task.

/** What the page sends a worker: a request and the number that names it. */
export interface JobMessage<Q> {
	readonly id: number;
	readonly request: Q;
}

/** What a worker answers: the request's number and its result, or why it failed. */
export type JobAnswer<R> =
	| { readonly id: number; readonly ok: true; readonly result: R }
	| { readonly id: number; readonly ok: false; readonly message: string };

/** A request with the key that names it, as WorkerRun sends it (see `serveRuns`). */
export interface KeyedRequest<Q> {
	readonly key: string;
	readonly request: Q;
}

/** How a job is run: where, how long to wait, and what to tell the page. */
export interface WorkerJobOptions<Q, R> {
	/**
	 * Starts the worker: a `new Worker(new URL('./x.worker.ts', import.meta.url), { type:
	 * 'module' })` written in the widget's own module, so the bundler finds the file. Null (or
	 * throwing) when workers are unavailable.
	 */
	readonly create: () => Worker | null;
	/** The same work on the main thread, for when there is no worker. May throw. */
	readonly here: (request: Q) => R;
	/** The newest request's result. */
	readonly onresult: (result: R, request: Q) => void;
	/** Why the newest request failed. */
	readonly onerror: (message: string, request: Q) => void;
	/** Wait after the last request before running it, so a drag starts one job, not one per step (ms). */
	readonly settleMs?: number;
	/** Buffers to transfer with a request instead of copying them. */
	readonly transfer?: (request: Q) => Transferable[];
}

/** The text of anything thrown. */
export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * One job at a time, answered for the newest request only. A request made while another runs
 * waits, replaced by any newer one, and the running job's answer is dropped: a slider dragged past
 * many values costs at most two runs. The worker is started once and kept, so it can remember
 * what earlier jobs built. A worker that cannot start or crashes hands its job, and every later
 * one, to the main thread.
 */
export class WorkerJob<Q, R> {
	readonly #options: WorkerJobOptions<Q, R>;
	/** The worker: undefined until first needed, null when there is none. */
	#worker: Worker | null | undefined;
	#busy: JobMessage<Q> | null = null;
	#wanted: JobMessage<Q> | null = null;
	#latest = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** A job handed to the main thread, waiting for its task. */
	#hereTimer: ReturnType<typeof setTimeout> | undefined;
	#destroyed = false;

	constructor(options: WorkerJobOptions<Q, R>) {
		this.#options = options;
	}

	/** A job is asked for or under way whose answer has not arrived. */
	get pending(): boolean {
		return this.#wanted !== null || this.#busy?.id === this.#latest;
	}

	/** Asks for `request` to run; whatever was asked before and not yet answered is dropped. */
	request(request: Q): void {
		if (this.#destroyed) return;
		this.#wanted = { id: ++this.#latest, request };
		clearTimeout(this.#timer);
		const settle = this.#options.settleMs ?? 0;
		if (settle > 0) this.#timer = setTimeout(() => this.#next(), settle);
		else this.#next();
	}

	/** Drops every request not yet answered; the running job finishes unheard. */
	cancel(): void {
		this.#latest++;
		this.#wanted = null;
		clearTimeout(this.#timer);
	}

	/** Stops for good: the worker ends and nothing is delivered after this. */
	destroy(): void {
		this.cancel();
		this.#destroyed = true;
		clearTimeout(this.#hereTimer);
		this.#worker?.terminate();
		this.#worker = null;
	}

	#next(): void {
		if (this.#destroyed || this.#busy !== null || this.#wanted === null) return;
		const job = this.#wanted;
		this.#wanted = null;
		this.#busy = job;
		const worker = this.#workerOrNull();
		if (worker === null) {
			this.#hereTimer = setTimeout(() => this.#runHere(job), 0);
			return;
		}
		worker.postMessage(job, this.#options.transfer?.(job.request) ?? []);
	}

	#runHere(job: JobMessage<Q>): void {
		let answer: JobAnswer<R>;
		try {
			answer = { id: job.id, ok: true, result: this.#options.here(job.request) };
		} catch (error) {
			answer = { id: job.id, ok: false, message: messageOf(error) };
		}
		this.#finish(answer);
	}

	#finish(answer: JobAnswer<R>): void {
		const job = this.#busy;
		if (this.#destroyed || job?.id !== answer.id) return;
		this.#busy = null;
		if (answer.id === this.#latest) {
			if (answer.ok) this.#options.onresult(answer.result, job.request);
			else this.#options.onerror(answer.message, job.request);
		}
		this.#next();
	}

	#workerOrNull(): Worker | null {
		if (this.#worker !== undefined) return this.#worker;
		this.#worker = null;
		if (typeof Worker !== 'function') return null;
		let worker: Worker | null;
		try {
			worker = this.#options.create();
		} catch {
			worker = null;
		}
		if (worker === null) return null;
		worker.onmessage = (event: MessageEvent<JobAnswer<R>>) => this.#finish(event.data);
		worker.onerror = (event) => {
			// A worker that cannot load or crashes gives its job back to the main thread, for good.
			event.preventDefault();
			worker.terminate();
			this.#worker = null;
			const job = this.#busy;
			if (job !== null) this.#hereTimer = setTimeout(() => this.#runHere(job), 0);
		};
		this.#worker = worker;
		return worker;
	}
}

/**
 * The worker's side: answers each job message with `run`'s result (or its failure's message),
 * transferring the buffers `transfer` names. Call once at the top of a worker module.
 */
export function serveJobs<Q, R>(
	run: (request: Q) => R,
	transfer: (result: R) => Transferable[] = () => [],
): void {
	const scope = self as unknown as {
		onmessage: ((event: MessageEvent<JobMessage<Q>>) => void) | null;
		postMessage: (answer: JobAnswer<R>, transfer: Transferable[]) => void;
	};
	scope.onmessage = (event) => {
		const { id, request } = event.data;
		let answer: JobAnswer<R>;
		try {
			answer = { id, ok: true, result: run(request) };
		} catch (error) {
			scope.postMessage({ id, ok: false, message: messageOf(error) }, []);
			return;
		}
		scope.postMessage(answer, transfer(answer.result));
	};
}

/** serveJobs for a WorkerRun's worker: `run` gets each request without the key it travels with. */
export function serveRuns<Q, R>(
	run: (request: Q) => R,
	transfer?: (result: R) => Transferable[],
): void {
	serveJobs<KeyedRequest<Q>, R>((q) => run(q.request), transfer);
}
