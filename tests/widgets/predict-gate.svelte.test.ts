// Predict mode's moving parts beside the panel: the frame's gate, and a round's rows and announcement.
import { describe, expect, test } from 'vitest';
import type { PredictionQuestion } from '../../src/lib/predict';
import {
	HIDDEN_NARRATION,
	PredictGate,
	type ConcealablePart,
} from '../../src/lib/predict-gate.svelte';
import { PredictSession, type PredictStage } from '../../src/lib/predict-session.svelte';

const fall: PredictionQuestion = {
	id: 'fall',
	question: 'How far does the price fall?',
	unit: '%',
	min: 0,
	max: 100,
	outcome: 'it fell {value}',
};
const accounts: PredictionQuestion = {
	id: 'accounts',
	question: 'How many accounts are liquidated?',
	unit: 'accounts',
	min: 0,
	max: 5000,
	integer: true,
	outcome: '{value} were liquidated',
};

/** A gate over plain props, as a frame makes it, after reading `search` as the frame does on hydrating. */
function gateOf(
	search: string,
	predictions: readonly PredictionQuestion[],
	conceal: readonly ConcealablePart[] = ['chart', 'readout', 'table'],
): { gate: PredictGate; props: { stage: PredictStage } } {
	const props: { stage: PredictStage } = $state({ stage: 'asking' });
	const gate = new PredictGate(
		{
			predictions,
			conceal,
			get stage() {
				return props.stage;
			},
		},
		() => (props.stage = 'off'),
	);
	if (!gate.read(new URLSearchParams(search))) props.stage = 'off';
	return { gate, props };
}

describe('PredictGate', () => {
	const cases: readonly {
		reason: string;
		search: string;
		predictions: readonly PredictionQuestion[];
		on: boolean;
		stage: PredictStage;
	}[] = [
		{
			reason: '?predict=1 and questions',
			search: '?predict=1',
			predictions: [fall],
			on: true,
			stage: 'asking',
		},
		{
			reason: '?predict=yes reads as on',
			search: '?predict=yes',
			predictions: [fall],
			on: true,
			stage: 'asking',
		},
		{ reason: 'no flag: off', search: '?lev=5', predictions: [fall], on: false, stage: 'off' },
		{
			reason: '?predict=0: off',
			search: '?predict=0',
			predictions: [fall],
			on: false,
			stage: 'off',
		},
		{
			reason: 'no questions: off whatever the flag',
			search: '?predict=1',
			predictions: [],
			on: false,
			stage: 'off',
		},
	];
	for (const c of cases) {
		test(`${c.reason}`, () => {
			const { gate, props } = gateOf(c.search, c.predictions);
			expect(gate.hydrated).toBe(true);
			expect(gate.on).toBe(c.on);
			expect(props.stage).toBe(c.stage);
			expect(gate.asking).toBe(c.on);
			expect(gate.hidden('chart')).toBe(c.on);
			expect(gate.narration('It fell 7%.')).toBe(c.on ? HIDDEN_NARRATION : 'It fell 7%.');
		});
	}

	test('revealing shows every part again and the outcome’s own sentence', () => {
		const { gate, props } = gateOf('?predict=1', [fall]);
		props.stage = 'revealed';
		expect(gate.asking).toBe(false);
		expect(gate.hidden('chart')).toBe(false);
		expect(gate.hides('chart')).toBe(true);
		expect(gate.narration('It fell 7%.')).toBe('It fell 7%.');
	});

	test('only the parts named are hidden, and marked for the pre-hydration CSS', () => {
		const { gate } = gateOf('?predict=1', [fall], ['readout']);
		expect([gate.hidden('chart'), gate.hidden('readout'), gate.hidden('table')]).toEqual([
			false,
			true,
			false,
		]);
		expect(gate.hides('chart')).toBe(false);
		expect(gate.hides('readout')).toBe(true);
	});
});

describe('PredictSession: rows and what is announced', () => {
	test('nothing is announced while asking', () => {
		const session = new PredictSession([fall, accounts]);
		expect(session.announcement({ fall: 7 }, 'a')).toBe('');
		expect(session.rows({ fall: 7 })).toEqual([]);
		expect(session.setupChanged('b')).toBe(false);
	});

	test('answered questions only, in order, each beside its outcome', () => {
		const session = new PredictSession([fall, accounts], { fall: '5', accounts: '' });
		expect(session.submit('a')).toBe(true);
		const rows = session.rows({ fall: 7.5, accounts: 120 });
		expect(rows.map((r) => r.q.id)).toEqual(['fall']);
		expect(rows[0]?.comparison.sentence).toBe('You said 5%; it fell 7.5%.');
		expect(session.announcement({ fall: 7.5, accounts: 120 }, 'a')).toBe(
			'You said 5%; it fell 7.5%. 2.5 percentage points too low.',
		);
	});

	test('an outcome the widget lacks, or has not yet, says so', () => {
		const session = new PredictSession([fall, accounts], { fall: '5', accounts: '100' });
		expect(session.submit('a')).toBe(true);
		const rows = session.rows({ fall: { missing: 'Still computing.' } });
		expect(rows.map((r) => r.comparison.sentence)).toEqual([
			'You said 5%. Still computing.',
			'You said 100 accounts. The widget has no outcome for this question.',
		]);
	});

	test('a changed setup after the reveal is announced instead of the comparison', () => {
		const session = new PredictSession([fall], { fall: '5' });
		expect(session.submit('depth=20')).toBe(true);
		expect(session.setupChanged('depth=20')).toBe(false);
		expect(session.setupChanged('depth=10')).toBe(true);
		expect(session.announcement({ fall: 7.5 }, 'depth=10')).toBe(
			'The setup has changed since you predicted.',
		);
	});
});
