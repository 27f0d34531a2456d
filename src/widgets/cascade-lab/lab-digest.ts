// What the page keeps of one lab run: what the charts, readout and words use, small enough to post.
import type { Scenario, SimEvent, SimulationRun } from '../../sim/index';
import { binLevels, levelDomain, type LiquidationLevels } from './heatmap';
import { runLab, type PositionLevels } from './lab-run';
import { seriesOf, type RunSeries } from './run-series';

/** One lab run condensed: a few kilobytes where the run itself is a megabyte of objects. */
export interface LabDigest {
	/**
	 * The run. Condensed for posting (`whole` false): without its frames and per-account events,
	 * keeping scenario, summary, accounting and the shock, halt and resume events the narration
	 * reads; frames and liquidations are then in `series` and `levels`.
	 */
	readonly run: SimulationRun;
	/** The per-tick series the charts draw. */
	readonly series: RunSeries;
	/** Price range every price chart shares (USD). */
	readonly domain: readonly [number, number];
	/** The population's liquidation levels binned over `domain`. */
	readonly levels: LiquidationLevels;
	/** `run` is the whole run, frames and all (else the export runs the scenario again). */
	readonly whole: boolean;
}

/** A digest, or why the scenario could not run. */
export type LabOutcome =
	| { readonly ok: true; readonly digest: LabDigest }
	| { readonly ok: false; readonly message: string };

/** Event types the page keeps: those the narration reads. */
const KEPT_EVENTS = new Set<SimEvent['type']>(['shock', 'halt', 'resume']);

/** A run without its frames and per-account events: what a page keeps of it (see LabDigest.run). */
export function condensed(run: SimulationRun): SimulationRun {
	return {
		scenario: run.scenario,
		summary: run.summary,
		accounting: run.accounting,
		events: run.events.filter((e) => KEPT_EVENTS.has(e.type)),
		frames: [],
	};
}

/** The range the run's last and mark prices span, widened to whole bins around the start. */
export function domainOf(price: number, s: RunSeries): [number, number] {
	let low = price;
	let high = price;
	for (let t = 0; t < s.ticks; t++) {
		low = Math.min(low, s.last[t] ?? low, s.mark[t] ?? low);
		high = Math.max(high, s.last[t] ?? high, s.mark[t] ?? high);
	}
	return levelDomain(price, low, high);
}

/** The last population's levels binned over the last domain, reused while both are the same. */
let lastBinned: {
	positions: PositionLevels;
	domain: readonly [number, number];
	levels: LiquidationLevels;
} | null = null;

function binnedOnce(positions: PositionLevels, domain: [number, number]): LiquidationLevels {
	const last = lastBinned;
	if (
		last?.positions === positions &&
		last.domain[0] === domain[0] &&
		last.domain[1] === domain[1]
	) {
		return last.levels;
	}
	const levels = binLevels(positions, domain);
	lastBinned = { positions, domain, levels };
	return levels;
}

/**
 * Runs `scenario` and condenses it, keeping the run `whole` where nothing is posted (the server,
 * tests). Never throws for a scenario the simulator rejects: that comes back as a message.
 */
export function digestLab(scenario: Scenario, whole = false): LabOutcome {
	const lab = runLab(scenario);
	if (!lab.ok) return lab;
	const full = lab.run;
	const series = seriesOf(full);
	const domain = domainOf(scenario.price, series);
	const run = whole ? full : condensed(full);
	return {
		ok: true,
		digest: {
			run,
			series,
			domain,
			levels: binnedOnce(lab.levels, domain),
			whole,
		},
	};
}

/** The digest's typed arrays, to transfer rather than copy. */
export function digestBuffers(outcome: LabOutcome): Transferable[] {
	if (!outcome.ok) return [];
	const s = outcome.digest.series;
	return [s.last, s.mark, s.lowestMark, s.highestMark, s.cumulativeLongUsd, s.cumulativeShortUsd]
		.map((a) => a.buffer)
		.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
