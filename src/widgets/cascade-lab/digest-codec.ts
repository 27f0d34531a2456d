// A lab run's digest as compact text, so the static page can carry the run the browser starts from.
import { decodeDeltas, encodeDeltas, readPageCopy } from '../../lib/page-copy';
import type { SimulationRun } from '../../sim/index';
import type { LevelBin, LiquidationLevels } from './heatmap';
import { condensed, type LabOutcome } from './lab-digest';
import type { LiquidationPop, RunSeries } from './run-series';

/** Prices and dollar totals are kept to the cent (USD). */
const CENT = 0.01;

/** A series of prices or dollar totals as whole cents, successive differences (page-copy.ts). */
function encodeCents(values: Float64Array): string {
	return encodeDeltas(values, CENT);
}

function decodeCents(text: unknown, ticks: number): Float64Array | null {
	const values = decodeDeltas(text, ticks, CENT);
	return values === null ? null : Float64Array.from(values);
}

/** One pop as "tick:side:positions:cents" (its mark is the series' mark at that tick). */
function encodePops(pops: readonly LiquidationPop[]): string {
	return pops
		.map(
			(p) =>
				`${String(p.tick)}:${p.side}:${String(p.positions)}:${String(Math.round(p.usd / CENT))}`,
		)
		.join(',');
}

function decodePops(text: unknown, mark: Float64Array): LiquidationPop[] | null {
	if (typeof text !== 'string') return null;
	if (text === '') return [];
	const pops: LiquidationPop[] = [];
	for (const part of text.split(',')) {
		const [tickText, side, positionsText, centsText] = part.split(':');
		const tick = Number(tickText);
		const positions = Number(positionsText);
		const cents = Number(centsText);
		if (side !== 'long' && side !== 'short') return null;
		if (!Number.isInteger(tick) || tick < 0 || tick >= mark.length) return null;
		if (!Number.isInteger(positions) || positions < 1 || !Number.isSafeInteger(cents)) return null;
		const at = mark[tick] ?? Number.NaN;
		pops.push({
			id: `${String(tick)}-${side}`,
			tick,
			side,
			positions,
			usd: cents * CENT,
			mark: at,
		});
	}
	return pops;
}

/** Running lowest and highest of `mark`, the start price included (as seriesOf computes them). */
function extremes(mark: Float64Array, startPrice: number): [Float64Array, Float64Array] {
	const lowest = new Float64Array(mark.length);
	const highest = new Float64Array(mark.length);
	let low = startPrice;
	let high = startPrice;
	mark.forEach((m, t) => {
		low = Math.min(low, m);
		high = Math.max(high, m);
		lowest[t] = low;
		highest[t] = high;
	});
	return [lowest, highest];
}

/** Is `value` an array of `length` finite numbers? */
function finiteNumbers(value: unknown, length?: number): value is number[] {
	return (
		Array.isArray(value) &&
		(length === undefined || value.length === length) &&
		value.every((v) => typeof v === 'number' && Number.isFinite(v))
	);
}

/**
 * The text for `outcome`, the outcome of the scenario whose key (JSON) is `key`. The run goes as JSON
 * (condensed: no frames, only the events the narration reads); the series as cents; the levels as
 * rows of numbers.
 */
export function encodeDigest(outcome: LabOutcome, key: string): string {
	if (!outcome.ok) return JSON.stringify({ key, message: outcome.message });
	const { run, series: s, domain, levels } = outcome.digest;
	// The run names its scenario, so the key goes only with a failure.
	return JSON.stringify({
		run: condensed(run),
		ticks: s.ticks,
		startPrice: s.startPrice,
		last: encodeCents(s.last),
		mark: encodeCents(s.mark),
		longUsd: encodeCents(s.cumulativeLongUsd),
		shortUsd: encodeCents(s.cumulativeShortUsd),
		pops: encodePops(s.pops),
		domain,
		bins: levels.bins.map((b) => [
			b.x0,
			b.x1,
			b.longUsd,
			b.shortUsd,
			b.longPositions,
			b.shortPositions,
		]),
		totals: [levels.belowUsd, levels.aboveUsd, levels.noLevelUsd, levels.totalUsd],
	});
}

/** The outcome read back from encodeDigest's text; null unless it is for `key` and well formed. */
export function decodeDigest(text: string | undefined, key: string): LabOutcome | null {
	const d = readPageCopy(text);
	if (d === null) return null;
	if (typeof d['message'] === 'string') {
		return d['key'] === key ? { ok: false, message: d['message'] } : null;
	}

	const run = d['run'] as Partial<SimulationRun> | null | undefined;
	const runShaped =
		typeof run === 'object' &&
		run !== null &&
		typeof run.scenario === 'object' &&
		typeof run.summary === 'object' &&
		typeof run.accounting === 'object' &&
		Array.isArray(run.events) &&
		Array.isArray(run.frames) &&
		JSON.stringify(run.scenario) === key;
	const ticks = d['ticks'];
	const startPrice = d['startPrice'];
	if (!runShaped || !Number.isInteger(ticks) || typeof startPrice !== 'number') return null;
	const count = ticks as number;
	const last = decodeCents(d['last'], count);
	const mark = decodeCents(d['mark'], count);
	const longUsd = decodeCents(d['longUsd'], count);
	const shortUsd = decodeCents(d['shortUsd'], count);
	if (last === null || mark === null || longUsd === null || shortUsd === null) return null;
	const pops = decodePops(d['pops'], mark);
	const domain = d['domain'];
	const rows = d['bins'];
	const totals = d['totals'];
	if (pops === null || !finiteNumbers(domain, 2) || !finiteNumbers(totals, 4)) return null;
	if (!Array.isArray(rows) || !rows.every((row) => finiteNumbers(row, 6))) return null;
	const bins: LevelBin[] = rows.map(
		([x0 = 0, x1 = 0, long = 0, short = 0, longPositions = 0, shortPositions = 0]) => ({
			x0,
			x1,
			longUsd: long,
			shortUsd: short,
			longPositions,
			shortPositions,
		}),
	);
	const [belowUsd = 0, aboveUsd = 0, noLevelUsd = 0, totalUsd = 0] = totals;
	const levels: LiquidationLevels = { bins, belowUsd, aboveUsd, noLevelUsd, totalUsd };
	const [lowestMark, highestMark] = extremes(mark, startPrice);
	const series: RunSeries = {
		ticks: count,
		startPrice,
		last,
		mark,
		lowestMark,
		highestMark,
		cumulativeLongUsd: longUsd,
		cumulativeShortUsd: shortUsd,
		pops,
	};
	return {
		ok: true,
		digest: {
			run: run as SimulationRun,
			series,
			domain: [domain[0] ?? 0, domain[1] ?? 0],
			levels,
			whole: false,
		},
	};
}
