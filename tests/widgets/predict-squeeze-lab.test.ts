// SqueezeLab's predict mode: its questions in the registry, and outcomes computed from the squeeze run.
import { describe, expect, test } from 'vitest';
import { defaultValues } from '../../src/lib/params';
import { comparePrediction } from '../../src/lib/predict';
import { CascadeLabState } from '../../src/widgets/cascade-lab/cascade-lab.svelte';
import {
	squeezeSchema,
	squeezeScenarioOf,
	type SqueezeValues,
} from '../../src/widgets/squeeze-lab/params';
import {
	squeezeLabOutcomes,
	squeezeLabPredictions,
} from '../../src/widgets/squeeze-lab/predictions';
import { widgetById } from '../../src/widgets/registry';

const defaults = defaultValues(squeezeSchema);
/** The lab as squeezeLab() builds it, without the per-frame throttle a component would add. */
const lab = (patch: Partial<SqueezeValues> = {}): CascadeLabState =>
	new CascadeLabState(() => squeezeScenarioOf({ ...defaults, ...patch }), {
		direction: 'rise',
		outcomes: squeezeLabOutcomes,
	});

describe('squeeze-lab predictions', () => {
	test('the registry lists the questions', () => {
		expect(widgetById('squeeze-lab')?.predictions).toBe(squeezeLabPredictions);
		expect(squeezeLabPredictions.map((q) => q.id)).toEqual(['rise', 'shorts']);
	});

	test('the late-November set-up, seed as preset: outcomes straight from the run', () => {
		const state = lab();
		const outcomes = state.predictionOutcomes;
		expect(outcomes['rise']).toBeCloseTo(11.242799143884085, 9);
		expect(outcomes['shorts']).toBeCloseTo(1093855364.712181, 3);
		// The rise is the readout's "Highest rise"; the shorts are the engine's short closes.
		const run = state.run;
		expect(run).not.toBeNull();
		if (run === null) return;
		expect(outcomes['rise']).toBeCloseTo(
			(run.summary.highestPrice / run.scenario.price - 1) * 100,
			9,
		);
		const shortUsd = run.summary.liquidatedUsd * (1 - run.summary.longShareOfLiquidations);
		expect(outcomes['shorts']).toBeCloseTo(shortUsd, 0);
	});

	test('fewer shorts, smaller squeeze', () => {
		const few = lab({ shorts: 40 }).predictionOutcomes;
		const many = lab().predictionOutcomes;
		expect(few['rise']).toBeLessThan(Number(many['rise']));
		expect(few['shorts']).toBeLessThan(Number(many['shorts']));
	});

	test('a prediction set beside the outcome reads as a sentence', () => {
		const [rise] = squeezeLabPredictions;
		const outcomes = lab().predictionOutcomes;
		expect(comparePrediction(rise, 10, outcomes['rise'] ?? 0).sentence).toBe(
			'You said 10%; at its highest it was 11.2% above the start.',
		);
	});

	test('missing: no run gives both questions the reason', () => {
		expect(squeezeLabOutcomes(null, 'Accounts must be at least 1.')).toEqual({
			rise: { missing: 'This market could not be simulated. Accounts must be at least 1.' },
			shorts: { missing: 'This market could not be simulated. Accounts must be at least 1.' },
		});
	});
});
