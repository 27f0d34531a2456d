// A run's view as compact text, so the static page can carry the picture the browser starts from.
import { decodeDeltas, encodeDeltas, readPageCopy } from '../../lib/page-copy';
import type { RunMoments } from '../../sim/index';
import type { ContagionView, MarketLink, MarketSeries, RunFigures } from './contagion-run';

/** Moves are kept to a millionth (0.0001 percentage points), dollars to the cent. */
const MOVE_UNIT = 1e-6;
const CENTS = 100;

/** Only the ticks where a value changes, as "tick:cents" (totals and balances change rarely). */
function encodeSteps(values: readonly number[]): string {
	const parts: string[] = [];
	let previous: number | null = null;
	values.forEach((v, t) => {
		const cents = Math.round(v * CENTS);
		if (cents !== previous) parts.push(`${String(t)}:${String(cents)}`);
		previous = cents;
	});
	return parts.join(',');
}

function decodeSteps(text: unknown, ticks: number): number[] | null {
	if (typeof text !== 'string' || text === '') return null;
	const out: number[] = [];
	let last = -1;
	let value = 0;
	for (const part of text.split(',')) {
		const [tickText = '', centsText = ''] = part.split(':');
		const tick = Number(tickText);
		const cents = Number(centsText);
		const inOrder = last === -1 ? tick === 0 : tick > last && tick < ticks;
		if (!Number.isInteger(tick) || !Number.isInteger(cents) || !inOrder) return null;
		while (out.length < tick) out.push(value);
		last = tick;
		value = cents / CENTS;
	}
	while (out.length < ticks) out.push(value);
	return out;
}

/** The view as text for a data attribute (never HTML: the page escapes it as an attribute value). */
export function encodeView(view: ContagionView): string {
	return JSON.stringify({
		shocked: view.shocked,
		shock: view.shock,
		shockTicks: view.shockTicks,
		ticks: view.ticks,
		tradersPerAccount: view.tradersPerAccount,
		markets: view.markets.map((m) => ({
			symbol: m.symbol,
			startPrice: m.startPrice,
			openInterestUsd: Math.round(m.openInterestUsd),
			push: m.push,
			move: encodeDeltas(m.move, MOVE_UNIT),
			liquidatedUsd: encodeSteps(m.liquidatedUsd),
		})),
		links: view.links.map((l) => ({ from: l.from, to: l.to, usd: encodeSteps(l.usd) })),
		fundStartUsd: view.fundStartUsd,
		fundUsd: encodeSteps(view.fundUsd),
		adlUsd: encodeSteps(view.adlUsd),
		adlPositions: encodeSteps(view.adlPositions),
		moments: view.moments,
		figures: view.figures,
	});
}

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const finite = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);
const tickOrNull = (value: unknown): value is number | null =>
	value === null || (Number.isInteger(value) && (value as number) >= 0);

function decodeMarket(value: unknown, ticks: number): MarketSeries | null {
	if (!isRecord(value)) return null;
	const { symbol, startPrice, openInterestUsd, push } = value;
	const move = decodeDeltas(value['move'], ticks, MOVE_UNIT);
	const liquidatedUsd = decodeSteps(value['liquidatedUsd'], ticks);
	if (typeof symbol !== 'string' || ![startPrice, openInterestUsd, push].every(finite)) return null;
	if (move === null || liquidatedUsd === null) return null;
	return {
		symbol,
		startPrice: startPrice as number,
		openInterestUsd: openInterestUsd as number,
		push: push as number,
		move,
		liquidatedUsd,
	};
}

function decodeLink(value: unknown, ticks: number): MarketLink | null {
	if (!isRecord(value)) return null;
	const { from, to } = value;
	const usd = decodeSteps(value['usd'], ticks);
	if (!Number.isInteger(from) || !Number.isInteger(to) || usd === null) return null;
	return { from: from as number, to: to as number, usd };
}

function decodeMoments(value: unknown): RunMoments | null {
	if (!isRecord(value)) return null;
	const { firstLiquidationTick, steepestMoveTick, adlStartTick, firstHaltTick, endTick } = value;
	if (!tickOrNull(firstLiquidationTick) || !tickOrNull(steepestMoveTick)) return null;
	if (!tickOrNull(adlStartTick) || !tickOrNull(firstHaltTick)) return null;
	if (!Number.isInteger(endTick)) return null;
	return {
		firstLiquidationTick,
		steepestMoveTick,
		adlStartTick,
		firstHaltTick,
		endTick: endTick as number,
	};
}

function decodeFigures(value: unknown): RunFigures | null {
	if (!isRecord(value)) return null;
	const { liquidatedUsd, liquidatedTraders, longShare, badDebtUsd } = value;
	if (![liquidatedUsd, liquidatedTraders, longShare, badDebtUsd].every(finite)) return null;
	return {
		liquidatedUsd: liquidatedUsd as number,
		liquidatedTraders: liquidatedTraders as number,
		longShare: longShare as number,
		badDebtUsd: badDebtUsd as number,
	};
}

/** Reads a view back; null for anything that is not a view this module wrote. */
export function decodeView(text: string | undefined): ContagionView | null {
	const data = readPageCopy(text);
	if (data === null) return null;
	const { shocked, shock, shockTicks, ticks, tradersPerAccount, fundStartUsd } = data;
	if (!Number.isInteger(ticks) || (ticks as number) < 1) return null;
	const n = ticks as number;
	if (!Number.isInteger(shocked) || !finite(shock) || !finite(shockTicks)) return null;
	if (!finite(tradersPerAccount) || !finite(fundStartUsd)) return null;
	const rawMarkets = data['markets'];
	const rawLinks = data['links'];
	if (!Array.isArray(rawMarkets) || !Array.isArray(rawLinks)) return null;
	const markets = rawMarkets.map((m) => decodeMarket(m, n));
	const links = rawLinks.map((l) => decodeLink(l, n));
	const fundUsd = decodeSteps(data['fundUsd'], n);
	const adlUsd = decodeSteps(data['adlUsd'], n);
	const adlPositions = decodeSteps(data['adlPositions'], n);
	const moments = decodeMoments(data['moments']);
	const figures = decodeFigures(data['figures']);
	if (markets.some((m) => m === null) || links.some((l) => l === null)) return null;
	if (fundUsd === null || adlUsd === null || adlPositions === null) return null;
	if (moments === null || figures === null) return null;
	return {
		shocked: shocked as number,
		shock,
		shockTicks,
		ticks: n,
		tradersPerAccount,
		markets: markets as MarketSeries[],
		links: links as MarketLink[],
		fundStartUsd,
		fundUsd,
		adlUsd,
		adlPositions,
		moments,
		figures,
	};
}

/**
 * The view at the precision the page carries. Every view shown goes through this, whether computed
 * on the server, in a worker or read from the page, so all three draw exactly the same picture.
 */
export function quantizeView(view: ContagionView): ContagionView {
	const copy = decodeView(encodeView(view));
	if (copy === null) throw new Error('A contagion view did not survive its own encoding.');
	return copy;
}
