// SurvivalOdds' state: the paths, the reader's long on them, the survival curves and the trade-off.
import {
	liquidationCurve,
	survivalInputError,
	survivalOdds,
	type LongPlan,
	type PathMarket,
	type PathFate,
	type PathSpec,
	type StandardPaths,
	type SurvivalOdds,
} from '../../sim/index';
import type { PredictionOutcomes } from '../../lib/predict';
import { fanCourses, fanFates, type FanCourse } from './fan';
import { cachedPaths } from './path-cache';
import {
	CAPITAL_USD,
	COMPARED_LEVERAGES,
	CURVE_LEVERAGES,
	CURVE_STOPS,
	marketOf,
	pathSpecOf,
	planBaseOf,
	planOf,
	type PlanBase,
} from './model';
import type { SurvivalOddsValues } from './params';
import { survivalOddsOutcomes } from './predictions';
import { describeOdds } from './text';

/** Chance of not being liquidated at each of CURVE_LEVERAGES, for one stop distance. */
export interface SurvivalCurve {
	/** Stop distance (fraction; 0 = no stop). */
	readonly stop: number;
	/** The reader's own stop setting. */
	readonly own: boolean;
	/** Share of paths not liquidated, one per CURVE_LEVERAGES entry (fractions). */
	readonly survival: readonly number[];
}

/** One compared leverage and its odds at the reader's stop and horizon. */
export interface ComparedLeverage {
	readonly leverage: number;
	/** The reader's own leverage. */
	readonly own: boolean;
	readonly odds: SurvivalOdds;
}

/** The curve of one stop distance over CURVE_LEVERAGES. */
function curveOf(
	paths: StandardPaths,
	base: PlanBase,
	market: PathMarket,
	stop: number,
	own: boolean,
): SurvivalCurve {
	const liquidated = liquidationCurve(
		paths,
		{ ...base, stopDistance: stop },
		market,
		CURVE_LEVERAGES,
	);
	return { stop, own, survival: liquidated.map((share) => 1 - share) };
}

/**
 * One set of values and the long they describe, each field its own derived value so that a change
 * recomputes only what depends on it: only a new seed or tail choice draws the paths again.
 */
export class SurvivalSetting {
	readonly #values: () => SurvivalOddsValues;

	constructor(values: () => SurvivalOddsValues) {
		this.#values = values;
	}

	/** Leverage (×). */
	readonly leverage: number = $derived.by(() => this.#values().lev);
	/** Stop distance (fraction; 0 = no stop). */
	readonly stopDistance: number = $derived.by(() => this.#values().stop / 100);
	/** Holding time (h). */
	readonly hours: number = $derived.by(() => this.#values().hours);
	readonly spec: PathSpec = $derived.by(() => {
		const v = this.#values();
		return pathSpecOf({ seed: v.seed, tails: v.tails });
	});
	readonly paths: StandardPaths = $derived(cachedPaths(this.spec));
	readonly base: PlanBase = $derived.by(() => {
		const v = this.#values();
		return planBaseOf({ reserve: v.reserve, mode: v.mode, slip: v.slip });
	});
	readonly market: PathMarket = $derived.by(() => {
		const v = this.#values();
		return marketOf({ vol: v.vol, hours: v.hours });
	});
	readonly plan: LongPlan = $derived(planOf(this.base, this.leverage, this.stopDistance));
	/** Why the setting cannot be evaluated ('' when it can); the schema's clamping should prevent it. */
	readonly error: string = $derived(survivalInputError(this.paths, this.plan, this.market) ?? '');
	/** The reader's long across all the paths. */
	readonly odds: SurvivalOdds | null = $derived(
		this.error === '' ? survivalOdds(this.paths, this.plan, this.market) : null,
	);
}

/**
 * The widget's numbers, read from its values (reactive). Dragging leverage recomputes one
 * setting's odds and the fan, not the curves. The fan, the readout and the narration follow the
 * live values (this class's own setting); the survival curves and the compared leverages
 * (trade-off chart and table) follow `settled`, values the widget lets catch up once the sliders
 * are still (src/lib/settled-values.svelte.ts), so a key press redraws only the main chart.
 * Without separate settled values both are the live ones.
 */
export class SurvivalOddsState extends SurvivalSetting {
	/** The setting the survival curves, trade-off chart and table show. */
	readonly settled: SurvivalSetting;

	constructor(values: () => SurvivalOddsValues, settled: () => SurvivalOddsValues = values) {
		super(values);
		this.settled = settled === values ? this : new SurvivalSetting(settled);
	}

	/** Predict mode's outcomes by question id (predictions.ts), each in its question's unit. */
	readonly predictionOutcomes: PredictionOutcomes = $derived(
		survivalOddsOutcomes(this.odds, this.error),
	);

	/** Curves for the fixed stop distances; they do not depend on the reader's leverage or stop. */
	readonly fixedCurves: readonly SurvivalCurve[] = $derived.by(() => {
		const { paths, base, market } = this.settled;
		return CURVE_STOPS.map((stop) => curveOf(paths, base, market, stop, false));
	});

	/** Every curve drawn: the fixed ones, with the reader's stop marked or added. */
	readonly curves: readonly SurvivalCurve[] = $derived.by(() => {
		const stop = this.settled.stopDistance;
		const fixed = this.fixedCurves.map((c) => (c.stop === stop ? { ...c, own: true } : c));
		if (fixed.some((c) => c.own)) return fixed;
		const { paths, base, market } = this.settled;
		return [...fixed, curveOf(paths, base, market, stop, true)];
	});

	/** The fixed compared leverages at the reader's stop and horizon; moving leverage keeps them. */
	readonly #fixedCompared: readonly ComparedLeverage[] = $derived.by(() => {
		const { paths, base, market, stopDistance } = this.settled;
		return COMPARED_LEVERAGES.map((leverage) => ({
			leverage,
			own: false,
			odds: survivalOdds(paths, planOf(base, leverage, stopDistance), market),
		}));
	});

	/** The compared leverages, plus the reader's own, at the reader's stop and horizon. */
	readonly compared: readonly ComparedLeverage[] = $derived.by(() => {
		const own = this.settled.leverage;
		const odds = this.settled.odds;
		const fixed = this.#fixedCompared;
		if (odds === null) return fixed;
		const mine: ComparedLeverage = { leverage: own, own: true, odds };
		return fixed.some((c) => c.leverage === own)
			? fixed.map((c) => (c.leverage === own ? mine : c))
			: [...fixed, mine].sort((a, b) => a.leverage - b.leverage);
	});

	/** Steps held at most (steps): a number, so a new volatility does not redraw the courses. */
	readonly #horizonSteps: number = $derived(this.market.horizonSteps);

	/** A few sample paths' courses to the horizon; the reader's trade does not change them. */
	readonly fan: readonly FanCourse[] = $derived(fanCourses(this.paths, this.#horizonSteps));

	/** How each sample path ended for the reader's long. */
	readonly fanFates: readonly PathFate[] = $derived(
		this.error === '' ? fanFates(this.paths, this.plan, this.market) : [],
	);

	/** One sentence on what the charts show. */
	readonly narration: string = $derived(
		this.odds === null
			? `These settings cannot be simulated: ${this.error}.`
			: describeOdds(this.odds, {
					leverage: this.leverage,
					hours: this.hours,
					stopDistance: this.stopDistance,
					capitalUsd: CAPITAL_USD,
				}),
	);
}
