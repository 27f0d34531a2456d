// EventReplay's predict-mode questions (the model's fall, dollars and traders for the event) and outcomes.
import type { PredictionOutcomes, PredictionQuestion } from '../../lib/predict';
import type { Replay } from './replay';

export const eventReplayPredictions = [
	{
		id: 'fall',
		question: 'In the model, how far below its starting price does BTC fall at its lowest?',
		unit: '%',
		min: 0,
		max: 100,
		outcome: 'the model’s BTC was {value} below its start at its lowest',
		tolerance: 0.25,
	},
	{
		id: 'liquidated',
		question:
			'How many dollars does the model itself liquidate across its markets, before any scaling up?',
		unit: 'USD',
		min: 0,
		max: 1_000_000_000_000,
		outcome: 'the model liquidated {value}',
	},
	{
		id: 'traders',
		question: 'How many traders do the accounts the model liquidates stand for?',
		unit: 'traders',
		min: 0,
		max: 10_000_000,
		integer: true,
		outcome: 'the model liquidated {value}',
		tolerance: 100,
	},
] as const satisfies readonly PredictionQuestion[];

/**
 * The outcomes of the replay on screen by question id: BTC's deepest fall from its start (percent
 * units, as the readout's "Lowest"), the notional liquidated in every market (USD, the lab's own
 * dollars, unscaled) and the traders its liquidated accounts stand for (count). Only a replay of
 * the current settings (`fresh`) counts; `error` says why there is none.
 */
export function eventReplayOutcomes(
	replay: Replay | null,
	fresh: boolean,
	error: string,
): PredictionOutcomes {
	if (replay === null || !fresh || error !== '') {
		const missing = {
			missing:
				error !== ''
					? `This event could not be replayed. ${error}`
					: 'The new settings are still being replayed.',
		};
		return { fall: missing, liquidated: missing, traders: missing };
	}
	const f = replay.figures;
	return {
		fall: Math.max(0, (1 - f.lowestPrice / f.startPrice) * 100),
		liquidated: f.liquidatedUsd,
		traders: f.liquidatedTraders,
	};
}
