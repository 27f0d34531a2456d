// Whole runs pinned to the figures the simulator gave before its speed work: each preset (and three
// variants of the October preset that reach ADL, partial liquidation and the circuit breaker) must
// give the same summary and the same event log and frames, to the last bit.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { PRESET_NAMES, presets, simulate, type Scenario, type SimEvent } from '../../src/sim';

/** What one run gave before the speed work (commit c9bd114): counts, figures and SHA-256 digests. */
interface Fingerprint {
	readonly ticks: number;
	readonly counts: Partial<Record<SimEvent['type'], number>>;
	readonly liquidatedUsd: number;
	readonly liquidatedAccounts: number;
	readonly finalPrice: number;
	readonly insuranceFundEndUsd: number;
	readonly adlUsd: number;
	/** Digest of JSON.stringify(summary). */
	readonly summary: string;
	/** Digest of JSON.stringify([events, frames, accounting]). */
	readonly digest: string;
}

const october = presets['oct-10-2025'];
const variants: Readonly<Record<string, Scenario>> = {
	'oct-10-2025, no fund (ADL)': { ...october, accounts: 8_000, insuranceFundUsd: 0 },
	'oct-10-2025, Hyperliquid partial': {
		...october,
		accounts: 8_000,
		venue: 'hyperliquid',
		partialLiquidation: true,
	},
	'oct-10-2025, breaker': { ...october, accounts: 8_000, circuitBreaker: true },
};

const before: Readonly<Record<string, Fingerprint>> = {
	calm: {
		ticks: 533,
		counts: { shock: 1, stop: 13, liquidation: 16 },
		liquidatedUsd: 2458240.117974291,
		liquidatedAccounts: 16,
		finalPrice: 107772.7571705855,
		insuranceFundEndUsd: 50008900.44214437,
		adlUsd: 0,
		summary: 'cd567839d0ae74c86c8053be8fd5eb21064fe712c417a6f85124b094457f92a2',
		digest: 'cec5a91210623398e58e30c976db3184f12bcce922c0031882ba7e615c32bcf4',
	},
	'crowded-longs': {
		ticks: 982,
		counts: { shock: 1, stop: 654, liquidation: 4231, fund: 3928 },
		liquidatedUsd: 908440498.5460802,
		liquidatedAccounts: 4231,
		finalPrice: 101197.29587413342,
		insuranceFundEndUsd: 36945467.5844887,
		adlUsd: 0,
		summary: '9afb79de3dc66d4945ad49b1d6381f723ca60d4ff6781d24a058ddd761d01444',
		digest: '05c3aa27c9177a7c873795e0aaf0e537ac616fc899c8914bd790c8ae678a2801',
	},
	'short-squeeze': {
		ticks: 989,
		counts: { shock: 1, stop: 622, liquidation: 4360, fund: 4050 },
		liquidatedUsd: 1093855364.712181,
		liquidatedAccounts: 4360,
		finalPrice: 99288.31058482916,
		insuranceFundEndUsd: 33406749.64389959,
		adlUsd: 0,
		summary: '6981a0471d64776901d0ac4701ed5dda95c7cb044924a9685d286bfe9e26cb44',
		digest: '1c247d5c8dcdafc6851900535968f3ff19bfe14fe90f4a5911b4e51d7f6d4010',
	},
	'oct-10-2025': {
		ticks: 2424,
		counts: { shock: 1, liquidation: 8557, stop: 774, fund: 1239 },
		liquidatedUsd: 629765419.6211827,
		liquidatedAccounts: 6763,
		finalPrice: 106651.99810468951,
		insuranceFundEndUsd: 11235713.855899237,
		adlUsd: 0,
		summary: '6be84f06a38174694c12f286bd36a7fd95dbbccca80600ca09c772509d3bff1c',
		digest: '9ade03bb87d029bb7272084cb849f9d6be5016f71dae6dcab4d250b05837096f',
	},
	'nov-2025': {
		ticks: 1098,
		counts: { shock: 1, liquidation: 1072, stop: 332 },
		liquidatedUsd: 90106455.65119924,
		liquidatedAccounts: 1072,
		finalPrice: 104476.43437961371,
		insuranceFundEndUsd: 50318157.81014005,
		adlUsd: 0,
		summary: '636ae9f99ab7401826f21842a92bf8413b025b165492af66588caf677a02c541',
		digest: '24cb85c0a3422832a85ab6e1fd5249589f977de4337f4d22d1d48303d1b120e0',
	},
	'oct-10-2025, no fund (ADL)': {
		ticks: 2477,
		counts: { shock: 1, stop: 327, liquidation: 3502, fund: 268, adl: 337 },
		liquidatedUsd: 705258711.4466826,
		liquidatedAccounts: 2764,
		finalPrice: 106393.3612035402,
		insuranceFundEndUsd: 1928517.763460805,
		adlUsd: 31985102.730167016,
		summary: 'd3810336010c9b39c273f91e2e8ab5187418e0709994ad2a2f963208860f12e1',
		digest: 'fcebe6f3e961d2893a2dfe554997be31f452290be18b5315cea03de3abc77d97',
	},
	'oct-10-2025, Hyperliquid partial': {
		ticks: 2454,
		counts: { shock: 1, stop: 332, liquidation: 3736, fund: 159 },
		liquidatedUsd: 760558156.895192,
		liquidatedAccounts: 2936,
		finalPrice: 106161.27009162516,
		insuranceFundEndUsd: 9837875.577643102,
		adlUsd: 0,
		summary: 'f374dfda29d31e17deaa819547234053d71addb52c15b8e40c2751b22c17d681',
		digest: '79d9c48545418f06458d3dd66c2ba5a1a9c760fb34c1a2e0fa258ce93a63e690',
	},
	'oct-10-2025, breaker': {
		ticks: 2476,
		counts: { shock: 1, stop: 328, liquidation: 3513, fund: 695, halt: 1, resume: 1 },
		liquidatedUsd: 703892306.9192591,
		liquidatedAccounts: 2772,
		finalPrice: 106300.0399600399,
		insuranceFundEndUsd: 8415695.827467112,
		adlUsd: 0,
		summary: '2f90e9000f996b3a52cd9621450e678e1d6be97088dcf910089790e1318a5ff6',
		digest: '0af48ef1e3a60cbaabc0741c3afa37b68c83a5ec13e1d794a6560def0923386a',
	},
};

const sha256 = (value: unknown): string =>
	createHash('sha256').update(JSON.stringify(value)).digest('hex');

const scenarios: [string, Scenario][] = [
	...PRESET_NAMES.map((name): [string, Scenario] => [name, presets[name]]),
	...Object.entries(variants),
];

describe('runs are unchanged by the speed work', () => {
	test.each(scenarios)('%s', (name, scenario) => {
		const run = simulate(scenario);
		const counts: Partial<Record<SimEvent['type'], number>> = {};
		for (const e of run.events) counts[e.type] = (counts[e.type] ?? 0) + 1;
		const s = run.summary;
		expect({
			ticks: s.ticks,
			counts,
			liquidatedUsd: s.liquidatedUsd,
			liquidatedAccounts: s.liquidatedAccounts,
			finalPrice: s.finalPrice,
			insuranceFundEndUsd: s.insuranceFundEndUsd,
			adlUsd: s.adlUsd,
			summary: sha256(s),
			digest: sha256([run.events, run.frames, run.accounting]),
		}).toStrictEqual(before[name]);
	});
});
