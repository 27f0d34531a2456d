// SqueezeLab's parameter schema and scenario: a short-heavy market pushed up into its shorts' levels.
import { formatLeverage, formatPercent, formatSignedPercent, formatUsd } from '../../lib/format';
import { defineSchema, type ParamValues } from '../../lib/params';
import { presets, type Scenario } from '../../sim/index';

/** The late-November 2025 set-up near $91,000 (see the simulator's presets), BTC only. */
const BASE: Scenario = { ...presets['short-squeeze'], otherAssets: [] };

/** The lab's parameters, in reader-friendly units (percent, $M); `squeezeScenarioOf` converts them. */
export const squeezeSchema = defineSchema([
	{
		kind: 'number',
		key: 'shorts',
		primary: true,
		label: 'Short share',
		unit: '%',
		min: 0,
		max: 100,
		step: 1,
		default: Math.round((1 - BASE.longShare) * 100),
		format: (percent: number) => formatPercent(percent / 100),
		description: 'Share of all open positions that bet on a fall; the rest bet on a rise.',
	},
	{
		kind: 'number',
		key: 'leverage',
		label: 'Population leverage',
		unit: '×',
		min: 1,
		max: 50,
		step: 0.5,
		default: BASE.medianLeverage,
		scale: 'log',
		format: (value: number) => formatLeverage(value),
		description: 'Median leverage of the traders; some use much more, some much less.',
	},
	{
		kind: 'number',
		key: 'depth',
		label: 'Book depth',
		unit: '$M',
		min: 2,
		max: 100,
		step: 1,
		default: BASE.depthUsd / 1e6,
		scale: 'log',
		format: (millions: number) => formatUsd(millions * 1e6),
		description:
			'Dollars of resting orders on each side within 1% of the price; thin books move more.',
	},
	{
		kind: 'number',
		key: 'push',
		primary: true,
		label: 'Upward push',
		unit: '%',
		min: 0,
		max: 15,
		step: 0.1,
		default: Math.round(BASE.shock * 1000) / 10,
		format: (percent: number) => formatSignedPercent(percent / 100),
		description: 'The outside rise that starts it, unfolding over 30 seconds.',
	},
	{
		kind: 'number',
		key: 'seed',
		label: 'Seed',
		unit: '',
		min: 1,
		max: 9999,
		step: 1,
		default: BASE.seed,
		integer: true,
		description: 'Which random population of traders; the same seed always gives the same run.',
	},
]);

export type SqueezeValues = ParamValues<typeof squeezeSchema>;

/** The scenario the squeeze lab simulates for these values. */
export function squeezeScenarioOf(values: SqueezeValues): Scenario {
	return {
		...BASE,
		seed: values.seed,
		longShare: 1 - values.shorts / 100,
		medianLeverage: values.leverage,
		depthUsd: values.depth * 1e6,
		shock: values.push / 100,
	};
}
