// LeverageAmplifier's predict-mode questions: the room before liquidation, and what the move leaves.
import type { PredictionQuestion } from '../../lib/predict';

export const leverageAmplifierPredictions = [
	{
		id: 'room',
		question: 'How far can the price move against this position before it is liquidated?',
		unit: '%',
		min: 0,
		max: 100,
		outcome: 'it is liquidated after a move of {value} against it',
		tolerance: 0.25,
	},
	{
		id: 'equity',
		question:
			'How much does the trader hold after this price move: the margin plus any gain or minus any loss?',
		unit: 'USD',
		min: 0,
		max: 100_000_000,
		outcome: 'they hold {value}',
	},
] as const satisfies readonly PredictionQuestion[];
