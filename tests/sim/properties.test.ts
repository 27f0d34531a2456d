// Properties of every run: conservation, determinism, monotonicity, solvency, bounds.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CascadeModel, runOf, simulate, type Scenario } from '../../src/sim';
import { oneSidedArb, scenarioArb } from './arbitraries';

const slow = { timeout: 120_000 };

/** Scale of the money in a run, for a relative rounding tolerance (USD). */
function moneyScale(s: Scenario, highestPriceRatio = 1): number {
	return (s.openInterestUsd + s.insuranceFundUsd + Math.abs(s.shockOrderUsd)) * highestPriceRatio;
}

describe('every run', () => {
	test(
		'conserves money: traders, fund, venue, market makers and the shock trader sum to zero',
		slow,
		() => {
			fc.assert(
				fc.property(scenarioArb, (s) => {
					const run = simulate(s);
					const a = run.accounting;
					const total =
						a.traderEquityChangeUsd +
						a.fundChangeUsd -
						a.badDebtUsd +
						a.marketMakerPnlUsd +
						a.outsideTraderPnlUsd;
					const ratio = Math.max(...run.summary.markets.map((m) => m.highestPrice / m.startPrice));
					expect(Math.abs(total)).toBeLessThanOrEqual(1e-8 * moneyScale(s, ratio) + 1e-6);
				}),
				{ numRuns: 1_000 },
			);
		},
	);

	test('is deterministic: the same scenario gives the same run, bit for bit', slow, () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				expect(simulate(s)).toStrictEqual(simulate(s));
			}),
			{ numRuns: 200 },
		);
	});

	test('ends within the tick cap and prints no NaN, Infinity or negative price', slow, () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const run = simulate(s);
				expect(run.summary.ticks).toBeLessThanOrEqual(s.maxTicks);
				expect(run.frames.length).toBe(run.summary.ticks);
				for (const f of run.frames) {
					for (const m of f.markets) {
						for (const v of [m.last, m.mark, m.index]) {
							expect(Number.isFinite(v) && v > 0).toBe(true);
						}
						for (const v of [m.bidDepthUsd, m.askDepthUsd, m.openInterestUsd]) {
							expect(Number.isFinite(v) && v >= 0).toBe(true);
						}
					}
				}
				for (const e of run.events) {
					for (const v of Object.values(e)) {
						if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
					}
				}
				for (const v of Object.values(run.summary)) {
					if (typeof v === 'number') expect(Number.isFinite(v) && v >= 0).toBe(true);
				}
			}),
			{ numRuns: 1_000 },
		);
	});

	test(
		'no account ends below zero: shortfalls are paid by the fund or the venue, in the log',
		slow,
		() => {
			fc.assert(
				fc.property(scenarioArb, (s) => {
					const model = new CascadeModel(s);
					model.runToEnd();
					const run = runOf(model);
					const pop = model.exchange.pop;
					let flatNegative = 0;
					for (let a = 0; a < pop.accountCount; a++) {
						const open =
							(pop.quantity[a] ?? 0) > 0 || (pop.quantity[pop.secondPosition[a] ?? -1] ?? 0) > 0;
						if (!open && (pop.collateral[a] ?? 0) < 0) flatNegative++;
					}
					expect(flatNegative).toBe(0);
					let fees = 0;
					let payments = 0;
					let uncovered = 0;
					let adl = 0;
					for (const e of run.events) {
						if (e.type === 'liquidation') fees += e.feeUsd;
						if (e.type === 'fund') {
							payments += -e.deltaUsd;
							uncovered += e.uncoveredUsd;
						}
						if (e.type === 'adl') adl += e.notionalUsd;
					}
					const tolerance = 1e-9 * moneyScale(s) + 1e-6;
					expect(Math.abs(run.accounting.fundChangeUsd - (fees - payments))).toBeLessThanOrEqual(
						tolerance,
					);
					expect(Math.abs(run.accounting.badDebtUsd - uncovered)).toBeLessThanOrEqual(tolerance);
					expect(Math.abs(run.summary.adlUsd - adl)).toBeLessThanOrEqual(tolerance);
					if (!s.adl) expect(adl).toBe(0);
				}),
				{ numRuns: 500 },
			);
		},
	);
});

describe('on one-sided populations with the policy levers off', () => {
	/** Runs where something was liquidated, so the comparisons are not all 0 ≤ 0. */
	let eventful = 0;
	const liquidated = (s: Scenario): number => {
		const count = simulate(s).summary.liquidatedAccounts;
		if (count > 0) eventful++;
		return count;
	};
	const runs = 300;

	test('a bigger shock never liquidates less', slow, () => {
		eventful = 0;
		fc.assert(
			fc.property(oneSidedArb, fc.double({ min: 0, max: 0.5, noNaN: true }), (s, extra) => {
				const bigger = { ...s, shock: Math.max(-0.9, s.shock - extra) };
				expect(liquidated(bigger)).toBeGreaterThanOrEqual(liquidated(s));
			}),
			{ numRuns: runs },
		);
		expect(eventful).toBeGreaterThan(runs / 4);
	});

	test('a deeper book never liquidates more', slow, () => {
		eventful = 0;
		fc.assert(
			fc.property(oneSidedArb, fc.double({ min: 1, max: 100, noNaN: true }), (s, factor) => {
				const deeper = { ...s, depthUsd: Math.min(1e12, s.depthUsd * factor) };
				expect(liquidated(deeper)).toBeLessThanOrEqual(liquidated(s));
			}),
			{ numRuns: runs },
		);
		expect(eventful).toBeGreaterThan(runs / 4);
	});

	test('higher leverage never liquidates less', slow, () => {
		eventful = 0;
		fc.assert(
			fc.property(oneSidedArb, fc.double({ min: 1, max: 10, noNaN: true }), (s, factor) => {
				const riskier = { ...s, medianLeverage: Math.min(125, s.medianLeverage * factor) };
				expect(liquidated(riskier)).toBeGreaterThanOrEqual(liquidated(s));
			}),
			{ numRuns: runs },
		);
		expect(eventful).toBeGreaterThan(runs / 4);
	});
});
