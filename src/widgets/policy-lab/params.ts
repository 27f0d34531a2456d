// PolicyLab's parameter schema (controls, URL, clamping): the shared market and shock, and each panel's policy.
import { formatLeverage, formatSignedPercent } from '../../lib/format';
import { defineSchema, type ParamValues } from '../../lib/params';
import { defaultScenario, presets, type Scenario } from '../../sim/index';

/** Markets the reader can start from: the default market and the simulator's five presets. */
export const LAB_PRESETS = [
	'ordinary',
	'calm',
	'crowded-longs',
	'short-squeeze',
	'oct-10-2025',
	'nov-2025',
] as const;
export type LabPreset = (typeof LAB_PRESETS)[number];

/**
 * A preset's scenario, BTC only: the lab compares one market's price path, so the October preset's
 * ETH and SOL books are left out (its cross accounts then hold BTC alone), as in the cascade lab.
 */
export function presetScenario(name: LabPreset): Scenario {
	const base = name === 'ordinary' ? defaultScenario() : presets[name];
	return { ...base, otherAssets: [] };
}

/** The policies a panel can apply, one lever each. */
export const POLICY_KINDS = ['none', 'cap', 'breaker', 'partial', 'fund'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** The policies as the panel's choice offers them. */
export const POLICY_OPTIONS = [
	{ value: 'none', label: 'No policy' },
	{ value: 'cap', label: 'Leverage cap' },
	{ value: 'breaker', label: 'Circuit breaker' },
	{ value: 'partial', label: 'Partial liquidation' },
	{ value: 'fund', label: 'Insurance fund' },
] as const;

/** Panel numbers as the URL writes them (p1 … p4). */
export const PANEL_SLOTS = [1, 2, 3, 4] as const;
export type PanelSlot = (typeof PANEL_SLOTS)[number];
export const MIN_PANELS = 2;
export const MAX_PANELS = 4;

/** What each panel shows before the reader changes it. */
const DEFAULT_KINDS: Readonly<Record<PanelSlot, PolicyKind>> = {
	1: 'none',
	2: 'cap',
	3: 'breaker',
	4: 'partial',
};

const leverageFormat = (value: number): string => formatLeverage(value);
const moveFormat = (percent: number): string => formatSignedPercent(percent / 100);
const percentFormat = (percent: number): string => `${String(percent)}%`;
const secondsFormat = (seconds: number): string => `${String(seconds)} s`;
const multipleFormat = (times: number): string => `×${String(times)}`;

/** One panel's parameters: its policy and the settings of the policies that take any. */
function panelParams<const N extends PanelSlot>(n: N) {
	return [
		{
			kind: 'choice',
			key: `p${n}`,
			label: `Panel ${n} policy`,
			options: POLICY_OPTIONS,
			default: DEFAULT_KINDS[n],
			description: `The rule panel ${n} replays the shock under.`,
		},
		{
			kind: 'number',
			key: `p${n}-cap`,
			label: `Panel ${n} leverage cap`,
			unit: '×',
			min: 1,
			max: 125,
			step: 1,
			default: 20,
			scale: 'log',
			integer: true,
			format: leverageFormat,
			description: 'Highest leverage anyone may open; those who wanted more post more margin.',
		},
		{
			kind: 'number',
			key: `p${n}-move`,
			label: `Panel ${n} breaker move`,
			unit: '%',
			min: 1,
			max: 20,
			step: 0.5,
			default: 5,
			format: percentFormat,
			description: 'A move this large within the window halts trading.',
		},
		{
			kind: 'number',
			key: `p${n}-window`,
			label: `Panel ${n} breaker window`,
			unit: 's',
			min: 5,
			max: 600,
			step: 5,
			default: 60,
			integer: true,
			format: secondsFormat,
			description: 'The stretch of time over which that move is measured.',
		},
		{
			kind: 'number',
			key: `p${n}-halt`,
			label: `Panel ${n} halt length`,
			unit: 's',
			min: 10,
			max: 900,
			step: 10,
			default: 120,
			integer: true,
			format: secondsFormat,
			description: 'How long trading and liquidations pause once the breaker trips.',
		},
		{
			kind: 'number',
			key: `p${n}-fund`,
			label: `Panel ${n} fund size`,
			unit: '×',
			min: 0,
			max: 20,
			step: 0.5,
			default: 10,
			format: multipleFormat,
			description:
				"The insurance fund as a multiple of the market's own; 0 leaves no fund, so auto-deleveraging starts at the first shortfall.",
		},
	] as const;
}

/** The lab's parameters, in reader-friendly units (percent, seconds, multiples). */
export const policyLabSchema = defineSchema([
	{
		kind: 'choice',
		key: 'preset',
		label: 'Market',
		options: [
			{ value: 'ordinary', label: 'Ordinary market' },
			{ value: 'calm', label: 'Calm' },
			{ value: 'crowded-longs', label: 'Crowded longs' },
			{ value: 'short-squeeze', label: 'Crowded shorts' },
			{ value: 'oct-10-2025', label: '10 Oct 2025' },
			{ value: 'nov-2025', label: '3–4 Nov 2025' },
		],
		default: 'ordinary',
		description: 'The population of traders and the book every panel shares.',
	},
	{
		kind: 'number',
		key: 'shock',
		primary: true,
		label: 'Shock',
		unit: '%',
		min: -15,
		max: 15,
		step: 0.1,
		default: -3,
		format: moveFormat,
		description:
			'The outside price move every panel receives, over 30 seconds (over minutes in the 2025 markets).',
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
		description: 'Which random population of traders; every panel uses the same one.',
	},
	{
		kind: 'number',
		key: 'panels',
		label: 'Panels',
		unit: '',
		min: MIN_PANELS,
		max: MAX_PANELS,
		step: 1,
		default: 3,
		integer: true,
		description: 'How many policies are compared side by side.',
	},
	...panelParams(1),
	...panelParams(2),
	...panelParams(3),
	...panelParams(4),
]);

export type PolicyLabValues = ParamValues<typeof policyLabSchema>;

/** The keys of a panel's own parameters, policy first. */
export function panelKeys(n: PanelSlot) {
	return {
		kind: `p${n}`,
		cap: `p${n}-cap`,
		move: `p${n}-move`,
		window: `p${n}-window`,
		halt: `p${n}-halt`,
		fund: `p${n}-fund`,
	} as const;
}

/** How many panels the values ask for, as a slot count. */
export function panelCount(values: PolicyLabValues): number {
	return Math.min(MAX_PANELS, Math.max(MIN_PANELS, Math.round(values.panels)));
}

/** The slots of the panels shown, in order. */
export function activeSlots(values: PolicyLabValues): PanelSlot[] {
	return PANEL_SLOTS.slice(0, panelCount(values));
}

/** The scenario every panel starts from: the preset with the reader's shock and seed. */
export function sharedScenario(values: PolicyLabValues): Scenario {
	return {
		...presetScenario(values.preset),
		seed: values.seed,
		shock: values.shock / 100,
	};
}

/** The shock a preset starts with (percent, one decimal). */
export function presetShock(name: LabPreset): number {
	return Math.round(presetScenario(name).shock * 1000) / 10;
}
