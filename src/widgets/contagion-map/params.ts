// ContagionMap's parameter schema (controls, URL, clamping) and the three-market scenario it stands for.
import { formatPercent, formatSignedPercent, formatUsd } from '../../lib/format';
import { defineSchema, type ParamValues } from '../../lib/params';
import { defaultScenario, ETH, SOL, type Scenario } from '../../sim/index';

/** The markets, in the simulator's order: BTC first, then its `otherAssets`. */
export const MARKETS = ['btc', 'eth', 'sol'] as const;
export type MarketId = (typeof MARKETS)[number];

/**
 * Simulated accounts (count). Fewer than the simulator's default 10,000, since every cross account
 * here holds two markets and is checked each second; each stands for more traders instead, so the
 * open interest and the trader count (200,000) stay those of the default market.
 */
export const CONTAGION_ACCOUNTS = 2_500;
/** Traders each simulated account stands for (count). */
export const TRADERS_PER_ACCOUNT = 80;

const percentFormat = (percent: number): string => formatPercent(percent / 100);
const moveFormat = (percent: number): string => formatSignedPercent(percent / 100);
const fundFormat = (millions: number): string => formatUsd(millions * 1e6);

/** The map's parameters, in reader-friendly units (percent, $M); `contagionScenarioOf` converts them. */
export const contagionSchema = defineSchema([
	{
		kind: 'choice',
		key: 'market',
		primary: true,
		label: 'Shocked market',
		options: [
			{ value: 'btc', label: 'BTC' },
			{ value: 'eth', label: 'ETH' },
			{ value: 'sol', label: 'SOL' },
		],
		default: 'btc',
		description: 'The market the outside shock hits first; the other two follow.',
	},
	{
		kind: 'number',
		key: 'shock',
		primary: true,
		label: 'Shock',
		unit: '%',
		min: -25,
		max: 25,
		step: 0.5,
		default: -10,
		format: moveFormat,
		description: 'The outside price move in the shocked market, unfolding over 30 seconds.',
	},
	{
		kind: 'number',
		key: 'cross',
		primary: true,
		label: 'Cross-margin share',
		unit: '%',
		min: 0,
		max: 100,
		step: 1,
		default: 30,
		format: percentFormat,
		description:
			'Share of accounts in cross margin. Each holds a second position in another market, backed by the same cash.',
	},
	{
		kind: 'number',
		key: 'correlation',
		primary: true,
		label: 'Correlation',
		unit: '%',
		min: 0,
		max: 100,
		step: 1,
		default: 70,
		format: percentFormat,
		description:
			'How much of the shock the other markets share from outside, scaled by how strongly each one usually moves.',
	},
	{
		kind: 'number',
		key: 'fund',
		label: 'Insurance fund',
		unit: '$M',
		min: 0,
		max: 50,
		step: 0.5,
		default: 5,
		format: fundFormat,
		description:
			'What the exchange holds to pay for accounts that end below zero; when it cannot, it auto-deleverages winners.',
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

export type ContagionValues = ParamValues<typeof contagionSchema>;

/**
 * The scenario the map simulates: the simulator's default market, spread over BTC, ETH and SOL
 * with the simulator's own ETH and SOL books (early November 2025 prices and depth).
 */
export function contagionScenarioOf(values: ContagionValues): Scenario {
	return {
		...defaultScenario(),
		accounts: CONTAGION_ACCOUNTS,
		tradersPerAccount: TRADERS_PER_ACCOUNT,
		otherAssets: [ETH, SOL],
		seed: values.seed,
		shockMarket: MARKETS.indexOf(values.market),
		shock: values.shock / 100,
		crossShare: values.cross / 100,
		correlation: values.correlation / 100,
		insuranceFundUsd: values.fund * 1e6,
	};
}
