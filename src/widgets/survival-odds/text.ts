// SurvivalOdds' words: the sentence narrating a setting's odds, and the readout's short phrases.
import {
	formatCount,
	formatLeverage,
	formatPercent,
	formatPrice,
	formatSignedPercent,
	formatUsd,
} from '../../lib/format';
import type { SurvivalOdds } from '../../sim/index';
import { formatHours } from './params';

/** What the words need besides the odds themselves. */
export interface OddsContext {
	readonly leverage: number;
	/** Holding time (h). */
	readonly hours: number;
	/** Stop distance asked for (fraction; 0 for none). */
	readonly stopDistance: number;
	/** The money at stake, reserve included (USD). */
	readonly capitalUsd: number;
}

/**
 * A share of paths as a percentage that never reads 100% unless it is all of them: 0.998 is
 * "99.8%", not the "100%" plain rounding would give (shares near 0 already keep their decimals).
 */
export function formatShare(share: number): string {
	let text = formatPercent(share);
	for (let digits = 1; share < 1 && text === '100%' && digits <= 3; digits++) {
		text = formatPercent(share, digits);
	}
	return text;
}

/** A share of paths as "89 of 500 paths (18%)". */
export function pathCount(share: number, paths: number): string {
	const n = Math.round(share * paths);
	return `${formatCount(n)} of ${formatCount(paths)} paths (${formatShare(share)})`;
}

/** "for 1 week", "for 5 h". */
export function heldFor(hours: number): string {
	return `for ${formatHours(hours)}`;
}

/** The stop as a phrase: "no stop", "a stop 3% below entry". */
export function stopPhrase(stopDistance: number): string {
	return stopDistance === 0 ? 'no stop' : `a stop ${formatPercent(stopDistance)} below entry`;
}

/** Where the liquidation price is: "$90,361, 9.6% below entry", or "none". */
export function liquidationPhrase(price: number | null, entryPrice: number): string {
	if (price === null) return 'none: the margin covers any fall';
	return `${formatPrice(price)}, ${formatPercent(1 - price / entryPrice)} below entry`;
}

/** One sentence for the live region and the charts' descriptions. */
export function describeOdds(odds: SurvivalOdds, c: OddsContext): string {
	const start = `Held ${heldFor(c.hours)} at ${formatLeverage(c.leverage)} with ${stopPhrase(c.stopDistance)}`;
	const beyond = odds.lines.stopBeyondLiquidation
		? ` (below the liquidation price of ${formatPrice(odds.lines.liquidationPrice ?? Number.NaN)}, so it can never fire)`
		: '';
	const parts = [`the long was liquidated on ${pathCount(odds.liquidated, odds.paths)}`];
	if (odds.lines.stopPrice !== null) {
		parts.push(`stopped out on ${formatCount(Math.round(odds.stopped * odds.paths))}`);
		parts.push(`still open on ${formatCount(Math.round(odds.open * odds.paths))}`);
	}
	const list =
		parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
	const typical = `The typical path ended at ${formatSignedPercent(odds.medianReturn)} of your ${formatUsd(c.capitalUsd)}; one in ten ended above ${formatSignedPercent(odds.highReturn)}.`;
	const gap =
		odds.worstStopShortfall > 0.01
			? ` The worst stop filled ${formatPercent(odds.worstStopShortfall)} below its trigger.`
			: '';
	return `${start}${beyond}, ${list ?? ''}. ${typical}${gap}`;
}
