// One sentence per run, for the live region and captions, built from the event log and summary.
import type { ShockEvent, SimulationRun } from '../sim/index';
import { formatCount, formatPercent, formatPrice, formatUsd } from './format';

/** What set the run off: "A 4% drop", "A $50M market sell", "A 3% rise and a $10M market buy". */
export function describeShock(shock: ShockEvent | undefined): string | null {
	if (shock === undefined) return null;
	const parts: string[] = [];
	if (shock.move !== 0) {
		parts.push(`${formatPercent(Math.abs(shock.move))} ${shock.move < 0 ? 'drop' : 'rise'}`);
	}
	if (shock.orderUsd !== 0) {
		parts.push(
			`${formatUsd(Math.abs(shock.orderUsd))} market ${shock.orderUsd < 0 ? 'sell' : 'buy'}`,
		);
	}
	const [first] = parts;
	if (first === undefined) return null;
	return `${capitalised(article(first))} ${parts.join(` and ${article(parts[1] ?? '')} `)}`;
}

/** "a" or "an" before a figure as it is read aloud: an 8% drop, an 11% rise, a $50M sell. */
export function article(figure: string): string {
	const leading = /^\$?(\d+)/.exec(figure)?.[1] ?? '';
	return leading.startsWith('8') || leading === '11' || leading === '18' ? 'an' : 'a';
}

function capitalised(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Whether the run's push was downward: the sign of the exogenous move, else of the order. */
function pushesDown(shock: ShockEvent): boolean {
	return shock.move !== 0 ? shock.move < 0 : shock.orderUsd < 0;
}

/** "91% of them long", "all of them short". */
function sideShare(longShare: number): string {
	if (longShare >= 0.9995) return 'all of them long';
	if (longShare <= 0.0005) return 'all of them short';
	return longShare >= 0.5
		? `${formatPercent(longShare, 0)} of them long`
		: `${formatPercent(1 - longShare, 0)} of them short`;
}

/** "3,214 accounts", "1 account". */
function accounts(n: number): string {
	return `${formatCount(n)} ${Math.round(n) === 1 ? 'account' : 'accounts'}`;
}

/**
 * The run in words: what set it off, how much was liquidated and on which side, how far the price
 * went, then auto-deleveraging, circuit-breaker halts and losses nobody covered when they happened.
 * Counts are of the traders the simulated accounts stand for.
 */
export function narrateRun(run: SimulationRun): string {
	const s = run.summary;
	const shock = run.events.find((e): e is ShockEvent => e.type === 'shock');
	const cause = describeShock(shock);
	if (shock === undefined || cause === null) {
		return `Nothing pushed the price, so it stayed at ${formatPrice(s.markets[0]?.startPrice ?? s.finalPrice)} and no one was liquidated.`;
	}
	const down = pushesDown(shock);
	const extreme = down ? s.lowestPrice : s.highestPrice;
	const verb = down ? 'bottomed' : 'peaked';
	const recovered = down ? s.finalPrice > extreme * 1.0005 : s.finalPrice < extreme * 0.9995;
	const path = recovered
		? `the price ${verb} at ${formatPrice(extreme)} before the book refilled`
		: `the price ${down ? 'ended at its low' : 'ended at its high'} of ${formatPrice(extreme)}`;

	const sentences: string[] = [];
	if (s.liquidatedTraders === 0) {
		sentences.push(`${cause} liquidated no one: ${path}, short of every liquidation price.`);
	} else {
		sentences.push(
			`${cause} liquidated ${accounts(s.liquidatedTraders)} worth ${formatUsd(s.liquidatedUsd)}, ${sideShare(s.longShareOfLiquidations)}; ${path}.`,
		);
	}
	if (s.adlUsd > 0) {
		sentences.push(`Auto-deleveraging closed ${formatUsd(s.adlUsd)} of profitable positions.`);
	}
	const halts = run.events.filter((e) => e.type === 'halt').length;
	if (halts > 0) {
		sentences.push(
			`The circuit breaker halted trading ${halts === 1 ? 'once' : `${formatCount(halts)} times`}.`,
		);
	}
	if (s.badDebtUsd > 0) {
		sentences.push(`${formatUsd(s.badDebtUsd)} of losses were left uncovered.`);
	}
	return sentences.join(' ');
}
