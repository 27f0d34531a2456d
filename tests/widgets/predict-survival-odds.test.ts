// SurvivalOdds' predict mode: its questions in the registry, and outcomes computed from the paths.
import { describe, expect, test } from 'vitest';
import { defaultValues } from '../../src/lib/params';
import { comparePrediction } from '../../src/lib/predict';
import {
	survivalOddsSchema,
	type SurvivalOddsValues,
} from '../../src/widgets/survival-odds/params';
import {
	survivalOddsOutcomes,
	survivalOddsPredictions,
} from '../../src/widgets/survival-odds/predictions';
import { SurvivalOddsState } from '../../src/widgets/survival-odds/survival-odds.svelte';
import { widgetById } from '../../src/widgets/registry';

const defaults = defaultValues(survivalOddsSchema);
const odds = (patch: Partial<SurvivalOddsValues> = {}): SurvivalOddsState =>
	new SurvivalOddsState(() => ({ ...defaults, ...patch }));

describe('survival-odds predictions', () => {
	test('the registry lists the questions', () => {
		expect(widgetById('survival-odds')?.predictions).toBe(survivalOddsPredictions);
		expect(survivalOddsPredictions.map((q) => q.id)).toEqual(['liquidated', 'typical']);
	});

	test('a 10× long held a week, seed 1: 89 of the 500 paths liquidate it', () => {
		const state = odds();
		const outcomes = state.predictionOutcomes;
		expect(outcomes['liquidated']).toBeCloseTo(17.8, 9);
		expect(outcomes['typical']).toBeCloseTo(-1.1910670596704587, 9);
		expect(outcomes['liquidated']).toBeCloseTo((state.odds?.liquidated ?? Number.NaN) * 100, 12);
	});

	test('lower leverage, fewer liquidations', () => {
		const low = odds({ lev: 5 }).predictionOutcomes['liquidated'];
		expect(low).toBeLessThan(17.8);
	});

	test('a prediction within the paths’ sampling noise counts as close', () => {
		const [liquidated] = survivalOddsPredictions;
		const c = comparePrediction(liquidated, 16, odds().predictionOutcomes['liquidated'] ?? 0);
		expect(c.sentence).toBe('You said 16%; it was liquidated on 17.8% of the paths.');
		expect(c.verdict).toBe('close');
	});

	test('missing: settings that cannot be evaluated give their reason', () => {
		expect(survivalOddsOutcomes(null, 'leverage must be at least 1')).toEqual({
			liquidated: { missing: 'These settings cannot be simulated: leverage must be at least 1.' },
			typical: { missing: 'These settings cannot be simulated: leverage must be at least 1.' },
		});
	});
});
