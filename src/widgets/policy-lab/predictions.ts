// PolicyLab's predict-mode questions (dollars liquidated in panel 1, panel 2's change on it) and outcomes.
import type { PredictionOutcomes, PredictionQuestion } from '../../lib/predict';
import type { PanelView } from './policy-lab.svelte';

export const policyLabPredictions = [
	{
		id: 'baseline',
		question: 'How many dollars of positions are liquidated in panel 1?',
		unit: 'USD',
		min: 0,
		max: 1_000_000_000_000,
		outcome: 'panel 1 liquidated {value}',
	},
	{
		id: 'change',
		question:
			'By how much does panel 2’s policy change the dollars liquidated, compared with panel 1 (a minus sign for fewer)?',
		unit: '%',
		min: -100,
		max: 1000,
		outcome: 'panel 2 changed them by {value}',
		tolerance: 1,
	},
] as const satisfies readonly PredictionQuestion[];

/**
 * The outcomes of the panels on screen by question id: panel 1's liquidated notional (USD) and
 * panel 2's against it (percent units, as panel 2's card shows it). A panel counts only once its
 * own run for the current settings is in (`fresh`).
 */
export function policyLabOutcomes(panels: readonly PanelView[]): PredictionOutcomes {
	const [first, second] = panels;
	const failed = panels.find((p) => p.outcome?.ok === false);
	if (failed?.outcome?.ok === false) {
		const missing = {
			missing: `Panel ${String(failed.slot)} could not run: ${failed.outcome.message}`,
		};
		return { baseline: missing, change: missing };
	}
	const waiting = { missing: 'The shock is still being replayed under the new settings.' };
	const base =
		first?.fresh === true && first.outcome?.ok === true ? first.outcome.run.figures : null;
	const other =
		second?.fresh === true && second.outcome?.ok === true ? second.outcome.run.figures : null;
	if (base === null) return { baseline: waiting, change: waiting };
	return {
		baseline: base.liquidatedUsd,
		change:
			other === null
				? waiting
				: base.liquidatedUsd <= 0
					? { missing: 'Panel 1 liquidated nothing, so there is no change to measure against it.' }
					: (other.liquidatedUsd / base.liquidatedUsd - 1) * 100,
	};
}
