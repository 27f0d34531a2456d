// The replay's words: the sentence for the playhead, the chart's description, the settings named.
import {
	formatCount,
	formatPercent,
	formatPrice,
	formatSignedPercent,
	formatTicks,
	formatUsd,
} from '../../lib/format';
import { bucketText } from './chart-layout';
import type { ReplayMoment } from './event-replay.svelte';
import { amountText } from './comparison-text';
import { EVENT_LABELS, isCalibrated, type ReplayValues } from './params';
import type { Replay } from './replay';
import { REPORTED } from './reported';

/** "10–11 Oct 2025", or with the settings when they differ from the calibration. */
export function settingsText(values: ReplayValues): string {
	const name = EVENT_LABELS[values.event];
	if (isCalibrated(values)) return `${name}, as calibrated`;
	return `${name} with seed ${formatCount(values.seed)}, ${String(values.shock)}% of the outside move and ${String(values.depth)}% of the depth`;
}

/** "all of it long", "96% of it long". */
function longShareText(longUsd: number, totalUsd: number): string {
	if (totalUsd <= 0) return '';
	const share = longUsd / totalUsd;
	if (share >= 0.9995) return ', all of it long';
	if (share <= 0.0005) return ', all of it short';
	return `, ${formatPercent(share, 0)} of it long`;
}

/** The reported low as a phrase: "a reported low of $102,000–$107,000". */
function reportedLow(replay: Replay): string {
	const low = REPORTED[replay.values.event].figures.find((f) => f.id === 'btc-low');
	return low === undefined ? '' : ` (reported low ${amountText(low.amount, 'USD')})`;
}

/** The whole run in one sentence. */
export function narrateReplay(replay: Replay): string {
	const f = replay.figures;
	const move = `${formatPercent(Math.abs(replay.shock))} outside ${replay.shock < 0 ? 'fall' : 'rise'} over ${formatTicks(replay.shockTicks)}`;
	const liquidated =
		f.liquidatedUsd > 0
			? `liquidated ${formatUsd(f.liquidatedUsd)} from ${formatCount(f.liquidatedTraders)} traders${longShareText(f.longUsd, f.liquidatedUsd)},`
			: 'liquidated no one';
	const adl =
		f.adlUsd > 0
			? `auto-deleveraging closed ${formatUsd(f.adlUsd)} in ${formatCount(f.adlFills)} fills`
			: 'auto-deleveraging never started';
	return `${settingsText(replay.values)}: a ${move} ${liquidated} and took BTC down to ${formatPrice(f.lowestPrice)}${reportedLow(replay)}; ${adl}.`;
}

/** What the picture shows at the playhead: the whole run's sentence at the end. */
export function narrateMoment(replay: Replay, now: ReplayMoment, atEnd: boolean): string {
	if (atEnd) return narrateReplay(replay);
	const start = replay.figures.startPrice;
	const total = now.longUsd + now.shortUsd;
	const sofar =
		total > 0
			? `${formatUsd(total)} liquidated so far${longShareText(now.longUsd, total)}`
			: 'nobody liquidated yet';
	const adl = now.adlUsd > 0 ? `, ${formatUsd(now.adlUsd)} auto-deleveraged` : '';
	return `After ${formatTicks(now.tick)}, BTC is at ${formatPrice(now.last)} (${formatSignedPercent(now.last / start - 1)}); ${sofar}${adl}.`;
}

/** The chart in words, for its description. */
export function describeChart(replay: Replay, bucketTicks: number, busiest: number | null): string {
	const f = replay.figures;
	const peak =
		busiest === null
			? 'No one was liquidated.'
			: `The busiest ${bucketText(bucketTicks)} began at ${formatTicks(busiest)}.`;
	return `BTC's last price over ${formatTicks(replay.ticks - 1)}: from ${formatPrice(f.startPrice)} down to ${formatPrice(f.lowestPrice)}, ending at ${formatPrice(f.finalPrice)}${reportedLow(replay)}. Below, dollars liquidated in every market per ${bucketText(bucketTicks)}, longs and shorts stacked: ${formatUsd(f.liquidatedUsd)} in all. ${peak}`;
}
