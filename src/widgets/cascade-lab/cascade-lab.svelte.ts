// CascadeLab's state: the scenario, its run, the liquidation levels and series the charts draw.
import { untrack } from 'svelte';
import { momentMarks, type TimelineMark } from '../../lib/moments';
import { Playback } from '../../lib/playback.svelte';
import type { PredictionOutcomes } from '../../lib/predict';
import type { Scenario, SimulationRun } from '../../sim/index';
import { binLevels, levelDomain, reached, type LiquidationLevels } from './heatmap';
import { runLab, type LabRun, type PositionLevels } from './lab-run';
import { popsUntil, seriesOf, type RunSeries } from './run-series';
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

/**
 * A lab over a scenario read through `scenarioOf` (reactive: it reads the widget's values).
 * Everything is derived: a new scenario gives a new run, levels and series. Only the tipping
 * curves arrive asynchronously, from a worker, so they are plain state.
 */
export class CascadeLabState {
	readonly #scenarioOf: () => Scenario;
	readonly scenario: Scenario = $derived.by(() => this.#scenarioOf());
	readonly lab: LabRun = $derived(runLab(this.scenario));
	readonly run: SimulationRun | null = $derived(this.lab.ok ? this.lab.run : null);
	/** Why the run could not happen, for the reader; '' when it ran. */
	readonly error: string = $derived(this.lab.ok ? '' : this.lab.message);
	readonly #direction: Direction | undefined;
	readonly direction: Direction = $derived.by(
		() => this.#direction ?? (this.scenario.shock > 0 ? 'rise' : 'fall'),
	);
	readonly series: RunSeries | null = $derived(this.run === null ? null : seriesOf(this.run));
	/**
	 * Price range every price chart shares (USD). The same array while the range is unchanged (most
	 * slider steps), so the axes and the levels chart that depend on it are left alone.
	 */
	readonly domain: readonly [number, number] = $derived.by(() => {
		const next = this.#domainOf(this.scenario.price, this.series);
		const previous = this.#lastDomain;
		if (previous?.[0] === next[0] && previous[1] === next[1]) return previous;
		this.#lastDomain = next;
		return next;
	});
	#lastDomain: readonly [number, number] | null = null;
	/** The positions binned over the domain; the same object while population and domain are. */
	readonly levels: LiquidationLevels | null = $derived.by(() => {
		if (!this.lab.ok) return null;
		const positions = this.lab.levels;
		const domain = this.domain;
		const cached = this.#binned;
		if (cached?.positions === positions && cached.domain === domain) return cached.levels;
		const levels = binLevels(positions, domain);
		this.#binned = { positions, domain, levels };
		return levels;
	});
	#binned: {
		positions: PositionLevels;
		domain: readonly [number, number];
		levels: LiquidationLevels;
	} | null = null;
	/** The run's key moments as timeline marks. */
	readonly marks: TimelineMark[] = $derived(
		this.run === null ? [] : momentMarks(this.run.summary.moments, this.direction),
	);
	/** Frames in the run (count); 0 when it could not run. */
	readonly length: number = $derived(this.series?.ticks ?? 0);
	readonly #outcomesOf: CascadeLabOptions['outcomes'];
	/** Predict mode's outcomes by question id, each in its question's unit (none without `outcomes`). */
	readonly predictionOutcomes: PredictionOutcomes = $derived.by(
		() => this.#outcomesOf?.(this.run, this.error) ?? {},
	);

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

	/** The range the run's last and mark prices span, widened to whole bins around the start. */
	#domainOf(price: number, s: RunSeries | null): [number, number] {
		if (s === null) return levelDomain(price, price, price);
		let low = price;
		let high = price;
		for (let t = 0; t < s.ticks; t++) {
			low = Math.min(low, s.last[t] ?? low, s.mark[t] ?? low);
			high = Math.max(high, s.last[t] ?? high, s.mark[t] ?? high);
		}
		return levelDomain(price, low, high);
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
