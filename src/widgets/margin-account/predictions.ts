// MarginAccount's predict-mode questions: where the liquidation line sits, as a distance and a price.
import type { PredictionQuestion } from '../../lib/predict';
import type { MarginAccountValues } from './params';

export const marginAccountPredictions = [
	{
		id: 'distance',
		question: 'How far from the entry price is this position liquidated?',
		unit: '%',
		min: 0,
		max: 100,
		outcome: 'the liquidation price is {value} from entry',
		tolerance: 0.25,
	},
	{
		id: 'liquidation',
		question: 'At what mark price does the engine liquidate it?',
		unit: 'USD',
		min: 0,
		max: 1_000_000,
		outcome: 'the engine steps in at a mark of {value}',
	},
] as const satisfies readonly PredictionQuestion[];

/**
 * What the liquidation price depends on, as one string: a prediction stays valid while it is
 * unchanged, so dragging the mark or changing the costs does not ask again.
 */
export function predictSetupOf(v: MarginAccountValues): string {
	return [v.venue, v.mode, v.side, v.entry, v.size, v.lev, v.mode === 'cross' ? v.wallet : 0].join(
		' ',
	);
}
