// SurvivalOdds' predict-mode questions (the chance of liquidation, the typical result) and outcomes.
import type { PredictionOutcomes, PredictionQuestion } from '../../lib/predict';
import type { SurvivalOdds } from '../../sim/index';

export const survivalOddsPredictions = [
	{
		id: 'liquidated',
		question: 'What is the chance that this long is liquidated within the holding time?',
		unit: '%',
		min: 0,
		max: 100,
		outcome: 'it was liquidated on {value} of the paths',
		// 500 paths leave about ±2 percentage points of sampling noise at 50%.
		tolerance: 2,
	},
	{
		id: 'typical',
		question: 'What does the typical path (the median) return on the $1,000 set aside?',
		unit: '%',
		min: -100,
		max: 1000,
		outcome: 'the median path returned {value}',
		tolerance: 1,
	},
] as const satisfies readonly PredictionQuestion[];

/**
 * The outcomes for the reader's long by question id (percent units): the share of paths on which it
 * is liquidated within the horizon, and the median return on capital. `error` says why there are none.
 */
export function survivalOddsOutcomes(odds: SurvivalOdds | null, error: string): PredictionOutcomes {
	if (odds === null) {
		const missing = { missing: `These settings cannot be simulated: ${error}.` };
		return { liquidated: missing, typical: missing };
	}
	return { liquidated: odds.liquidated * 100, typical: odds.medianReturn * 100 };
}
