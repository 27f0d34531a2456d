// Named starting points for readers and lessons, each calibrated as doc/model.md explains.
import { ETH, SOL } from './assets';
import { defaultScenario, type Scenario } from './scenario';

/** The preset names, in the order lessons use them. */
export const PRESET_NAMES = [
	'calm',
	'crowded-longs',
	'short-squeeze',
	'oct-10-2025',
	'nov-2025',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const base = defaultScenario();

/** Ready-made scenarios; each is a complete, valid Scenario (calibration in doc/model.md). */
export const presets: Readonly<Record<PresetName, Scenario>> = {
	// Balanced, modest leverage, a deep book: a 2% dip barely spreads.
	calm: {
		...base,
		longShare: 0.5,
		medianLeverage: 4,
		leverageSpread: 0.6,
		depthUsd: 40_000_000,
		shock: -0.02,
	},
	// Most open interest long at high leverage: the set-up of every long squeeze.
	'crowded-longs': {
		...base,
		longShare: 0.8,
		medianLeverage: 15,
		shock: -0.03,
	},
	// Shorts crowded at high leverage, the price pushed up into their liquidation levels; the late
	// November 2025 set-up near $91,000 with levels reported around $95,000 (press report).
	'short-squeeze': {
		...base,
		price: 91_000,
		longShare: 0.25,
		medianLeverage: 15,
		shock: 0.03,
	},
	// 10 October 2025: BTC from ≈ $122k; books thinned to 60% of the default (Kaiko: near-empty
	// around mid), ETH and SOL linked through cross-margin accounts, and a fund a fifth of the
	// default's. Most liquidations fill above bankruptcy and the fund always covers the rest, so no
	// auto-deleveraging starts: the model does not reproduce Hyperliquid's ADL of that night
	// (doc/model.md says why).
	'oct-10-2025': {
		...base,
		accounts: 20_000,
		tradersPerAccount: 80,
		price: 122_000,
		longShare: 0.75,
		medianLeverage: 8,
		depthUsd: 12_000_000,
		refillHalfLifeTicks: 120,
		shock: -0.07,
		shockTicks: 600,
		insuranceFundUsd: 10_000_000,
		otherAssets: [
			{ ...ETH, price: 4_350, depthUsd: 3_600_000 },
			{ ...SOL, price: 220, depthUsd: 600_000 },
		],
		correlation: 0.8,
		maxTicks: 7_200,
	},
	// 3–4 November 2025: a slide from ≈ $110k to just above $104k, mostly longs liquidated.
	'nov-2025': {
		...base,
		accounts: 20_000,
		price: 110_000,
		longShare: 0.65,
		medianLeverage: 5,
		depthUsd: 30_000_000,
		shock: -0.03,
		shockTicks: 300,
	},
};
