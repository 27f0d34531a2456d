// The tipping-point view's predict-mode questions (where 10× tips, how far 3% goes) and their outcomes.
import type { PredictionOutcome, PredictionOutcomes, PredictionQuestion } from '../../lib/predict';
import { TIPPING_SHOCKS, tippingPoint, type TippingCurve } from './tipping';

/** The initial fall the two "how far" questions ask about (fraction); one of TIPPING_SHOCKS. */
export const ASKED_SHOCK = 0.03;

export const cascadeTippingPredictions = [
	{
		id: 'tipping-shock',
		question: 'At 10× leverage, how big an initial fall is enough to set off a runaway cascade?',
		unit: '%',
		min: 0,
		max: 15,
		outcome: 'at 10× a {value} shock was the smallest tried that ran away',
		tolerance: 0.1,
	},
	{
		id: 'fall-low-leverage',
		question:
			'After a 3% initial fall at 3× leverage, how far below its start does the price fall at its lowest?',
		unit: '%',
		min: 0,
		max: 100,
		outcome: 'at 3× the price fell {value} at its lowest',
		tolerance: 0.25,
	},
	{
		id: 'fall-high-leverage',
		question:
			'After a 3% initial fall at 20× leverage, how far below its start does the price fall at its lowest?',
		unit: '%',
		min: 0,
		max: 100,
		outcome: 'at 20× the price fell {value} at its lowest',
		tolerance: 0.25,
	},
] as const satisfies readonly PredictionQuestion[];

/** A fraction in percent units, kept to the curves' own precision (a millionth) so it reads back exactly. */
function percent(fraction: number): number {
	return Math.round(fraction * 1e6) / 1e4;
}

/** Where `curve` tips (percent units: the smallest shock tried past its steepest jump), or why not. */
function tippingShock(curve: TippingCurve): PredictionOutcome {
	const point = tippingPoint(curve);
	if (point === null) {
		return {
			missing:
				'At 10× this market has no tipping point: its fall grows steadily with the shock, without a jump.',
		};
	}
	return percent(point.after);
}

/** The curve's deepest fall after ASKED_SHOCK (percent units). */
function fallAtAskedShock(curve: TippingCurve): PredictionOutcome {
	const fall = curve.falls[TIPPING_SHOCKS.indexOf(ASKED_SHOCK)];
	return fall === undefined ? { missing: 'This curve has no 3% shock.' } : percent(fall);
}

/**
 * The outcomes by question id, read off the curves on screen: the 10× curve's tipping shock and
 * the 3× and 20× curves' falls after a 3% shock (percent units). Only curves of the current
 * market count (`stale` ones belong to the previous one); `error` says why there are none.
 */
export function cascadeTippingOutcomes(
	shown: readonly { readonly curve: TippingCurve; readonly stale: boolean }[],
	error: string,
): PredictionOutcomes {
	const outcomeOf = (
		leverage: number,
		read: (curve: TippingCurve) => PredictionOutcome,
	): PredictionOutcome => {
		if (error !== '') return { missing: `The curves could not be computed. ${error}` };
		const found = shown.find((s) => s.curve.leverage === leverage && !s.stale);
		if (found === undefined)
			return { missing: 'The curves for this market are still being computed.' };
		return read(found.curve);
	};
	return {
		'tipping-shock': outcomeOf(10, tippingShock),
		'fall-low-leverage': outcomeOf(3, fallAtAskedShock),
		'fall-high-leverage': outcomeOf(20, fallAtAskedShock),
	};
}
