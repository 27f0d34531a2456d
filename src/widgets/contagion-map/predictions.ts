// ContagionMap's predict-mode questions (how far ETH and SOL fall, what is left of the fund) and outcomes.
import type { PredictionOutcome, PredictionOutcomes, PredictionQuestion } from '../../lib/predict';
import type { ContagionView } from './contagion-run';

export const contagionMapPredictions = [
	{
		id: 'eth',
		question: 'How far below its starting price does ETH fall at its lowest?',
		unit: '%',
		min: 0,
		max: 100,
		outcome: 'ETH was {value} below its start at its lowest',
		tolerance: 0.5,
	},
	{
		id: 'sol',
		question: 'How far below its starting price does SOL fall at its lowest?',
		unit: '%',
		min: 0,
		max: 100,
		outcome: 'SOL was {value} below its start at its lowest',
		tolerance: 0.5,
	},
	{
		id: 'fund',
		question: 'How much is left in the insurance fund at the end of the run?',
		unit: 'USD',
		min: 0,
		max: 1_000_000_000,
		outcome: 'the fund ended with {value}',
		tolerance: 50_000,
	},
] as const satisfies readonly PredictionQuestion[];

/** A market's deepest fall below its start over the run (percent units), or why there is none. */
function fallOf(view: ContagionView, symbol: string): PredictionOutcome {
	if (view.shock > 0) {
		return {
			missing:
				'This shock pushes prices up, not down: set a negative shock to ask how far they fall.',
		};
	}
	const market = view.markets.find((m) => m.symbol === symbol);
	if (market === undefined) return { missing: `There is no ${symbol} market in this run.` };
	const lowest = market.move.reduce((low, move) => Math.min(low, move), 0);
	return -lowest * 100;
}

/**
 * The outcomes of the run on screen by question id: ETH's and SOL's deepest fall from their start
 * (percent units, as the panels' "low so far" at the end) and the insurance fund at the last tick
 * (USD). Only a view of the current setting (`fresh`) counts; `error` says why there is none.
 */
export function contagionMapOutcomes(
	view: ContagionView | null,
	fresh: boolean,
	error: string,
): PredictionOutcomes {
	const why =
		error !== ''
			? `These markets could not be simulated. ${error}`
			: view === null || !fresh
				? 'The new setting is still being simulated.'
				: null;
	if (why !== null || view === null) {
		const missing = { missing: why ?? 'There is no run yet.' };
		return { eth: missing, sol: missing, fund: missing };
	}
	return {
		eth: fallOf(view, 'ETH'),
		sol: fallOf(view, 'SOL'),
		fund: view.fundUsd.at(-1) ?? view.fundStartUsd,
	};
}
