// ContagionMap's predict mode: its questions in the registry, and outcomes computed from the map's run.
import { describe, expect, test } from 'vitest';
import { defaultValues } from '../../src/lib/params';
import { comparePrediction } from '../../src/lib/predict';
import { ContagionMapState } from '../../src/widgets/contagion-map/contagion-map.svelte';
import { runContagion } from '../../src/widgets/contagion-map/contagion-run';
import {
	contagionSchema,
	contagionScenarioOf,
	type ContagionValues,
} from '../../src/widgets/contagion-map/params';
import {
	contagionMapOutcomes,
	contagionMapPredictions,
} from '../../src/widgets/contagion-map/predictions';
import { widgetById } from '../../src/widgets/registry';

const defaults = defaultValues(contagionSchema);
const map = (patch: Partial<ContagionValues> = {}): ContagionMapState =>
	new ContagionMapState(() => contagionScenarioOf({ ...defaults, ...patch }));

describe('contagion-map predictions', () => {
	test('the registry lists the questions', () => {
		expect(widgetById('contagion-map')?.predictions).toBe(contagionMapPredictions);
		expect(contagionMapPredictions.map((q) => q.id)).toEqual(['eth', 'sol', 'fund']);
	});

	test('BTC shocked −10%, seed 1: ETH and SOL follow, the fund is nearly spent', () => {
		const state = map();
		expect(state.fresh).toBe(true);
		// From the view on screen, whose moves are kept to a millionth and dollars to the cent.
		expect(state.predictionOutcomes).toEqual({ eth: 12.692, sol: 19.1079, fund: 230078.28 });
	});

	test('the outcomes are the run’s own lows, within the view’s rounding', () => {
		const result = runContagion(contagionScenarioOf(defaults));
		if (!result.ok) throw new Error(result.message);
		const low = (symbol: string): number => {
			const m = result.run.summary.markets.find((s) => s.symbol === symbol);
			return m === undefined ? Number.NaN : (1 - m.lowestPrice / m.startPrice) * 100;
		};
		const outcomes = map().predictionOutcomes;
		expect(outcomes['eth']).toBeCloseTo(low('ETH'), 3);
		expect(outcomes['sol']).toBeCloseTo(low('SOL'), 3);
		expect(outcomes['fund']).toBeCloseTo(result.run.summary.insuranceFundEndUsd, 1);
	});

	test('a deeper shock empties a smaller fund', () => {
		const outcomes = map({ shock: -15, fund: 1 }).predictionOutcomes;
		expect(outcomes['fund']).toBeLessThan(1e6);
		expect(outcomes['eth']).toBeGreaterThan(12.692);
	});

	test('a prediction set beside the outcome reads as a sentence', () => {
		const [eth] = contagionMapPredictions;
		const outcomes = map().predictionOutcomes;
		const c = comparePrediction(eth, 10, outcomes['eth'] ?? 0);
		expect(c.sentence).toBe('You said 10%; ETH was 12.7% below its start at its lowest.');
		expect(c.verdictText).toBe('2.7 percentage points too low.');
	});

	test('missing: a view of an earlier setting does not count', () => {
		const view = map().view;
		const waiting = { missing: 'The new setting is still being simulated.' };
		expect(contagionMapOutcomes(view, false, '')).toEqual({
			eth: waiting,
			sol: waiting,
			fund: waiting,
		});
	});

	test('missing: a setting that cannot run gives its reason', () => {
		const outcomes = contagionMapOutcomes(null, false, 'Accounts must be at least 1.');
		expect(outcomes['fund']).toEqual({
			missing: 'These markets could not be simulated. Accounts must be at least 1.',
		});
	});

	test('missing: an upward shock leaves the fall questions without an outcome', () => {
		const outcomes = map({ shock: 10 }).predictionOutcomes;
		const rise = {
			missing:
				'This shock pushes prices up, not down: set a negative shock to ask how far they fall.',
		};
		expect(outcomes['eth']).toEqual(rise);
		expect(outcomes['sol']).toEqual(rise);
		expect(typeof outcomes['fund']).toBe('number');
	});
});
