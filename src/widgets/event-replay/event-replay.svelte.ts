// EventReplay's state: the settings, the replay on screen, its running totals and its comparison.
import { untrack } from 'svelte';
import { momentMarks, type TimelineMark } from '../../lib/moments';
import { Playback } from '../../lib/playback.svelte';
import type { PredictionOutcomes } from '../../lib/predict';
import { WorkerJob } from '../../lib/worker-job';
import type { SimulationRun } from '../../sim/index';
import { compareReplay, type ComparisonRow } from './compare';
import { replayKey, type ReplayValues } from './params';
import { eventReplayOutcomes } from './predictions';
import { replayHere, replayWorker, SETTLE_MS, type ReplayResult } from './replay-client';
import { replayOf, type Replay } from './replay';

/** Simulated seconds per second of playback at 1× (ticks/s): October's 40 minutes play in 40 s. */
export const TICKS_PER_SECOND = 60;

/** Running figures up to each tick, as arrays indexed by tick. */
export interface RunningTotals {
	/** Lowest BTC last price so far, the start included (USD). */
	readonly lowest: Float64Array;
	/** Notional liquidated so far in every market, by side, and auto-deleveraged so far (USD). */
	readonly longUsd: Float64Array;
	readonly shortUsd: Float64Array;
	readonly adlUsd: Float64Array;
}

/** What the replay shows at one tick of the playback. */
export interface ReplayMoment {
	readonly tick: number;
	/** BTC's last price and its lowest so far (USD). */
	readonly last: number;
	readonly lowest: number;
	/** Liquidated by side and auto-deleveraged, so far (USD). */
	readonly longUsd: number;
	readonly shortUsd: number;
	readonly adlUsd: number;
}

/** Sums a replay's per-tick series into running totals. */
export function runningTotals(replay: Replay): RunningTotals {
	const n = replay.ticks;
	const lowest = new Float64Array(n);
	const longUsd = new Float64Array(n);
	const shortUsd = new Float64Array(n);
	const adlUsd = new Float64Array(n);
	let low = replay.figures.startPrice;
	let long = 0;
	let short = 0;
	let adl = 0;
	for (let t = 0; t < n; t++) {
		low = Math.min(low, replay.last[t] ?? low);
		long += replay.longUsd[t] ?? 0;
		short += replay.shortUsd[t] ?? 0;
		adl += replay.adlUsd[t] ?? 0;
		lowest[t] = low;
		longUsd[t] = long;
		shortUsd[t] = short;
		adlUsd[t] = adl;
	}
	return { lowest, longUsd, shortUsd, adlUsd };
}

/** The timeline's marks: the run's key moments and the end of the outside move. */
export function replayMarks(replay: Replay): TimelineMark[] {
	const marks = momentMarks(replay.moments, 'fall');
	const end = replay.shockTicks;
	if (end < replay.ticks - 1 && !marks.some((m) => m.tick === end)) {
		marks.push({ tick: end, label: 'Outside move ends' });
	}
	return marks.sort((a, b) => a.tick - b.tick);
}

/** A playhead over a replay, parked at the end so the first picture is the whole run. */
export function replayPlayback(state: EventReplayState): Playback {
	const playback = new Playback({ length: state.length, ticksPerSecond: TICKS_PER_SECOND });
	playback.seek(playback.lastTick);
	return playback;
}

/**
 * A replay of the settings `valuesOf` returns (read reactively). Runs are computed on the server
 * while rendering and in a worker in the browser, so the replay on screen is plain state: it keeps
 * showing the last settings' run until the current one arrives (`fresh` says which).
 */
export class EventReplayState {
	readonly #valuesOf: () => ReplayValues;
	/** The current settings, copied so they can be sent to a worker. */
	readonly values: ReplayValues = $derived.by(() => ({ ...this.#valuesOf() }));
	readonly key: string = $derived(replayKey(this.values));
	/** The replay on screen; null only if no run could be made at all. */
	replay: Replay | null = $state.raw(null);
	/** The full run behind a replay as JSON, for the CSV export, with its settings' key. */
	full: { readonly key: string; readonly runJson: string } | null = $state.raw(null);
	/** Why the current settings could not be replayed; '' when all is well. */
	error = $state('');
	/** The replay on screen is of the current settings. */
	readonly fresh: boolean = $derived(this.replay?.key === this.key);
	/** The browser holds the full run of the replay on screen (the server never does). */
	readonly hasRun: boolean = $derived(this.full !== null && this.full.key === this.replay?.key);
	readonly totals: RunningTotals | null = $derived(
		this.replay === null ? null : runningTotals(this.replay),
	);
	readonly rows: ComparisonRow[] = $derived(this.replay === null ? [] : compareReplay(this.replay));
	readonly marks: TimelineMark[] = $derived(this.replay === null ? [] : replayMarks(this.replay));
	/** Frames in the replay on screen (count). */
	readonly length: number = $derived(this.replay?.ticks ?? 0);
	/** Predict mode's outcomes by question id (predictions.ts), each in its question's unit. */
	readonly predictionOutcomes: PredictionOutcomes = $derived(
		eventReplayOutcomes(this.replay, this.fresh, this.error),
	);

	constructor(valuesOf: () => ReplayValues) {
		this.#valuesOf = valuesOf;
		// The static page carries the chart: the server runs the model while rendering.
		if (typeof window === 'undefined') this.ensure();
	}

	/**
	 * Runs the current settings here and now if nothing is on screen yet (server, or no handoff).
	 * The full run is left to `connect`, so the static page and the first render agree.
	 */
	ensure(): void {
		if (this.replay !== null) return;
		const outcome = replayOf(this.values);
		if (outcome.ok) this.replay = outcome.replay;
		else this.error = outcome.message;
	}

	/** The full run of the replay on screen, parsed on demand; null until the browser has it. */
	fullRun(): SimulationRun | null {
		if (!this.hasRun || this.full === null) return null;
		return JSON.parse(this.full.runJson) as SimulationRun; // the worker's own JSON of a run
	}

	/**
	 * Keeps the replay current in the browser: whenever the settings change, and once after
	 * hydration for the CSV's full run, runs them in a worker. Call once while the component starts.
	 */
	connect(): void {
		const job = new WorkerJob<ReplayValues, ReplayResult>({
			create: replayWorker,
			here: replayHere,
			settleMs: SETTLE_MS,
			onresult: ({ replay, runJson }) => {
				if (this.replay?.key !== replay.key) this.replay = replay;
				this.full = { key: replay.key, runJson };
			},
			onerror: (message) => {
				this.error = message;
			},
		});
		$effect(() => {
			const key = this.key;
			const values = this.values;
			if (untrack(() => this.full?.key) === key) {
				job.cancel();
				return;
			}
			this.error = '';
			job.request(values);
		});
		$effect(() => () => job.destroy());
	}

	/** The picture at `tick` (clamped to the replay); null when there is none. */
	at(tick: number): ReplayMoment | null {
		const r = this.replay;
		const totals = this.totals;
		if (r === null || totals === null || r.ticks === 0) return null;
		const t = Math.min(r.ticks - 1, Math.max(0, Math.round(Number.isFinite(tick) ? tick : 0)));
		const start = r.figures.startPrice;
		return {
			tick: t,
			last: r.last[t] ?? start,
			lowest: totals.lowest[t] ?? start,
			longUsd: totals.longUsd[t] ?? 0,
			shortUsd: totals.shortUsd[t] ?? 0,
			adlUsd: totals.adlUsd[t] ?? 0,
		};
	}
}
