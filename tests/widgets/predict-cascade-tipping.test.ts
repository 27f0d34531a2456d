// The tipping view's predict mode: its questions in the registry, and outcomes read off real curves.
import { describe, expect, test } from 'vitest';
import { comparePrediction, type PredictionOutcomes } from '../../src/lib/predict';
import { CascadeLabState } from '../../src/widgets/cascade-lab/cascade-lab.svelte';
import {
	presetValues,
	scenarioOf,
	type CascadePreset,
	type CascadeValues,
} from '../../src/widgets/cascade-lab/params';
import {
	TIPPING_SHOCKS,
	tippingCurves,
	tippingPoint,
	type TippingCurve,
} from '../../src/widgets/cascade-lab/tipping';
import {
	ASKED_SHOCK,
	cascadeTippingOutcomes,
	cascadeTippingPredictions,
} from '../../src/widgets/cascade-lab/tipping-predictions';
import { widgetById } from '../../src/widgets/registry';

/** A starting point's values with seed 1, and any slider moved. */
function valuesOf(preset: CascadePreset, patch: Partial<CascadeValues> = {}): CascadeValues {
	return { ...presetValues(preset), seed: 1, ...patch };
}

/** Every curve of a market, as the view shows them once all are computed. */
function shownCurves(values: CascadeValues): { curve: TippingCurve; stale: boolean }[] {
	return tippingCurves(scenarioOf(values)).curves.map((curve) => ({ curve, stale: false }));
}

const NO_TIP = {
	missing:
		'At 10× this market has no tipping point: its fall grows steadily with the shock, without a jump.',
};
const COMPUTING = { missing: 'The curves for this market are still being computed.' };

describe('cascade-tipping predictions', () => {
	test('the registry lists the questions', () => {
		expect(widgetById('cascade-tipping')?.predictions).toBe(cascadeTippingPredictions);
		expect(cascadeTippingPredictions.map((q) => q.id)).toEqual([
			'tipping-shock',
			'fall-low-leverage',
			'fall-high-leverage',
		]);
		expect(TIPPING_SHOCKS).toContain(ASKED_SHOCK);
	});

	// Seed 1; percent units, read off the curves (kept to a millionth of a fraction).
	const cases: readonly {
		name: string;
		values: CascadeValues;
		expected: PredictionOutcomes;
		reason: string;
	}[] = [
		{
			name: 'ordinary market',
			values: valuesOf('ordinary'),
			expected: { 'tipping-shock': 0.3, 'fall-low-leverage': 4.3439, 'fall-high-leverage': 9.226 },
			reason:
				'10× jumps from a 0.2% to a 3.2% fall between 0.2% and 0.3%; 20× more than triples 3%',
		},
		{
			name: 'ordinary market, book half as deep',
			values: valuesOf('ordinary', { depth: 10 }),
			expected: {
				'tipping-shock': 0.2,
				'fall-low-leverage': 5.1358,
				'fall-high-leverage': 12.0858,
			},
			reason: 'a thinner book tips sooner and lets every fall run further',
		},
		{
			name: 'crowded longs',
			values: valuesOf('crowded-longs'),
			expected: {
				'tipping-shock': 0.3,
				'fall-low-leverage': 4.5515,
				'fall-high-leverage': 10.2891,
			},
			reason: 'more longs to liquidate than the ordinary market: deeper falls at the same shock',
		},
		{
			name: 'calm',
			values: valuesOf('calm'),
			expected: {
				'tipping-shock': NO_TIP,
				'fall-low-leverage': 3.0438,
				'fall-high-leverage': 6.7308,
			},
			reason: 'balanced sides and a deep book: 10× never jumps, 3× barely adds to the shock',
		},
	];

	for (const c of cases) {
		test(`${c.name}: ${c.reason}`, () => {
			expect(cascadeTippingOutcomes(shownCurves(c.values), '')).toEqual(c.expected);
		});
	}

	test('the outcomes are the curves’ own numbers: the tipping shock and the fall at 3%', () => {
		const shown = shownCurves(valuesOf('ordinary'));
		const at = (leverage: number): TippingCurve => {
			const found = shown.find((s) => s.curve.leverage === leverage);
			if (found === undefined) throw new Error(`no ${String(leverage)}× curve`);
			return found.curve;
		};
		const outcomes = cascadeTippingOutcomes(shown, '');
		const index = TIPPING_SHOCKS.indexOf(ASKED_SHOCK);
		expect(outcomes['tipping-shock']).toBeCloseTo((tippingPoint(at(10))?.after ?? 0) * 100, 9);
		expect(outcomes['fall-low-leverage']).toBeCloseTo((at(3).falls[index] ?? 0) * 100, 9);
		expect(outcomes['fall-high-leverage']).toBeCloseTo((at(20).falls[index] ?? 0) * 100, 9);
	});

	test('the lab’s own curves give the same outcomes; leverage and shock sliders do not matter', () => {
		const lab = new CascadeLabState(
			() => scenarioOf(valuesOf('ordinary', { leverage: 35, shock: -9 })),
			{
				tipping: true,
			},
		);
		expect(cascadeTippingOutcomes(lab.tippingShown, lab.tippingError)).toEqual(cases[0]?.expected);
	});

	test('curves of the previous market, or none yet, are not outcomes: still computing', () => {
		const shown = shownCurves(valuesOf('ordinary'));
		expect(cascadeTippingOutcomes([], '')).toEqual({
			'tipping-shock': COMPUTING,
			'fall-low-leverage': COMPUTING,
			'fall-high-leverage': COMPUTING,
		});
		// The 3× curve of the new market has arrived; the 10× and 20× shown are the old market's.
		const partly = shown.map((s) => ({ ...s, stale: s.curve.leverage !== 3 }));
		expect(cascadeTippingOutcomes(partly, '')).toEqual({
			'tipping-shock': COMPUTING,
			'fall-low-leverage': 4.3439,
			'fall-high-leverage': COMPUTING,
		});
	});

	test('a failed computation says why, for every question', () => {
		const failed = { missing: 'The curves could not be computed. Out of memory.' };
		expect(cascadeTippingOutcomes(shownCurves(valuesOf('ordinary')), 'Out of memory.')).toEqual({
			'tipping-shock': failed,
			'fall-low-leverage': failed,
			'fall-high-leverage': failed,
		});
	});

	test('a prediction set beside the outcome reads as a sentence', () => {
		const [tip, low, high] = cascadeTippingPredictions;
		const rows = [
			{
				c: comparePrediction(tip, 1, 0.3),
				sentence: 'You said 1%; at 10× a 0.3% shock was the smallest tried that ran away.',
				verdict: '0.7 percentage points too high: about 3.3 times the outcome.',
			},
			{
				c: comparePrediction(low, 3, 4.3439),
				sentence: 'You said 3%; at 3× the price fell 4.3% at its lowest.',
				verdict: '1.3 percentage points too low.',
			},
			{
				c: comparePrediction(high, 9, 9.226),
				sentence: 'You said 9%; at 20× the price fell 9.2% at its lowest.',
				verdict: 'Close: 0.23 percentage points off.',
			},
			{
				c: comparePrediction(tip, 2, NO_TIP),
				sentence: `You said 2%. ${NO_TIP.missing}`,
				verdict: '',
			},
		];
		for (const row of rows) {
			expect(row.c.sentence).toBe(row.sentence);
			expect(row.c.verdictText).toBe(row.verdict);
		}
	});
});
