// The lab's words: the sentence for the playhead, the charts' descriptions and the tipping summary.
import {
	formatCount,
	formatLeverage,
	formatPercent,
	formatPrice,
	formatSignedPercent,
	formatTicks,
	formatUsd,
} from '../../lib/format';
import { narrateRun } from '../../lib/narrate';
import type { SimulationRun } from '../../sim/index';
import type { LabMoment } from './cascade-lab.svelte';
import type { LiquidationLevels } from './heatmap';
import { TIPPING_SHOCKS, tippingPoint, type TippingCurve } from './tipping';

/**
 * What the picture shows at the playhead: the whole run's sentence at the end, otherwise where
 * the price is and what has been liquidated so far.
 */
export function narrateMoment(run: SimulationRun, now: LabMoment, atEnd: boolean): string {
	if (atEnd) return narrateRun(run);
	const start = run.summary.markets[0]?.startPrice ?? run.scenario.price;
	const total = now.longUsd + now.shortUsd;
	const sides =
		total > 0
			? `${formatUsd(total)} liquidated so far, ${formatPercent(now.longUsd / total, 0)} of it long`
			: 'nobody liquidated yet';
	return `After ${formatTicks(now.tick)} the price is ${formatPrice(now.last)}, ${formatSignedPercent(now.last / start - 1)} from the start; ${sides}.`;
}

/** The levels chart in words: where the largest bands of each side sit. */
export function describeLevels(levels: LiquidationLevels, startPrice: number): string {
	const parts: string[] = [];
	for (const side of ['long', 'short'] as const) {
		const usd = (b: LiquidationLevels['bins'][number]): number =>
			side === 'long' ? b.longUsd : b.shortUsd;
		const total = levels.bins.reduce((sum, b) => sum + usd(b), 0);
		if (total <= 0) continue;
		const biggest = levels.bins.reduce((best, b) => (usd(b) > usd(best) ? b : best));
		const centre = (biggest.x0 + biggest.x1) / 2;
		parts.push(
			`${formatUsd(total)} of ${side}s have their liquidation price within the chart, the densest band around ${formatPrice(centre)} (${formatSignedPercent(centre / startPrice - 1)}) with ${formatUsd(usd(biggest))}`,
		);
	}
	if (parts.length === 0) return 'No liquidation prices lie within the chart.';
	return `${parts.join('; ')}. Solid bars are levels the mark price has reached.`;
}

/** The price chart in words. */
export function describePath(run: SimulationRun): string {
	const s = run.summary;
	const start = s.markets[0]?.startPrice ?? run.scenario.price;
	return `BTC started at ${formatPrice(start)}, went as low as ${formatPrice(s.lowestPrice)} and as high as ${formatPrice(s.highestPrice)}, and ended at ${formatPrice(s.finalPrice)} after ${formatTicks(s.ticks)}. Dots mark liquidations, sized by dollars.`;
}

/** One leverage level's tipping behaviour in words. */
export function describeTipping(curve: TippingCurve): string {
	const point = tippingPoint(curve);
	const lev = formatLeverage(curve.leverage);
	if (point === null) {
		const last = curve.falls.at(-1) ?? 0;
		return `${lev}: no tipping point; the fall grows steadily, to ${formatPercent(last)} for a ${formatPercent(TIPPING_SHOCKS.at(-1) ?? 0)} shock.`;
	}
	if (point.before === 0) {
		return `${lev}: even the smallest shock tried, ${formatPercent(point.after)}, runs away to a ${formatPercent(point.fallAfter)} fall.`;
	}
	return `${lev}: a ${formatPercent(point.before)} shock fizzles (${formatPercent(point.fallBefore)} fall), but ${formatPercent(point.after)} runs away to ${formatPercent(point.fallAfter)}.`;
}

/** The tipping view's sentence: each level's behaviour, or why the curves are not there yet. */
export function narrateTipping(curves: readonly TippingCurve[], ready: boolean): string {
	if (!ready) return 'Computing the tipping-point curves for this market.';
	return curves.map(describeTipping).join(' ');
}

/** "1,955 accounts (39,100 traders)". */
export function liquidatedCount(run: SimulationRun): string {
	const s = run.summary;
	return `${formatCount(s.liquidatedAccounts)} accounts (${formatCount(s.liquidatedTraders)} traders)`;
}
