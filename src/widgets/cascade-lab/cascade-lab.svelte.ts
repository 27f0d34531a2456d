// CascadeLab's state: the scenario, its run, the liquidation levels and series the charts draw.
import { untrack } from 'svelte';
import { runCsv } from '../../lib/csv';
import { momentMarks, type TimelineMark } from '../../lib/moments';
import { Playback } from '../../lib/playback.svelte';
import type { PredictionOutcomes } from '../../lib/predict';
import { simulate, type Scenario, type SimulationRun } from '../../sim/index';
import { WorkerRun } from '../../lib/worker-run.svelte';
import { levelDomain, reached, type LiquidationLevels } from './heatmap';
import { digestLab, type LabDigest, type LabOutcome } from './lab-digest';
import { popsUntil, type RunSeries } from './run-series';
import { computeTipping } from './tipping-client';
import {
	TIPPING_LEVERAGES,
	tippingCurves,
	tippingKey,
	type TippingCurve,
	type TippingResult,
} from './tipping';

/** Which way the initial shock pushes the price. */
export type Direction = 'fall' | 'rise';

/** What the lab shows at one tick of the playback. */
export interface LabMoment {
	readonly tick: number;
	/** Last and mark price at this tick (USD). */
	readonly last: number;
	readonly mark: number;
	/** Lowest and highest mark so far, the start included (USD). */
	readonly lowestMark: number;
	readonly highestMark: number;
	/** Liquidated notional so far, by side (USD). */
	readonly longUsd: number;
	readonly shortUsd: number;
	/** How many liquidation dots have appeared by this tick. */
	readonly popCount: number;
}

/** Simulated seconds per second of playback at 1× (ticks/s): a 30-second shock plays in 3 s. */
export const TICKS_PER_SECOND = 10;

/** A playhead for a lab's runs, parked at the end so the first picture is the whole run. */
export function labPlayback(lab: CascadeLabState): Playback {
	const playback = new Playback({ length: lab.length, ticksPerSecond: TICKS_PER_SECOND });
	playback.seek(playback.lastTick);
	return playback;
}

/** Options of a lab. */
export interface CascadeLabOptions {
	/** The view needs the tipping-point curves (computed at once on the server). */
	readonly tipping?: boolean;
	/** The story's direction whatever the shock (a squeeze is a rise even with no push). */
	readonly direction?: Direction;
	/** Predict mode's outcomes of a run (the widget's predictions.ts); `error` says why there is none. */
	readonly outcomes?: (run: SimulationRun | null, error: string) => PredictionOutcomes;
}

/** The lab's worker, started where the bundler can see it. */
function labWorker(): Worker {
	return new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Wait after the last change before running (ms): drawing a new run takes the main thread longer
 * than a frame, so while keys repeat or a finger drags, only the slider moves and the old run dims.
 */
const SETTLE_MS = 120;

/** What every question of predict mode says while the new setting is simulated. */
const STILL_RUNNING = 'The new setting is still being simulated.';

/**
 * A lab over a scenario read through `scenarioOf` (reactive: it reads the widget's values). On
 * the server and in tests everything is derived: a new scenario gives a new run at once. In the
 * browser, `connect()` moves the runs to a worker: the run on screen then stays until the newest
 * scenario's arrives (`fresh` says whether it has). The tipping curves come from a worker too.
 */
export class CascadeLabState {
	readonly #scenarioOf: () => Scenario;
	readonly scenario: Scenario = $derived.by(() => this.#scenarioOf());
	/** Names the scenario: equal keys, equal runs. */
	readonly key: string = $derived(JSON.stringify(this.scenario));
	/** Runs from the worker once connected; until then (and on the server) runs are derived here. */
	readonly #runs = new WorkerRun<Scenario, LabOutcome>({
		key: () => this.key,
		request: () => this.scenario,
		job: { create: labWorker, here: digestLab, settleMs: SETTLE_MS },
	});
	#live = $state(false);
	/** On the server: the outcome the page hands to the browser, for the scenario keyed `key`. */
	#copy: { key: string; outcome: LabOutcome } | null = $state.raw(null);
	/** The outcome on screen: the current scenario's, or while that runs in a worker, the last one. */
	readonly outcome: LabOutcome | null = $derived(
		this.#live
			? this.#runs.view
			: this.#copy?.key === this.key
				? this.#copy.outcome
				: digestLab(this.scenario, true),
	);
	readonly #digest: LabDigest | null = $derived(
		this.outcome?.ok === true ? this.outcome.digest : null,
	);
	/** The run on screen, condensed (see LabDigest.run); null when it could not run. */
	readonly run: SimulationRun | null = $derived(this.#digest?.run ?? null);
	/** Why the run could not happen, for the reader; '' when it ran. */
	readonly error: string = $derived(this.outcome?.ok === false ? this.outcome.message : '');
	/**
	 * The run on screen as CSV text (frames, then events); '' when there is none. A run from the
	 * worker came without its frames and events, so the export runs its scenario again, here.
	 */
	csvText(): string {
		const digest = this.#digest;
		if (digest === null) return '';
		return runCsv(digest.whole ? digest.run : simulate(digest.run.scenario));
	}

	/** The run on screen belongs to the current scenario. */
	readonly fresh: boolean = $derived(!this.#live || this.#runs.fresh);
	/** What the status line says: simulating, or why the newest setting failed ('' otherwise). */
	readonly status: string = $derived(
		this.#runs.failed
			? `This setting could not be simulated (${this.#runs.error}); the chart shows the last one.`
			: this.fresh
				? ''
				: 'Simulating the new setting…',
	);
	readonly #direction: Direction | undefined;
	readonly direction: Direction = $derived.by(
		() => this.#direction ?? ((this.run?.scenario ?? this.scenario).shock > 0 ? 'rise' : 'fall'),
	);
	readonly series: RunSeries | null = $derived(this.#digest?.series ?? null);
	/**
	 * Price range every price chart shares (USD). The same array while the range is unchanged (most
	 * slider steps), so the axes and the levels chart that depend on it are left alone.
	 */
	readonly domain: readonly [number, number] = $derived.by(() => {
		const price = this.run?.scenario.price ?? this.scenario.price;
		const next = this.#digest?.domain ?? levelDomain(price, price, price);
		const previous = this.#lastDomain;
		if (previous?.[0] === next[0] && previous[1] === next[1]) return previous;
		this.#lastDomain = next;
		return next;
	});
	#lastDomain: readonly [number, number] | null = null;
	/** The positions binned over the domain. */
	readonly levels: LiquidationLevels | null = $derived(this.#digest?.levels ?? null);
	/** The run's key moments as timeline marks. */
	readonly marks: TimelineMark[] = $derived(
		this.run === null ? [] : momentMarks(this.run.summary.moments, this.direction),
	);
	/** Frames in the run (count); 0 when it could not run. */
	readonly length: number = $derived(this.series?.ticks ?? 0);
	readonly #outcomesOf: CascadeLabOptions['outcomes'];
	/** Predict mode's outcomes by question id, each in its question's unit (none without `outcomes`). */
	readonly predictionOutcomes: PredictionOutcomes = $derived.by(() => {
		const outcomesOf = this.#outcomesOf;
		if (outcomesOf === undefined) return {};
		if (this.fresh) return outcomesOf(this.run, this.error);
		const ids = Object.keys(outcomesOf(null, ''));
		return Object.fromEntries(ids.map((id) => [id, { missing: STILL_RUNNING }]));
	});

	/** The last complete set of tipping-point curves (perhaps for an earlier market). */
	tipping: TippingResult | null = $state.raw(null);
	/** Curves of the current market that have arrived while the rest are computed. */
	tippingFresh: TippingResult | null = $state.raw(null);
	/** Why the curves could not be computed; '' when all is well. */
	tippingError = $state('');
	/** Key of the market the tipping curves must match. */
	readonly tippingKey: string = $derived(tippingKey(this.scenario));
	/** The complete curves belong to the current market. */
	readonly tippingReady: boolean = $derived(this.tipping?.key === this.tippingKey);
	/** One curve per leverage level: the current market's where computed, else the last one's. */
	readonly tippingShown: { curve: TippingCurve; stale: boolean }[] = $derived.by(() => {
		const shown: { curve: TippingCurve; stale: boolean }[] = [];
		for (const leverage of TIPPING_LEVERAGES) {
			const fresh =
				this.tippingFresh?.key === this.tippingKey
					? this.#curveOf(this.tippingFresh, leverage)
					: undefined;
			const old = this.#curveOf(this.tipping, leverage);
			if (fresh) shown.push({ curve: fresh, stale: false });
			else if (old) shown.push({ curve: old, stale: !this.tippingReady });
		}
		return shown;
	});

	constructor(scenarioOf: () => Scenario, options: CascadeLabOptions = {}) {
		this.#scenarioOf = scenarioOf;
		this.#direction = options.direction;
		this.#outcomesOf = options.outcomes;
		// The static page carries the chart: the server computes the curves while rendering.
		if (options.tipping === true && typeof window === 'undefined') {
			this.tipping = tippingCurves(this.scenario);
		}
	}

	/**
	 * Moves the runs to a worker (call once while the owning component initialises, before anything
	 * reads the run). `first` is the current scenario's outcome as the page carries it (see
	 * run-handoff.ts): the browser starts from it, and the server draws it, so both show the same
	 * picture. Without one the browser runs the current scenario once, as the server did.
	 */
	connect(first: LabOutcome | null = null): void {
		const key = untrack(() => this.key);
		if (typeof window === 'undefined') {
			this.#copy = first === null ? null : { key, outcome: first };
			return;
		}
		this.#runs.show(
			key,
			first ??
				digestLab(
					untrack(() => this.scenario),
					true,
				),
		);
		this.#live = true;
		this.#runs.connect();
	}

	/**
	 * Keeps the tipping curves current in the browser: whenever the market changes, computes them
	 * afresh off the main thread. Call once while the owning component initialises.
	 */
	connectTipping(): void {
		$effect(() => {
			const key = this.tippingKey;
			const base = this.scenario;
			if (untrack(() => this.tipping?.key) === key) return;
			this.tippingError = '';
			let fresh: TippingCurve[] = [];
			const job = computeTipping(base, {
				oncurve: (curve) => {
					fresh = [...fresh.filter((c) => c.leverage !== curve.leverage), curve];
					this.tippingFresh = { key, curves: fresh };
				},
				ondone: () => {
					this.tipping = { key, curves: fresh };
					this.tippingFresh = null;
				},
				onerror: (message) => {
					this.tippingError = message;
				},
			});
			return () => job.cancel();
		});
	}

	#curveOf(result: TippingResult | null, leverage: number): TippingCurve | undefined {
		if (result === null) return undefined;
		return result.curves.find((c) => c.leverage === leverage);
	}

	/** The picture at `tick` (clamped to the run); null when there is no run. */
	at(tick: number): LabMoment | null {
		const s = this.series;
		if (s === null || s.ticks === 0) return null;
		const t = Math.min(s.ticks - 1, Math.max(0, Math.round(tick)));
		return {
			tick: t,
			last: s.last[t] ?? s.startPrice,
			mark: s.mark[t] ?? s.startPrice,
			lowestMark: s.lowestMark[t] ?? s.startPrice,
			highestMark: s.highestMark[t] ?? s.startPrice,
			longUsd: s.cumulativeLongUsd[t] ?? 0,
			shortUsd: s.cumulativeShortUsd[t] ?? 0,
			popCount: popsUntil(s.pops, t),
		};
	}

	/** Which bins the mark had reached by `tick`, per side, bin by bin. */
	reachedAt(tick: number): { long: boolean; short: boolean }[] {
		const now = this.at(tick);
		const bins = this.levels?.bins ?? [];
		if (now === null) return bins.map(() => ({ long: false, short: false }));
		return bins.map((b) => reached(b, now.lowestMark, now.highestMark));
	}
}
