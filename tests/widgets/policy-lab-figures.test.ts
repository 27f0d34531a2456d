// The lab figures chapter 7 and its teaching notes quote, checked against the simulator so they cannot drift.
import { describe, expect, test } from 'vitest';
import { defaultScenario, simulate, type Scenario } from '../../src/sim';
import { panelRunOf } from '../../src/widgets/policy-lab/panel-run';

/** The lab's starting market: ordinary, 3% drop over 30 s, seed 1, BTC only. */
const ordinary: Scenario = { ...defaultScenario(), otherAssets: [] };
const run = (patch: Partial<Scenario>) => panelRunOf(simulate({ ...ordinary, ...patch }));
const millions = (usd: number): number => Math.round(usd / 1e5) / 10;

describe('figures quoted in the teaching notes (content/teach/07-fixing-the-system.yaml)', () => {
	const none = run({});
	const cap10 = run({ leverageCap: 10 });
	const cap20 = run({ leverageCap: 20 });
	const breaker = run({ circuitBreaker: true });
	const noFund = run({ insuranceFundUsd: 0 });

	test.each([
		['no policy liquidates', none.figures.liquidatedUsd, 391.2],
		['a 10× cap liquidates', cap10.figures.liquidatedUsd, 40.2],
		['a 20× cap liquidates', cap20.figures.liquidatedUsd, 361.3],
		['the breaker’s busiest second', breaker.figures.busiestTickUsd, 84.3],
		['the busiest second without it', none.figures.busiestTickUsd, 21.5],
		['ADL with no fund closes', noFund.figures.adlUsd, 162.0],
	])('%s $%sM', (_, usd, quoted) => {
		expect(millions(usd)).toBe(quoted);
	});

	test.each([
		['no policy', none.figures.lowestPrice, 101_727, '7.52'],
		['a 10× cap', cap10.figures.lowestPrice, 104_560, '4.95'],
		['no fund', noFund.figures.lowestPrice, 103_109, '6.26'],
	])('%s: lowest price $%d, a %s%% fall', (_, price, quoted, fall) => {
		expect(Math.round(price)).toBe(quoted);
		expect(((1 - price / 110_000) * 100).toFixed(2)).toBe(fall);
	});

	test('the breaker trips at second 16, halts 17 to 136 and resumes at 2 min 17 s, the busiest second', () => {
		expect(breaker.halts).toEqual([{ from: 17, to: 137 }]);
		expect(breaker.figures.busiestTick).toBe(137);
		expect(none.figures.busiestTick).toBe(13);
	});

	// Quoted loosely: the count can differ by one between JavaScript engines (last-digit float differences).
	test('with no fund, more than 1,600 ADL closures', () => {
		expect(noFund.figures.adlClosures).toBeGreaterThan(1600);
		expect(noFund.figures.adlClosures).toBeLessThan(1700);
	});
});

describe('claims the chapter makes about the lab', () => {
	const none = run({});

	test('the breaker makes the ordinary market worse: more liquidated, a lower low, a burst about four times the worst second', () => {
		const breaker = run({ circuitBreaker: true });
		expect(breaker.figures.liquidatedUsd).toBeGreaterThan(none.figures.liquidatedUsd);
		expect(breaker.figures.lowestPrice).toBeLessThan(none.figures.lowestPrice);
		expect(Math.round(breaker.figures.busiestTickUsd / none.figures.busiestTickUsd)).toBe(4);
	});

	test('partial liquidation barely changes the ordinary market (within 1%)', () => {
		const partial = run({ partialLiquidation: true });
		expect(Math.abs(partial.figures.liquidatedUsd / none.figures.liquidatedUsd - 1)).toBeLessThan(
			0.01,
		);
	});

	test('a fund ten times larger changes nothing; an empty one lets ADL start within seconds and soften the fall', () => {
		const big = run({ insuranceFundUsd: 10 * ordinary.insuranceFundUsd });
		expect(big.figures.liquidatedUsd).toBe(none.figures.liquidatedUsd);
		expect(big.figures.lowestPrice).toBe(none.figures.lowestPrice);
		const empty = simulate({ ...ordinary, insuranceFundUsd: 0 });
		const { firstLiquidationTick, adlStartTick } = empty.summary.moments;
		expect((adlStartTick ?? Infinity) - (firstLiquidationTick ?? 0)).toBeLessThan(10);
		expect(empty.summary.adlUsd / empty.summary.liquidatedUsd).toBeGreaterThan(0.3);
		expect(empty.summary.lowestPrice).toBeGreaterThan(none.figures.lowestPrice);
	});
});
