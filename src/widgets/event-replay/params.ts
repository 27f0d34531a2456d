// EventReplay's parameter schema (controls, URL, clamping) and the scenario its values stand for.
import { formatCount, formatPercent } from '../../lib/format';
import { defineSchema, type ParamValues } from '../../lib/params';
import { presets, type Scenario } from '../../sim/index';

/** The calibrated events the replay offers, each a simulator preset. */
export const REPLAY_EVENTS = ['oct-10-2025', 'nov-2025'] as const;
export type ReplayEvent = (typeof REPLAY_EVENTS)[number];

/** How each event is named on its button and in sentences. */
export const EVENT_LABELS: Readonly<Record<ReplayEvent, string>> = {
	'oct-10-2025': '10–11 Oct 2025',
	'nov-2025': '3–4 Nov 2025',
};

/** The seed both presets are calibrated with (the simulator's default). */
const CALIBRATED_SEED = presets['oct-10-2025'].seed;

const percentOfCalibrated = (percent: number): string =>
	`${formatPercent(percent / 100)} of calibrated`;

/** The replay's parameters: the event, then how far from its calibration the run strays. */
export const replaySchema = defineSchema([
	{
		kind: 'choice',
		key: 'event',
		primary: true,
		label: 'Event',
		options: REPLAY_EVENTS.map((value) => ({ value, label: EVENT_LABELS[value] })),
		default: 'oct-10-2025',
		description: 'Which day to replay; each is a preset calibrated to that day’s reported figures.',
	},
	{
		kind: 'number',
		key: 'shock',
		label: 'Outside move',
		unit: '%',
		min: 50,
		max: 150,
		step: 5,
		default: 100,
		format: percentOfCalibrated,
		description:
			'The outside price move as a share of the calibrated one (a 7% fall over ten minutes in October, 3% over five minutes in November).',
	},
	{
		kind: 'number',
		key: 'depth',
		label: 'Book depth',
		unit: '%',
		min: 50,
		max: 200,
		step: 5,
		default: 100,
		format: percentOfCalibrated,
		description: 'Every market’s order-book depth as a share of the calibrated depth.',
	},
	{
		kind: 'number',
		key: 'seed',
		label: 'Seed',
		unit: '',
		min: 1,
		max: 9999,
		step: 1,
		default: CALIBRATED_SEED,
		integer: true,
		format: (seed: number) => formatCount(seed),
		description: 'Which random population of traders; the calibration used seed 1.',
	},
]);

export type ReplayValues = ParamValues<typeof replaySchema>;

/** The values that reproduce an event's preset exactly. */
export function calibratedValues(event: ReplayEvent): ReplayValues {
	return { event, shock: 100, depth: 100, seed: CALIBRATED_SEED };
}

/** Whether the values are an event's calibration, untouched. */
export function isCalibrated(values: ReplayValues): boolean {
	return values.shock === 100 && values.depth === 100 && values.seed === CALIBRATED_SEED;
}

/** The scenario replayed for these values: the event's preset, its shock and depths scaled. */
export function scenarioOf(values: ReplayValues): Scenario {
	const preset = presets[values.event];
	const shock = values.shock / 100;
	const depth = values.depth / 100;
	return {
		...preset,
		seed: values.seed,
		shock: preset.shock * shock,
		depthUsd: preset.depthUsd * depth,
		otherAssets: preset.otherAssets.map((asset) => ({
			...asset,
			depthUsd: asset.depthUsd * depth,
		})),
	};
}

/** A short text naming the values, equal for equal values (the key runs are cached under). */
export function replayKey(values: ReplayValues): string {
	return [values.event, values.seed, values.shock, values.depth].join('|');
}
