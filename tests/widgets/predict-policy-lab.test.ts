// PolicyLab's predict mode: its questions in the registry, and outcomes computed from the panels' runs.
import { describe, expect, test } from 'vitest';
import { defaultValues } from '../../src/lib/params';
import { comparePrediction } from '../../src/lib/predict';
import { policyLabSchema, type PolicyLabValues } from '../../src/widgets/policy-lab/params';
import { PolicyLabState, type PanelView } from '../../src/widgets/policy-lab/policy-lab.svelte';
import { policyLabOutcomes, policyLabPredictions } from '../../src/widgets/policy-lab/predictions';
import { widgetById } from '../../src/widgets/registry';

const defaults = defaultValues(policyLabSchema);
const lab = (patch: Partial<PolicyLabValues> = {}): PolicyLabState =>
	new PolicyLabState(() => ({ ...defaults, ...patch }));

describe('policy-lab predictions', () => {
	test('the registry lists the questions', () => {
		expect(widgetById('policy-lab')?.predictions).toBe(policyLabPredictions);
		expect(policyLabPredictions.map((q) => q.id)).toEqual(['baseline', 'change']);
	});

	test('ordinary market, −3%, seed 1: no policy against a 20× cap', () => {
		const state = lab();
		expect(state.ready).toBe(true);
		const outcomes = state.predictionOutcomes;
		expect(outcomes['baseline']).toBeCloseTo(391174168.12851304, 3);
		expect(outcomes['change']).toBeCloseTo(-7.625243189032693, 9);
		// Panel 2's card says the same: "−7.6%".
		const [, change] = policyLabPredictions;
		const c = comparePrediction(change, -50, outcomes['change'] ?? 0);
		expect(c.sentence).toBe('You said −50%; panel 2 changed them by −7.6%.');
		expect(c.verdict).toBe('low');
	});

	test('the same policy in both panels changes nothing', () => {
		const outcomes = lab({ p2: 'none' }).predictionOutcomes;
		expect(outcomes['change']).toBe(0);
	});

	test('missing: panels still waiting for their own run do not count', () => {
		const stale: PanelView[] = lab().panels.map((p) => ({ ...p, fresh: false }));
		const waiting = { missing: 'The shock is still being replayed under the new settings.' };
		expect(policyLabOutcomes(stale)).toEqual({ baseline: waiting, change: waiting });
	});

	test('missing: a panel that could not run gives its reason', () => {
		const panels = lab().panels;
		const [first] = panels;
		if (first === undefined) throw new Error('no panel');
		const failed: PanelView = {
			...first,
			outcome: { ok: false, message: 'Depth must be positive.' },
		};
		expect(policyLabOutcomes([failed, ...panels.slice(1)])['change']).toEqual({
			missing: 'Panel 1 could not run: Depth must be positive.',
		});
	});

	test('missing: panel 1 liquidating nothing leaves no change to measure', () => {
		expect(lab({ shock: 0 }).predictionOutcomes).toEqual({
			baseline: 0,
			change: {
				missing: 'Panel 1 liquidated nothing, so there is no change to measure against it.',
			},
		});
	});
});
