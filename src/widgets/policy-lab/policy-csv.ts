// The lab's CSV: every panel's frames, then every panel's events, each row naming panel, policy, seed and shock.
import { eventsTable, framesTable, toCsv, type Cell } from '../../lib/csv';
import { simulate, type Scenario, type SimulationRun } from '../../sim/index';

/** One panel as the CSV describes it. */
export interface CsvPanel {
	/** Panel number as shown (1 … 4). */
	readonly panel: number;
	/** The policy's name ("Leverage cap 20×"). */
	readonly policy: string;
	readonly scenario: Scenario;
}

/** Columns that say which run a row belongs to: enough to rebuild and compare the panels. */
const RUN_HEADER: Cell[] = [
	'panel',
	'policy',
	'market',
	'seed',
	'shock (fraction)',
	'leverage cap (×)',
	'circuit breaker',
	'breaker move (fraction)',
	'breaker window (ticks)',
	'breaker halt (ticks)',
	'partial liquidation',
	'insurance fund at start (USD)',
	'auto-deleveraging',
];

function runCells(p: CsvPanel, market: string): Cell[] {
	const s = p.scenario;
	return [
		p.panel,
		p.policy,
		market,
		s.seed,
		s.shock,
		s.leverageCap,
		s.circuitBreaker,
		s.circuitBreakerMove,
		s.circuitBreakerWindowTicks,
		s.circuitBreakerHaltTicks,
		s.partialLiquidation,
		s.insuranceFundUsd,
		s.adl,
	];
}

/** Stacks one table per panel under one header, each row prefixed with its run's columns. */
function stacked(
	panels: readonly CsvPanel[],
	runs: readonly SimulationRun[],
	market: string,
	tableOf: (run: SimulationRun) => Cell[][],
): Cell[][] {
	const rows: Cell[][] = [];
	panels.forEach((p, i) => {
		const run = runs[i];
		if (run === undefined) return;
		const [header = [], ...body] = tableOf(run);
		if (rows.length === 0) rows.push([...RUN_HEADER, ...header]);
		const prefix = runCells(p, market);
		for (const row of body) rows.push([...prefix, ...row]);
	});
	return rows;
}

/**
 * The whole comparison as one CSV file: the frames of every panel (one row per panel and tick),
 * a blank line, then the events of every panel. The runs are simulated again here, which gives
 * exactly the runs on screen since a scenario determines its run. `market` names the preset.
 */
export function policyCsv(panels: readonly CsvPanel[], market: string): string {
	const runs = panels.map((p) => simulate(p.scenario));
	const frames = stacked(panels, runs, market, framesTable);
	const events = stacked(panels, runs, market, eventsTable);
	return `${toCsv(frames)}\r\n${toCsv(events)}`;
}
