// A widget's run computed off the main thread: the run on screen stays until the newest one arrives.
import { untrack } from 'svelte';
import type { Playback } from './playback.svelte';
import { WorkerJob, type KeyedRequest, type WorkerJobOptions } from './worker-job';

/** A result and the key of the request it answers. */
export interface Keyed<V> {
	readonly key: string;
	readonly view: V;
}

/** How a WorkerRun gets its runs. */
export interface WorkerRunOptions<Q, V> {
	/** Names the current request (read reactively): equal keys, equal results. */
	readonly key: () => string;
	/** The current request (read reactively), as sent to the worker. */
	readonly request: () => Q;
	/** Where the job runs: the worker's constructor, the main-thread recipe, settle time, transfers. */
	readonly job: Pick<WorkerJobOptions<Q, V>, 'create' | 'here' | 'settleMs' | 'transfer'>;
}

/**
 * The run on screen (`view`, of the request named `viewKey`) and the state of the newest one. In
 * the browser, `connect()` sends each new request to a worker; until its answer arrives the old
 * view stays (`fresh` is false, so the widget dims it and says it is simulating). Only the newest
 * request's answer is shown; a failure leaves the old view and says why in `error`.
 */
export class WorkerRun<Q, V> {
	readonly #options: WorkerRunOptions<Q, V>;
	/** The view on screen; null until a first one is given or arrives. */
	view: V | null = $state.raw(null);
	/** Key of the request the view answers. */
	viewKey = $state('');
	/** Why the newest request could not run ('' when it did or is running), and its key. */
	error = $state('');
	errorKey = $state('');
	/** The current request's key. */
	readonly key: string = $derived.by(() => this.#options.key());
	/** The view on screen answers the current request. */
	readonly fresh: boolean = $derived(this.viewKey === this.key);
	/** The current request failed: `error` says why, and the view (if any) is an older one. */
	readonly failed: boolean = $derived(this.error !== '' && this.errorKey === this.key);
	/** The current request is being computed: the view on screen is an older one. */
	readonly running: boolean = $derived(!this.fresh && !this.failed);

	constructor(options: WorkerRunOptions<Q, V>, first: Keyed<V> | null = null) {
		this.#options = options;
		if (first !== null) this.show(first.key, first.view);
	}

	/** Puts `view` on screen as the answer to the request named `key`. */
	show(key: string, view: V): void {
		this.view = view;
		this.viewKey = key;
		this.error = '';
		this.errorKey = '';
	}

	/** Records why the request named `key` failed; the view on screen stays. */
	fail(key: string, message: string): void {
		this.error = message;
		this.errorKey = key;
	}

	/**
	 * Computes the current request here and now, unless the view already answers it: the server's
	 * render, or the browser's first one when the page carried no copy of the server's view.
	 */
	computeNow(): void {
		const key = untrack(() => this.key);
		if (untrack(() => this.viewKey) === key) return;
		try {
			this.show(key, this.#options.job.here(untrack(() => this.#options.request())));
		} catch (error) {
			this.fail(key, error instanceof Error ? error.message : String(error));
		}
	}

	/**
	 * Keeps the view current in the browser: whenever the request changes, runs it off the main
	 * thread. Call once while the owning component initialises (it uses effects).
	 */
	connect(): void {
		const { create, here, settleMs, transfer } = this.#options.job;
		const job = new WorkerJob<KeyedRequest<Q>, V>({
			create,
			here: (q) => here(q.request),
			onresult: (view, q) => this.show(q.key, view),
			onerror: (message, q) => this.fail(q.key, message),
			...(settleMs === undefined ? {} : { settleMs }),
			...(transfer === undefined ? {} : { transfer: (q: KeyedRequest<Q>) => transfer(q.request) }),
		});
		$effect(() => {
			const key = this.key;
			const request = this.#options.request();
			if (untrack(() => this.viewKey) === key) {
				job.cancel();
				return;
			}
			job.request({ key, request });
		});
		$effect(() => () => job.destroy());
	}
}

/**
 * The playhead follows the runs: each new run (a new `length`) is shown whole, paused at its end,
 * and predict mode (`asking()` true) holds it at tick 0 until the prediction is in. Call while a
 * component initialises (it uses effects).
 */
export function followRuns(playback: Playback, length: () => number, asking: () => boolean): void {
	$effect(() => {
		if (!asking()) return;
		untrack(() => {
			playback.pause();
			playback.seek(0);
		});
	});
	$effect(() => {
		const frames = length();
		untrack(() => {
			playback.pause();
			playback.setLength(frames);
			playback.seek(asking() ? 0 : frames - 1);
		});
	});
}
