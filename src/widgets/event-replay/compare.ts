// Sets a run against an event's reported figures: the lab's value per figure and a computed verdict.
import { formatPercent } from '../../lib/format';
import type { Replay, ReplayFigures } from './replay';
import { REPORTED, type Amount, type FigureId, type ReportedFigure } from './reported';

/** How a run compares with one reported figure. */
export type Verdict = 'matches' | 'factor-of-two' | 'does-not-reproduce';

/** How close counts as a match: within this share of a reported figure or range's ends. */
export const MATCH_TOLERANCE = 0.1;
/** How close a share counts as a match: within this many points (fraction) of the reported one. */
export const SHARE_TOLERANCE = 0.03;
/** The looser test: between 1/this and this times the reported figure. */
export const FACTOR = 2;

/** One row of the comparison. */
export interface ComparisonRow {
	readonly figure: ReportedFigure;
	/** The lab's value in the figure's terms (scaled to the market where `scaled`); null: never happened. */
	readonly model: number | null;
	/** The lab's own value before scaling (USD), for scaled rows. */
	readonly lab: number | null;
	readonly scaled: boolean;
	/** The reported amount in the terms compared: falls, not prices, for a price's low. */
	readonly reported: Amount;
	readonly verdict: Verdict;
	/** The numbers behind the verdict, as the end of a sentence ("0.88× the reported figure."). */
	readonly detail: string;
}

/** Figures given in dollars for the whole market, which the lab's dollars are scaled up to. */
const MARKET_WIDE: ReadonlySet<FigureId> = new Set(['liquidated', 'adl', 'shortfall']);

const bounds = (amount: Amount): [number, number] =>
	amount.kind === 'about' ? [amount.value, amount.value] : [amount.low, amount.high];

/** "0.88×", "2.04×", "12×", "under 0.01×". */
export function ratioText(ratio: number): string {
	if (ratio >= 10) return `${Math.round(ratio).toString()}×`;
	return ratio < 0.005 ? 'under 0.01×' : `${ratio.toFixed(2)}×`;
}

/** A fall from `start` to `low`, as a positive fraction. */
const fallTo = (start: number, low: number): number => 1 - low / start;

/** The falls a reported low stands for, from `start`: the lower price gives the larger fall. */
function fallsOf(amount: Amount, start: number): Amount {
	if (amount.kind === 'about') return { kind: 'about', value: fallTo(start, amount.value) };
	return { kind: 'range', low: fallTo(start, amount.high), high: fallTo(start, amount.low) };
}

/** The lab's value for a figure, before any scaling; null when it never happened in the run. */
function labValue(id: FigureId, f: ReplayFigures): number | null {
	const positive = (x: number): number | null => (x > 0 ? x : null);
	const market = (symbol: string): number | null => {
		const m = f.markets.find((k) => k.symbol === symbol);
		return m === undefined ? null : fallTo(m.startPrice, m.lowestPrice);
	};
	switch (id) {
		case 'liquidated':
			return positive(f.liquidatedUsd);
		case 'long-share':
			return f.liquidatedUsd > 0 ? f.longUsd / f.liquidatedUsd : null;
		case 'btc-low':
			return fallTo(f.startPrice, f.lowestPrice);
		case 'eth-fall':
			return market('ETH');
		case 'sol-fall':
			return market('SOL');
		case 'open-interest-fall':
			return f.openInterestStartUsd > 0
				? fallTo(f.openInterestStartUsd, f.openInterestEndUsd)
				: null;
		case 'adl':
			return positive(f.adlUsd);
		case 'adl-delay':
			return f.adlStartTick === null || f.firstLiquidationTick === null
				? null
				: f.adlStartTick - f.firstLiquidationTick;
		case 'shortfall':
			return positive(f.shortfallUsd);
		case 'traders':
			return positive(f.liquidatedTraders);
		case 'largest':
			return positive(f.largestTraderUsd);
	}
}

/**
 * Verdict on a ratio to the report, judged in hundredths as the table shows it, so "1.10×" never
 * reads as a match in one row and a miss in another.
 */
function judgeRatio(ratio: number): Verdict {
	const hundredths = Math.round(ratio * 100);
	if (Math.abs(hundredths - 100) <= Math.round(MATCH_TOLERANCE * 100)) return 'matches';
	if (hundredths >= 100 / FACTOR && hundredths <= 100 * FACTOR) return 'factor-of-two';
	return 'does-not-reproduce';
}

/** Verdict on a positive quantity against a figure or range. */
function judgeAmount(model: number | null, reported: Amount): [Verdict, string] {
	if (model === null || model <= 0) return ['does-not-reproduce', 'none in this run.'];
	const [low, high] = bounds(reported);
	if (model >= low && model <= high && reported.kind === 'range') {
		return ['matches', 'inside the reported range.'];
	}
	const end = model > high ? high : low;
	const ratio = model / end;
	const against =
		reported.kind === 'about'
			? 'the reported figure'
			: `the ${model > high ? 'top' : 'bottom'} of the reported range`;
	const tail = `${ratioText(ratio)} ${against}.`;
	return [judgeRatio(ratio), tail];
}

/**
 * Verdict on a long share. A match is within a few points; otherwise the shorts' share decides,
 * since 100% long against 87% misses all the shorts rather than adding 15% to the longs.
 */
function judgeShare(model: number | null, reported: Amount): [Verdict, string] {
	if (model === null) return ['does-not-reproduce', 'nothing liquidated.'];
	const [low, high] = bounds(reported);
	if (model >= low - SHARE_TOLERANCE && model <= high + SHARE_TOLERANCE) {
		return ['matches', `within ${String(SHARE_TOLERANCE * 100)} points of the report.`];
	}
	const shorts = 1 - model;
	const [shortsLow, shortsHigh] = [1 - high, 1 - low];
	const reportedShorts =
		low === high
			? formatPercent(shortsLow, 0)
			: `${formatPercent(shortsLow, 0)}–${formatPercent(shortsHigh, 0)}`;
	if (shorts <= 0) {
		return ['does-not-reproduce', `no shorts liquidated, against ${reportedShorts} reported.`];
	}
	const ratio = shorts / (shorts > shortsHigh ? shortsHigh : shortsLow);
	const tail = `shorts ${formatPercent(shorts, 0)} of the total, against ${reportedShorts} reported.`;
	const verdict = judgeRatio(ratio);
	// Outside the few points a match allows, a share is at best within a factor of two.
	return [verdict === 'matches' ? 'factor-of-two' : verdict, tail];
}

/** One reported figure against a replay. */
export function compareFigure(
	figure: ReportedFigure,
	f: ReplayFigures,
	reportedStart: number | null,
): ComparisonRow {
	const lab = labValue(figure.id, f);
	const scaled = MARKET_WIDE.has(figure.id);
	const model = lab === null ? null : scaled ? lab * f.marketScale : lab;
	const reported =
		figure.id === 'btc-low' ? fallsOf(figure.amount, reportedStart ?? f.startPrice) : figure.amount;
	const [verdict, detail] =
		figure.id === 'long-share' ? judgeShare(model, reported) : judgeAmount(model, reported);
	return { figure, model, lab: scaled ? lab : null, scaled, reported, verdict, detail };
}

/** Every figure reported for the replay's event, compared with its run. */
export function compareReplay(replay: Replay): ComparisonRow[] {
	const event = REPORTED[replay.values.event];
	return event.figures.map((figure) => compareFigure(figure, replay.figures, event.startPrice));
}
