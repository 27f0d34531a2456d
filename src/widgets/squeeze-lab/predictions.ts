// SqueezeLab's predict-mode questions (how far the price rises, how much of the shorts is liquidated).
import type { PredictionOutcomes, PredictionQuestion } from '../../lib/predict';
import type { SimulationRun } from '../../sim/index';

export const squeezeLabPredictions = [
	{
		id: 'rise',
		question: 'How far above its starting price does BTC rise at its highest?',
		unit: '%',
		min: 0,
		max: 1000,
		outcome: 'at its highest it was {value} above the start',
		tolerance: 0.25,
	},
	{
		id: 'shorts',
		question: 'How many dollars of short positions are liquidated?',
		unit: 'USD',
		min: 0,
		max: 1_000_000_000_000,
		outcome: '{value} of shorts was liquidated',
	},
] as const satisfies readonly PredictionQuestion[];

/**
 * The outcomes of a squeeze run by question id: the highest last price's rise from the start
 * (percent units, as the readout's "Highest rise") and the short notional the engine closed (USD).
 * `error` says why there is no run.
 */
export function squeezeLabOutcomes(run: SimulationRun | null, error: string): PredictionOutcomes {
	if (run === null) {
		const missing = `This market could not be simulated. ${error}`.trim();
		return { rise: { missing }, shorts: { missing } };
	}
	// The engine's short closes: the summary's liquidated notional less its long share.
	const s = run.summary;
	const shortUsd = s.liquidatedUsd * (1 - s.longShareOfLiquidations);
	return {
		rise: Math.max(0, (run.summary.highestPrice / run.scenario.price - 1) * 100),
		shorts: shortUsd,
	};
}
