// EventReplay's predict mode: its questions in the registry, and outcomes computed from the replay.
import { describe, expect, test } from 'vitest';
import { comparePrediction } from '../../src/lib/predict';
import { EventReplayState } from '../../src/widgets/event-replay/event-replay.svelte';
import { calibratedValues } from '../../src/widgets/event-replay/params';
import {
	eventReplayOutcomes,
	eventReplayPredictions,
} from '../../src/widgets/event-replay/predictions';
import { widgetById } from '../../src/widgets/registry';

describe('event-replay predictions', () => {
	test('the registry lists the questions', () => {
		expect(widgetById('event-replay')?.predictions).toBe(eventReplayPredictions);
		expect(eventReplayPredictions.map((q) => q.id)).toEqual(['fall', 'liquidated', 'traders']);
	});

	test('10–11 October 2025, calibrated: the model’s fall, dollars and traders', () => {
		const state = new EventReplayState(() => calibratedValues('oct-10-2025'));
		expect(state.fresh).toBe(true);
		const outcomes = state.predictionOutcomes;
		expect(outcomes['fall']).toBeCloseTo(13.052948187437273, 9);
		expect(outcomes['liquidated']).toBeCloseTo(629765419.6211827, 3);
		expect(outcomes['traders']).toBe(541040);
		const f = state.replay?.figures;
		expect(outcomes['liquidated']).toBe(f?.liquidatedUsd);
		const [fall] = eventReplayPredictions;
		expect(comparePrediction(fall, 12, outcomes['fall'] ?? 0).sentence).toBe(
			'You said 12%; the model’s BTC was 13.1% below its start at its lowest.',
		);
	});

	test('3–4 November 2025, calibrated: a different event, different outcomes', () => {
		const outcomes = new EventReplayState(() => calibratedValues('nov-2025')).predictionOutcomes;
		expect(outcomes['fall']).toBeCloseTo(5.3065491233073026, 9);
		expect(outcomes['liquidated']).toBeCloseTo(90106455.65119924, 3);
		expect(outcomes['traders']).toBe(21440);
	});

	test('missing: a replay of earlier settings does not count', () => {
		const replay = new EventReplayState(() => calibratedValues('nov-2025')).replay;
		const waiting = { missing: 'The new settings are still being replayed.' };
		expect(eventReplayOutcomes(replay, false, '')).toEqual({
			fall: waiting,
			liquidated: waiting,
			traders: waiting,
		});
	});

	test('missing: settings that cannot run give their reason', () => {
		const outcomes = eventReplayOutcomes(null, false, 'Depth must be positive.');
		expect(outcomes['fall']).toEqual({
			missing: 'This event could not be replayed. Depth must be positive.',
		});
	});
});
