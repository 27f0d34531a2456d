// CascadeLab's predict-mode questions (how far the price falls, who is liquidated) and their outcomes.
import { formatCount } from '../../lib/format';
import type { PredictionOutcomes, PredictionQuestion } from '../../lib/predict';
import type { SimulationRun } from '../../sim/index';
import { CASCADE_PRESETS, presetScenario } from './params';

/** The largest population any starting point has (accounts): no answer can be more. */
const MOST_ACCOUNTS = Math.max(...CASCADE_PRESETS.map((name) => presetScenario(name).accounts));

export const cascadeLabPredictions = [
	{
		id: 'fall',
		question: 'How far below its starting price does BTC fall at its lowest?',
		unit: '%',
		min: 0,
		max: 100,
		outcome: 'at its lowest it was {value} below the start',
		tolerance: 0.25,
	},
	{
		id: 'accounts',
		question: `How many simulated accounts are liquidated (out of ${formatCount(presetScenario('ordinary').accounts)} in the ordinary market)?`,
		unit: 'accounts',
		min: 0,
		max: MOST_ACCOUNTS,
		integer: true,
		outcome: '{value} were liquidated',
		tolerance: 5,
	},
	{
		id: 'liquidated',
		question: 'How many dollars of positions are liquidated in all, longs and shorts together?',
		unit: 'USD',
		min: 0,
		max: 1_000_000_000_000,
		outcome: '{value} was liquidated',
	},
] as const satisfies readonly PredictionQuestion[];

/** The same reason for every question, when there is no run or the story does not fit it. */
function allMissing(missing: string): PredictionOutcomes {
	return Object.fromEntries(cascadeLabPredictions.map((q) => [q.id, { missing }]));
}

/**
 * The outcomes of a lab run by question id: the deepest fall of the last price from the start
 * (percent units, as the readout's "Deepest fall"), accounts liquidated at least once, and the
 * notional liquidated (USD). `error` says why there is no run.
 */
export function cascadeLabOutcomes(run: SimulationRun | null, error: string): PredictionOutcomes {
	if (run === null) return allMissing(`This market could not be simulated. ${error}`.trim());
	const s = run.summary;
	const fall = (1 - s.lowestPrice / run.scenario.price) * 100;
	return {
		fall:
			run.scenario.shock > 0
				? {
						missing:
							'This shock pushes the price up, not down: set a negative shock to ask how far it falls.',
					}
				: Math.max(0, fall),
		accounts: s.liquidatedAccounts,
		liquidated: s.liquidatedUsd,
	};
}
