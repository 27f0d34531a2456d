// A replay as compact text and back, so the static page can hand its run to the browser.
import { readPageCopy } from '../../lib/page-copy';
import type { RunMoments } from '../../sim/index';
import { REPLAY_EVENTS, replayKey, type ReplayValues } from './params';
import type { MarketFigures, Replay, ReplayFigures } from './replay';

/** Bumped whenever the text's shape changes; older text is then ignored. */
const VERSION = 1;

/** Prices as whole cents, the first absolute and each next one as a change (short numbers). */
function centsDeltas(prices: Float64Array): number[] {
	const out: number[] = [];
	let previous = 0;
	for (const price of prices) {
		const c = Math.round(price * 100);
		out.push(c - previous);
		previous = c;
	}
	return out;
}

function fromCentsDeltas(deltas: readonly number[]): Float64Array {
	const out = new Float64Array(deltas.length);
	let c = 0;
	deltas.forEach((d, t) => {
		c += d;
		out[t] = c / 100;
	});
	return out;
}

/** A mostly-zero series as [tick, value, tick, value…] for its non-zero ticks. */
function sparse(series: Float64Array): number[] {
	const out: number[] = [];
	series.forEach((v, t) => {
		if (v !== 0) out.push(t, v);
	});
	return out;
}

function fromSparse(pairs: readonly number[], length: number): Float64Array | null {
	const out = new Float64Array(length);
	for (let i = 0; i + 1 < pairs.length; i += 2) {
		const t = pairs[i] ?? -1;
		if (!Number.isInteger(t) || t < 0 || t >= length) return null;
		out[t] = pairs[i + 1] ?? 0;
	}
	return out;
}

/** The replay as text (JSON); `decodeReplay` gives it back exactly. */
export function encodeReplay(replay: Replay): string {
	return JSON.stringify({
		v: VERSION,
		values: replay.values,
		ticks: replay.ticks,
		shock: replay.shock,
		shockTicks: replay.shockTicks,
		last: centsDeltas(replay.last),
		long: sparse(replay.longUsd),
		short: sparse(replay.shortUsd),
		adl: sparse(replay.adlUsd),
		moments: replay.moments,
		figures: replay.figures,
	});
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null;
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const numbers = (x: unknown): x is number[] => Array.isArray(x) && x.every(isNumber);
const tickOrNull = (x: unknown): x is number | null => x === null || isNumber(x);

function valuesOf(x: unknown): ReplayValues | null {
	if (!isObject(x)) return null;
	const event = REPLAY_EVENTS.find((e) => e === x['event']);
	const { seed, shock, depth } = x;
	if (event === undefined || !isNumber(seed) || !isNumber(shock) || !isNumber(depth)) return null;
	return { event, seed, shock, depth };
}

function momentsOf(x: unknown): RunMoments | null {
	if (!isObject(x)) return null;
	const { firstLiquidationTick, steepestMoveTick, adlStartTick, firstHaltTick, endTick } = x;
	if (
		!tickOrNull(firstLiquidationTick) ||
		!tickOrNull(steepestMoveTick) ||
		!tickOrNull(adlStartTick) ||
		!tickOrNull(firstHaltTick) ||
		!isNumber(endTick)
	) {
		return null;
	}
	return { firstLiquidationTick, steepestMoveTick, adlStartTick, firstHaltTick, endTick };
}

const FIGURE_NUMBERS = [
	'liquidatedUsd',
	'longUsd',
	'shortUsd',
	'liquidatedAccounts',
	'liquidatedTraders',
	'startPrice',
	'lowestPrice',
	'finalPrice',
	'adlUsd',
	'adlFills',
	'shortfallUsd',
	'shortfallAccounts',
	'badDebtUsd',
	'fundStartUsd',
	'fundEndUsd',
	'largestTraderUsd',
	'openInterestStartUsd',
	'openInterestEndUsd',
	'marketScale',
	'stopsFilled',
] as const satisfies readonly (keyof ReplayFigures)[];

function marketOf(x: unknown): MarketFigures | null {
	if (!isObject(x)) return null;
	const { symbol, startPrice, lowestPrice, liquidatedUsd } = x;
	if (typeof symbol !== 'string' || !isNumber(startPrice) || !isNumber(lowestPrice)) return null;
	if (!isNumber(liquidatedUsd)) return null;
	return { symbol, startPrice, lowestPrice, liquidatedUsd };
}

function figuresOf(x: unknown): ReplayFigures | null {
	if (!isObject(x) || !FIGURE_NUMBERS.every((k) => isNumber(x[k]))) return null;
	if (!tickOrNull(x['firstLiquidationTick']) || !tickOrNull(x['adlStartTick'])) return null;
	const markets = Array.isArray(x['markets']) ? x['markets'].map(marketOf) : [null];
	if (markets.some((m) => m === null)) return null;
	// Every field was checked above; the object is the encoder's own ReplayFigures.
	return { ...(x as unknown as ReplayFigures), markets: markets as MarketFigures[] };
}

/** The replay from `encodeReplay`'s text; null when the text is missing or not such a replay. */
export function decodeReplay(text: string | undefined | null): Replay | null {
	const x = readPageCopy(text);
	if (x?.['v'] !== VERSION) return null;
	const values = valuesOf(x['values']);
	const moments = momentsOf(x['moments']);
	const figures = figuresOf(x['figures']);
	const { ticks, shock, shockTicks, last, long, short, adl } = x;
	if (values === null || moments === null || figures === null) return null;
	if (!isNumber(ticks) || !Number.isInteger(ticks) || ticks < 0) return null;
	if (!isNumber(shock) || !isNumber(shockTicks) || !numbers(last) || last.length !== ticks) {
		return null;
	}
	if (!numbers(long) || !numbers(short) || !numbers(adl)) return null;
	const longUsd = fromSparse(long, ticks);
	const shortUsd = fromSparse(short, ticks);
	const adlUsd = fromSparse(adl, ticks);
	if (longUsd === null || shortUsd === null || adlUsd === null) return null;
	return {
		key: replayKey(values),
		values,
		ticks,
		shock,
		shockTicks,
		last: fromCentsDeltas(last),
		longUsd,
		shortUsd,
		adlUsd,
		moments,
		figures,
	};
}
