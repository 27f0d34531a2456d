// The map's words: the sentence for the playhead, the charts' descriptions, and shared phrases.
import {
	formatCount,
	formatPercent,
	formatSignedPercent,
	formatTicks,
	formatUsd,
} from '../../lib/format';
import { article } from '../../lib/narrate';
import type { ContagionView } from './contagion-run';
import { momentOf, type ContagionMoment } from './moment';

/** "a 10% drop in BTC", "an 8% rise in SOL". */
export function shockPhrase(view: ContagionView): string {
	const symbol = view.markets[view.shocked]?.symbol ?? 'BTC';
	const size = formatPercent(Math.abs(view.shock));
	return `${article(size)} ${size} ${view.shock < 0 ? 'drop' : 'rise'} in ${symbol}`;
}

/** "421 positions", "1 position". */
export function positions(count: number): string {
	return `${formatCount(count)} ${Math.round(count) === 1 ? 'position' : 'positions'}`;
}

/** "BTC −9.1%, ETH −8.0% and SOL −12.3%". */
function movesList(moment: ContagionMoment, pick: 'move' | 'extreme'): string {
	const parts = moment.markets.map((m) => `${m.symbol} ${formatSignedPercent(m[pick])}`);
	const last = parts.pop() ?? '';
	return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}

/** What auto-deleveraging has done so far, as a clause. */
function adlClause(moment: ContagionMoment, atEnd: boolean): string {
	if (moment.adlPositions === 0)
		return atEnd ? 'no one was auto-deleveraged' : 'no one auto-deleveraged yet';
	return `auto-deleveraging ${atEnd ? 'closed' : 'has closed'} ${positions(moment.adlPositions)} of profitable traders worth ${formatUsd(moment.adlUsd)}`;
}

/** The whole run in one sentence, from its view's last tick. */
export function narrateRun(view: ContagionView): string {
	const end = momentOf(view, view.ticks - 1);
	if (view.shock === 0) {
		return 'With no shock nothing moved, so no one was liquidated and the insurance fund was untouched.';
	}
	const fall = view.shock < 0;
	const size = (move: number): string => formatPercent(Math.abs(move));
	const others = end.markets.filter((m) => !m.shocked);
	const moved = others.filter((m) => Math.abs(m.extreme) >= 5e-5);
	const still = others.filter((m) => Math.abs(m.extreme) < 5e-5).map((m) => m.symbol);
	const parts: string[] = [];
	if (moved.length > 0) {
		const list = moved.map((m) => `${m.symbol} ${fall ? 'down' : 'up'} ${size(m.extreme)}`);
		parts.push(
			`${fall ? 'pulled' : 'lifted'} ${list.join(' and ')} at ${fall ? 'the low' : 'the high'}`,
		);
	}
	if (still.length > 0)
		parts.push(`left ${still.join(' and ')} where ${still.length === 1 ? 'it was' : 'they were'}`);
	const shocked = end.markets.find((m) => m.shocked);
	const own =
		shocked === undefined
			? ''
			: `; ${shocked.symbol} itself ${fall ? 'fell' : 'rose'} ${size(shocked.extreme)}`;
	const start = `${capitalised(shockPhrase(view))} ${parts.join(' and ')}${own}.`;
	const f = view.figures;
	if (f.liquidatedUsd === 0) {
		return `${start} No one was liquidated, and the insurance fund was untouched.`;
	}
	const fund = `the insurance fund went from ${formatUsd(view.fundStartUsd)} to ${formatUsd(end.fundUsd)}`;
	const uncovered =
		f.badDebtUsd > 0 ? ` ${formatUsd(f.badDebtUsd)} of losses were left uncovered.` : '';
	return `${start} ${formatUsd(f.liquidatedUsd)} was liquidated across the three markets (${formatCount(f.liquidatedTraders)} traders); ${fund}, and ${adlClause(end, true)}.${uncovered}`;
}

/** What the picture shows at the playhead: the run's sentence at the end, else the state so far. */
export function narrateMoment(
	view: ContagionView,
	moment: ContagionMoment,
	atEnd: boolean,
): string {
	if (atEnd) return narrateRun(view);
	const liquidated = moment.markets.reduce((sum, m) => sum + m.liquidatedUsd, 0);
	return `After ${formatTicks(moment.tick)}: ${movesList(moment, 'move')}; ${formatUsd(liquidated)} liquidated so far; the fund holds ${formatUsd(moment.fundUsd)} and ${adlClause(moment, false)}.`;
}

/** The small multiples in words. */
export function describeMultiples(view: ContagionView): string {
	const end = momentOf(view, view.ticks - 1);
	const parts = end.markets.map(
		(m) =>
			`${m.symbol}${m.shocked ? ' (shocked)' : ''}: outside push ${formatSignedPercent(view.markets.find((s) => s.symbol === m.symbol)?.push ?? 0)}, furthest ${formatSignedPercent(m.extreme)}, final ${formatSignedPercent(m.move)}`,
	);
	return `Price moves from the start over ${formatTicks(view.ticks - 1)}, one panel per market on the same scale. ${parts.join('; ')}.`;
}

/** The network in words at the playhead. */
export function describeNetwork(moment: ContagionMoment): string {
	const links = moment.links.map((l) => {
		const a = moment.markets[l.from]?.symbol ?? '';
		const b = moment.markets[l.to]?.symbol ?? '';
		return `${a}–${b} ${formatUsd(l.usd)}`;
	});
	return `Forced sales so far by cross-margin accounts holding both markets: ${links.join(', ')}. Moves so far: ${movesList(moment, 'move')}.`;
}

function capitalised(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
