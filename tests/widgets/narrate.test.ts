// The run narration: exact sentences for real simulator runs covering every branch.
import { describe, expect, test } from 'vitest';
import { article, narrateRun } from '../../src/lib/narrate';
import { defaultScenario, presets, simulate, type Scenario } from '../../src/sim/index';

/** The default market with fewer, larger accounts, so each run takes a few milliseconds. */
const small: Scenario = { ...defaultScenario(), accounts: 2_000, tradersPerAccount: 100 };

describe('narrateRun', () => {
	test.each([
		[
			'a drop that reaches no liquidation price',
			{ shock: -0.0005 },
			'A 0.05% drop liquidated no one: the price ended at its low of $109,945, short of every liquidation price.',
		],
		[
			'no shock at all',
			{ shock: 0 },
			'Nothing pushed the price, so it stayed at $110,000 and no one was liquidated.',
		],
		[
			'a larger drop, read with "an" before 8',
			{ shock: -0.08, longShare: 0.5 },
			'An 8% drop liquidated 49,100 accounts worth $538M, all of them long; the price bottomed at $95,781 before the book refilled.',
		],
		[
			'a market sell',
			{ shock: 0, shockOrderUsd: -50_000_000 },
			'A $50M market sell liquidated 17,500 accounts worth $172M, all of them long; the price bottomed at $106,067 before the book refilled.',
		],
		[
			'a squeeze: upward, shorts liquidated',
			{ shock: 0.05, longShare: 0.3 },
			'A 5% rise liquidated 62,500 accounts worth $692M, all of them short; the price peaked at $123,020 before the book refilled.',
		],
		[
			'a halt by the circuit breaker',
			{ shock: -0.1, circuitBreaker: true },
			'A 10% drop liquidated 68,300 accounts worth $719M, all of them long; the price bottomed at $92,106 before the book refilled. The circuit breaker halted trading once.',
		],
		[
			'an empty fund: auto-deleveraging and uncovered losses',
			{ shock: -0.2, insuranceFundUsd: 0 },
			'A 20% drop liquidated 80,200 accounts worth $910M, all of them long; the price bottomed at $84,540 before the book refilled. Auto-deleveraging closed $735M of profitable positions. $1,108 of losses were left uncovered.',
		],
	])('%s', (_reason, change: Partial<Scenario>, expected) => {
		expect(narrateRun(simulate({ ...small, ...change }))).toBe(expected);
	});

	test('the calm preset: a small drop whose price stays at its low', () => {
		expect(narrateRun(simulate(presets.calm))).toBe(
			'A 2% drop liquidated 320 accounts worth $2.5M, all of them long; the price ended at its low of $107,762.',
		);
	});
});

describe('article', () => {
	test.each([
		['8%', 'an'],
		['80%', 'an'],
		['11%', 'an'],
		['18.5%', 'an'],
		['$11M', 'an'],
		['$800M', 'an'],
		['1.1%', 'a'],
		['110%', 'a'],
		['$50M', 'a'],
		['0.5%', 'a'],
	])('%s takes "%s"', (figure, expected) => {
		expect(article(figure)).toBe(expected);
	});
});
