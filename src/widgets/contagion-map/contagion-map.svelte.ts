// ContagionMap's state: the scenario from the controls, its run (from a worker), and the picture per tick.
import { untrack } from 'svelte';
import { momentMarks, type TimelineMark } from '../../lib/moments';
import { Playback } from '../../lib/playback.svelte';
import type { PredictionOutcomes } from '../../lib/predict';
import { WorkerJob } from '../../lib/worker-job';
import type { Scenario } from '../../sim/index';
import { runContagion, type ContagionView } from './contagion-run';
import { momentOf, type ContagionMoment, type Direction } from './moment';
import { contagionMapOutcomes } from './predictions';
import { answer, type RunReply, type RunRequest } from './run-request';
import { quantizeView } from './view-codec';

/** Simulated seconds per second of playback at 1× (ticks/s): the 30-second shock plays in 3 s. */
export const TICKS_PER_SECOND = 10;

/**
 * Wait after the last request before running, so a slider drag does not queue a run per step (ms).
 * One run takes a few hundred milliseconds (every cross account holds two markets and is checked
 * each second), so runs go to one worker kept for the page: its simulator remembers the last
 * population, which slider moves that keep the population reuse.
 */
const SETTLE_MS = 120;

/** Starts the map's worker, written here so the bundler finds its file. */
function contagionWorker(): Worker {
	return new Worker(new URL('./contagion.worker.ts', import.meta.url), { type: 'module' });
}

/** A view computed here and now, quantized as every view shown is (server render, or a fallback). */
function computeNow(scenario: Scenario): { view: ContagionView | null; error: string } {
	const result = runContagion(scenario);
	if (!result.ok) return { view: null, error: result.message };
	return { view: quantizeView(result.view), error: '' };
}

/**
 * The map over a scenario read through `scenarioOf` (reactive: it reads the widget's values).
 * The run of the current scenario arrives asynchronously from a worker, so the view shown may be
 * an earlier scenario's for a moment (`fresh` says which). The server computes the first run while
 * rendering; the browser starts from the same view, read back from the page.
 */
export class ContagionMapState {
	readonly #scenarioOf: () => Scenario;
	readonly scenario: Scenario = $derived.by(() => this.#scenarioOf());
	/** Names the scenario: equal keys, equal runs. */
	readonly key: string = $derived(JSON.stringify(this.scenario));

	/** The view on screen, perhaps of an earlier scenario while the current one runs. */
	view: ContagionView | null = $state.raw(null);
	/** Key of the scenario the view belongs to. */
	viewKey = $state('');
	/** The run of `csvKey`'s scenario as CSV text (frames and events); '' until it arrives. */
	csv = $state.raw('');
	csvKey = $state('');
	/** Why the current scenario could not run; '' when all is well. */
	error = $state('');

	/** The view on screen belongs to the current scenario. */
	readonly fresh: boolean = $derived(this.viewKey === this.key);
	/** The current scenario's run is here as CSV, ready to export. */
	readonly csvReady: boolean = $derived(this.csv !== '' && this.csvKey === this.key);
	readonly direction: Direction = $derived(
		(this.view?.shock ?? this.scenario.shock) > 0 ? 'rise' : 'fall',
	);
	/** Frames in the run shown (count); 0 when there is none. */
	readonly length: number = $derived(this.view?.ticks ?? 0);
	/** The run's key moments as timeline marks. */
	readonly marks: TimelineMark[] = $derived(
		this.view === null ? [] : momentMarks(this.view.moments, this.direction),
	);
	/** Predict mode's outcomes by question id (predictions.ts), each in its question's unit. */
	readonly predictionOutcomes: PredictionOutcomes = $derived(
		contagionMapOutcomes(this.view, this.fresh, this.error),
	);

	/**
	 * `handoff` is the page's copy of the first view (browser only); without one the first view is
	 * computed here, as on the server. The CSV always comes later, from `connect()`: the server
	 * never has one, so the hydrated page starts exactly as the static one (no CSV button yet).
	 */
	constructor(scenarioOf: () => Scenario, handoff: ContagionView | null = null) {
		this.#scenarioOf = scenarioOf;
		this.viewKey = untrack(() => this.key);
		if (handoff !== null) {
			this.view = handoff;
			return;
		}
		const first = computeNow(untrack(() => this.scenario));
		this.view = first.view;
		this.error = first.error;
	}

	/**
	 * Keeps the run current in the browser: whenever the scenario changes, or its CSV is missing,
	 * runs it off the main thread. Call once while the owning component initialises.
	 */
	connect(): void {
		const runner = new WorkerJob<RunRequest, RunReply>({
			create: contagionWorker,
			here: answer,
			settleMs: SETTLE_MS,
			onresult: (reply) => {
				if (reply.ok) {
					this.view = reply.view;
					this.csv = reply.csv;
					this.viewKey = this.csvKey = reply.key;
					this.error = '';
				} else {
					this.view = null;
					this.viewKey = reply.key;
					this.error = reply.message;
				}
			},
			// Anything else that goes wrong leaves the last view on screen and says why.
			onerror: (message) => {
				this.error = message;
			},
		});
		$effect(() => {
			const key = this.key;
			const scenario = this.scenario;
			if (untrack(() => this.csvKey) === key) {
				runner.cancel();
				return;
			}
			untrack(() => (this.error = ''));
			runner.request({ key, scenario });
		});
		$effect(() => () => runner.destroy());
	}

	/** The picture at `tick`; null when there is no view. */
	at(tick: number): ContagionMoment | null {
		return this.view === null ? null : momentOf(this.view, tick);
	}
}

/** A playhead for the map's runs, parked at the end so the first picture is the whole run. */
export function contagionPlayback(map: ContagionMapState): Playback {
	const playback = new Playback({ length: map.length, ticksPerSecond: TICKS_PER_SECOND });
	playback.seek(playback.lastTick);
	return playback;
}
