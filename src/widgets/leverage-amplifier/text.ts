// LeverageAmplifier's words: the sentence narrating the position, and its short readout phrases.
import {
	formatLeverage,
	formatPercent,
	formatPrice,
	formatSignedPercent,
	formatUsd,
} from '../../lib/format';
import { article } from '../../lib/narrate';
import type { Side } from '../../sim/index';

/** What the words need to know about the position. */
export interface PositionFacts {
	readonly leverage: number;
	readonly side: Side;
	readonly venue: 'binance' | 'hyperliquid';
	/** Price move (signed fraction). */
	readonly move: number;
	/** Profit or loss had the position stayed open (USD). */
	readonly pnl: number;
	readonly returnOnMargin: number;
	readonly liquidated: boolean;
	readonly liquidatedAtEntry: boolean;
	readonly liquidationPrice: number | null;
	/** Move to the liquidation price against the position (fraction, ≥ 0), or null. */
	readonly room: number | null;
	readonly venueMaxLeverage: number;
	readonly overVenueLimit: boolean;
}

export const VENUE_NAMES = { binance: 'Binance', hyperliquid: 'Hyperliquid' } as const;

/** "fall" or "rise" for a signed move. */
export function moveWord(move: number): 'fall' | 'rise' {
	return move < 0 ? 'fall' : 'rise';
}

/** "a 4.6% fall", "an 8% rise". */
export function aMove(size: number, word: 'fall' | 'rise'): string {
	const pct = formatPercent(size);
	return `${article(pct)} ${pct} ${word}`;
}

/** The move that liquidates the position against its side: "a 4.6% fall". */
export function roomPhrase(p: PositionFacts): string {
	if (p.liquidatedAtEntry) return 'none: it is liquidated at once';
	if (p.room === null) return 'any move: there is no liquidation price';
	return aMove(p.room, p.side === 'long' ? 'fall' : 'rise');
}

/** One sentence for the live region and the chart's description. */
export function describePosition(p: PositionFacts): string {
	const lev = formatLeverage(p.leverage);
	const venue = VENUE_NAMES[p.venue];
	if (p.liquidatedAtEntry) {
		return `At ${lev} the ${venue} formula puts the liquidation price on the wrong side of the entry price: the margin is below what the exchange requires, so the position would be liquidated at once. ${venue} allows at most ${formatLeverage(p.venueMaxLeverage)} here.`;
	}
	const size = Math.abs(p.move);
	const lp = p.liquidationPrice;
	const direction = p.side === 'long' ? 'below' : 'above';
	let sentence: string;
	if (p.liquidated && lp !== null) {
		sentence = `At ${lev} ${aMove(size, moveWord(p.move))} is the end: the ${p.side} is liquidated at ${formatPrice(lp)}, ${formatPercent(p.room ?? 0)} ${direction} entry.`;
	} else {
		const start =
			size === 0
				? `At ${lev} with no price move the ${p.side} still holds all of its margin`
				: p.pnl >= 0
					? `At ${lev} ${aMove(size, moveWord(p.move))} earns a ${p.side} ${formatUsd(p.pnl)}, ${formatSignedPercent(p.returnOnMargin)} on the margin`
					: `At ${lev} ${aMove(size, moveWord(p.move))} costs a ${p.side} ${formatUsd(-p.pnl)}, ${formatPercent(-p.returnOnMargin)} of the margin`;
		const end =
			lp === null
				? `it has no liquidation price`
				: `it would be liquidated at ${formatPrice(lp)}, ${formatPercent(p.room ?? 0)} ${direction} entry`;
		sentence = `${start}; ${end}.`;
	}
	if (p.overVenueLimit) {
		sentence += ` ${venue} would not open it: ${formatLeverage(p.venueMaxLeverage)} is the most it allows for a position this size.`;
	}
	return sentence;
}
