// CascadeLab's predict mode: its questions in the registry, and outcomes computed from the lab's run.
import { describe, expect, test } from 'vitest';
import { defaultValues } from '../../src/lib/params';
import { comparePrediction } from '../../src/lib/predict';
import { defaultScenario } from '../../src/sim';
import { CascadeLabState } from '../../src/widgets/cascade-lab/cascade-lab.svelte';
import {
	cascadeSchema,
	scenarioOf,
	type CascadeValues,
} from '../../src/widgets/cascade-lab/params';
import {
	cascadeLabOutcomes,
	cascadeLabPredictions,
} from '../../src/widgets/cascade-lab/predictions';
import { widgetById } from '../../src/widgets/registry';

const defaults = defaultValues(cascadeSchema);
const lab = (patch: Partial<CascadeValues> = {}): CascadeLabState =>
	new CascadeLabState(() => scenarioOf({ ...defaults, ...patch }), {
		outcomes: cascadeLabOutcomes,
	});
const question = (id: string) => {
	const q = cascadeLabPredictions.find((p) => p.id === id);
	if (q === undefined) throw new Error(`no question ${id}`);
	return q;
};

describe('cascade-lab predictions', () => {
	test('the registry lists the questions, so /widgets.json and the reference show them', () => {
		expect(widgetById('cascade-lab')?.predictions).toBe(cascadeLabPredictions);
		expect(cascadeLabPredictions.map((q) => q.id)).toEqual(['fall', 'accounts', 'liquidated']);
	});

	test('the ordinary market, seed 1: outcomes straight from the run', () => {
		const state = lab();
		const run = state.run;
		expect(run).not.toBeNull();
		const outcomes = state.predictionOutcomes;
		// The simulator's figures for the default market (−3% shock, 10×, 60% long, $20M, seed 1).
		expect(outcomes['fall']).toBeCloseTo(7.520548390772763, 9);
		expect(outcomes['accounts']).toBe(1955);
		expect(outcomes['liquidated']).toBeCloseTo(391174168.12851304, 3);
		// The same numbers the readout shows: the deepest fall, the accounts, the dollars.
		expect(outcomes['accounts']).toBe(run?.summary.liquidatedAccounts);
		expect(outcomes['liquidated']).toBe(run?.summary.liquidatedUsd);
	});

	test('a thinner book gives a deeper fall and more liquidated: nothing is fixed in advance', () => {
		const outcomes = lab({ depth: 10 }).predictionOutcomes;
		expect(outcomes['fall']).toBeCloseTo(10.152829793203644, 9);
		expect(outcomes['accounts']).toBe(2561);
		expect(outcomes['liquidated']).toBeCloseTo(519056717.88796276, 3);
	});

	test('a prediction set beside the outcome reads as a sentence', () => {
		const outcomes = lab().predictionOutcomes;
		const fall = comparePrediction(question('fall'), 3, outcomes['fall'] ?? 0);
		expect(fall.sentence).toBe('You said 3%; at its lowest it was 7.5% below the start.');
		expect(fall.verdict).toBe('low');
		const accounts = comparePrediction(question('accounts'), 2000, outcomes['accounts'] ?? 0);
		expect(accounts.sentence).toBe('You said 2,000 accounts; 1,955 accounts were liquidated.');
		expect(accounts.verdict).toBe('close');
	});

	test('missing: an upward shock leaves the fall question without an outcome, not the others', () => {
		const outcomes = lab({ shock: 3 }).predictionOutcomes;
		expect(outcomes['fall']).toEqual({
			missing:
				'This shock pushes the price up, not down: set a negative shock to ask how far it falls.',
		});
		expect(typeof outcomes['accounts']).toBe('number');
		expect(typeof outcomes['liquidated']).toBe('number');
	});

	test('missing: a market that cannot be simulated gives every question its reason', () => {
		const state = new CascadeLabState(() => ({ ...defaultScenario(), accounts: 0 }), {
			outcomes: cascadeLabOutcomes,
		});
		expect(state.run).toBeNull();
		const missing = { missing: `This market could not be simulated. ${state.error}` };
		expect(state.error).not.toBe('');
		expect(state.predictionOutcomes).toEqual({
			fall: missing,
			accounts: missing,
			liquidated: missing,
		});
	});

	test('without outcomes (the tipping view) the lab reports none', () => {
		const state = new CascadeLabState(() => scenarioOf(defaults));
		expect(state.predictionOutcomes).toEqual({});
	});
});
