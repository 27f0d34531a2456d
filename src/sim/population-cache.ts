// Remembers the last population generated, so a run that changes only the shock, the book or a
// policy lever (a slider drag) does not draw the same ten thousand accounts again.
import type { MarketSpec } from './markets';
import { generatePopulation, type Population } from './population';
import type { Scenario } from './scenario';

let last: { key: string; population: Population } | null = null;

/** Everything a population depends on: the fields generatePopulation reads, and the markets. */
function keyOf(s: Scenario, markets: readonly MarketSpec[]): string {
	return JSON.stringify([
		s.seed,
		s.accounts,
		s.tradersPerAccount,
		s.openInterestUsd,
		s.longShare,
		s.medianLeverage,
		s.leverageSpread,
		s.entrySpread,
		s.crossShare,
		s.stopLossShare,
		s.leverageCap,
		markets.map((m) => [m.symbol, m.price, m.openInterestShare, m.tiers]),
	]);
}

/**
 * The population of a scenario, generated or remembered. Safe to share: runs never write to a
 * generated population, only to the copies clonePopulation makes of its cash and sizes.
 */
export function populationFor(s: Scenario, markets: readonly MarketSpec[]): Population {
	const key = keyOf(s, markets);
	if (last?.key !== key) last = { key, population: generatePopulation(s, markets) };
	return last.population;
}
