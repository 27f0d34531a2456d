// SurvivalOdds' fixed set-up and the simulator inputs its values stand for.
import type { LongPlan, PathMarket, PathSpec } from '../../sim/index';
import { MAX_HOURS, type SurvivalOddsValues } from './params';

/** Entry price of the example long: a round bitcoin price, as in chapter 1 (USD). */
export const ENTRY_PRICE = 100_000;
/** The money the reader sets aside for the trade, reserve included (USD). */
export const CAPITAL_USD = 1_000;
/** One step of the paths: prices are looked at every five minutes (min). */
export const STEP_MINUTES = 5;
/** Steps in a week of five-minute steps (count). */
export const PATH_STEPS = (MAX_HOURS * 60) / STEP_MINUTES;
/**
 * Paths per setting (count). 500 keeps a share within about ±2 percentage points (one standard
 * error at 50%) while drawing a week of paths stays a one-off cost at load and on a new seed.
 */
export const PATH_COUNT = 500;

/** Stop distances that get a curve of their own in the survival chart (fractions; 0 = no stop). */
export const CURVE_STOPS = [0, 0.1, 0.05, 0.02] as const;
/** Leverages the survival curves are computed at: 37 points evenly spaced on a log axis, 1× to 100×. */
export const CURVE_LEVERAGES: readonly number[] = Array.from(
	{ length: 37 },
	(_, k) => Math.round(10 ** (k / 18) * 100) / 100,
);
/** Leverages the trade-off chart and the data table compare (×). */
export const COMPARED_LEVERAGES = [1, 2, 3, 5, 10, 20, 50, 100] as const;

/** The standard paths the values ask for. */
export function pathSpecOf(values: Pick<SurvivalOddsValues, 'seed' | 'tails'>): PathSpec {
	return {
		seed: values.seed,
		paths: PATH_COUNT,
		steps: PATH_STEPS,
		distribution: values.tails === 'normal' ? 'normal' : 'student-t4',
	};
}

/** Everything about the long except its leverage and stop (the curves vary those). */
export type PlanBase = Omit<LongPlan, 'leverage' | 'stopDistance'>;

/** The capital split and margin mode the values ask for. */
export function planBaseOf(
	values: Pick<SurvivalOddsValues, 'reserve' | 'mode' | 'slip'>,
): PlanBase {
	return {
		entryPrice: ENTRY_PRICE,
		capitalUsd: CAPITAL_USD,
		reserveShare: values.reserve / 100,
		marginMode: values.mode,
		stopSlippage: values.slip / 100,
	};
}

/** The market the values ask for: volatility, five-minute steps, the holding time in steps. */
export function marketOf(values: Pick<SurvivalOddsValues, 'vol' | 'hours'>): PathMarket {
	return {
		annualVolatility: values.vol / 100,
		stepMinutes: STEP_MINUTES,
		horizonSteps: Math.round((values.hours * 60) / STEP_MINUTES),
	};
}

/** The whole plan: the base with a leverage and a stop distance (fraction). */
export function planOf(base: PlanBase, leverage: number, stopDistance: number): LongPlan {
	return { ...base, leverage, stopDistance };
}
