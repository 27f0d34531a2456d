// CascadeLab's parameter schema (controls, URL, clamping) and the scenario its values stand for.
import { defineSchema, type ParamValues } from '../../lib/params';
import { formatLeverage, formatPercent, formatSignedPercent, formatUsd } from '../../lib/format';
import { defaultScenario, presets, type Scenario } from '../../sim/index';

/** Starting points offered by the preset picker: the default market and four simulator presets. */
export const CASCADE_PRESETS = [
	'ordinary',
	'calm',
	'crowded-longs',
	'oct-10-2025',
	'nov-2025',
] as const;
export type CascadePreset = (typeof CASCADE_PRESETS)[number];

/**
 * The scenario each preset starts from, BTC only: this widget draws one market, so the October
 * preset's ETH and SOL books are left out (its cross accounts then hold BTC alone).
 */
export function presetScenario(name: CascadePreset): Scenario {
	const base = name === 'ordinary' ? defaultScenario() : presets[name];
	return { ...base, otherAssets: [] };
}

const leverageFormat = (value: number): string => formatLeverage(value);
const shareFormat = (percent: number): string => formatPercent(percent / 100);
const depthFormat = (millions: number): string => formatUsd(millions * 1e6);
const moveFormat = (percent: number): string => formatSignedPercent(percent / 100);

/** The lab's parameters, in reader-friendly units (percent, $M); `scenarioOf` converts them. */
export const cascadeSchema = defineSchema([
	{
		kind: 'choice',
		key: 'preset',
		label: 'Starting point',
		options: [
			{ value: 'ordinary', label: 'Ordinary market' },
			{ value: 'calm', label: 'Calm' },
			{ value: 'crowded-longs', label: 'Crowded longs' },
			{ value: 'oct-10-2025', label: '10 Oct 2025' },
			{ value: 'nov-2025', label: '3–4 Nov 2025' },
		],
		default: 'ordinary',
		description:
			'The market the sliders start from: its price, population size and how fast its book refills.',
	},
	{
		kind: 'number',
		key: 'leverage',
		primary: true,
		label: 'Population leverage',
		unit: '×',
		min: 1,
		max: 50,
		step: 0.5,
		default: 10,
		scale: 'log',
		format: leverageFormat,
		description: 'Median leverage of the traders; some use much more, some much less.',
	},
	{
		kind: 'number',
		key: 'longs',
		label: 'Long share',
		unit: '%',
		min: 0,
		max: 100,
		step: 1,
		default: 60,
		format: shareFormat,
		description: 'Share of all open positions that bet on a rise; the rest bet on a fall.',
	},
	{
		kind: 'number',
		key: 'depth',
		label: 'Book depth',
		unit: '$M',
		min: 2,
		max: 100,
		step: 1,
		default: 20,
		scale: 'log',
		format: depthFormat,
		description:
			'Dollars of resting orders on each side within 1% of the price; thin books move more.',
	},
	{
		kind: 'number',
		key: 'shock',
		primary: true,
		label: 'Initial shock',
		unit: '%',
		min: -15,
		max: 15,
		step: 0.1,
		default: -3,
		format: moveFormat,
		description:
			'The outside price move that starts it all, unfolding over 30 seconds (over minutes in the 2025 presets).',
	},
	{
		kind: 'number',
		key: 'seed',
		label: 'Seed',
		unit: '',
		min: 1,
		max: 9999,
		step: 1,
		default: 1,
		integer: true,
		description: 'Which random population of traders; the same seed always gives the same run.',
	},
]);

export type CascadeValues = ParamValues<typeof cascadeSchema>;

/** The slider values a preset starts with (its seed stays as the reader set it). */
export function presetValues(name: CascadePreset): Omit<CascadeValues, 'seed'> {
	const s = presetScenario(name);
	return {
		preset: name,
		leverage: s.medianLeverage,
		longs: Math.round(s.longShare * 100),
		depth: s.depthUsd / 1e6,
		shock: Math.round(s.shock * 1000) / 10,
	};
}

/** The scenario the lab simulates for these values. */
export function scenarioOf(values: CascadeValues): Scenario {
	return {
		...presetScenario(values.preset),
		seed: values.seed,
		medianLeverage: values.leverage,
		longShare: values.longs / 100,
		depthUsd: values.depth * 1e6,
		shock: values.shock / 100,
	};
}
