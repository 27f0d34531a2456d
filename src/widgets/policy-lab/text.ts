// The lab's words: the comparison sentence, each panel's figures line and the changes against panel 1.
import {
	formatCount,
	formatPercent,
	formatPrice,
	formatSignedPercent,
	formatUsd,
} from '../../lib/format';
import type { Scenario } from '../../sim/index';
import type { PanelFigures } from './panel-run';
import type { PolicyName } from './policies';

/** Which way the shock pushes: the lab reports the lowest price in a fall, the highest in a rise. */
export type Direction = 'fall' | 'rise';

/** The price extreme a run is compared on. */
export function extremePrice(figures: PanelFigures, direction: Direction): number {
	return direction === 'fall' ? figures.lowestPrice : figures.highestPrice;
}

/** "lowest" or "highest". */
export function extremeWord(direction: Direction): string {
	return direction === 'fall' ? 'lowest' : 'highest';
}

/**
 * A panel's liquidated dollars against panel 1's: "−7.6%", "+10%", "same", or, when panel 1
 * liquidated nothing, the dollars themselves ("+$2.5M").
 */
export function liquidatedChange(usd: number, baseUsd: number): string {
	if (Math.abs(usd - baseUsd) < 0.5) return 'same';
	if (baseUsd <= 0) return `+${formatUsd(usd)}`;
	return formatSignedPercent(usd / baseUsd - 1);
}

/** "No policy" → "no policy", keeping acronyms such as "ADL" as they are. */
function lowerFirst(label: string): string {
	return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** "3% drop" or "3% rise" (or "no shock"). */
export function shockWords(shock: number): string {
	if (shock === 0) return 'no shock';
	return `${formatPercent(Math.abs(shock))} ${shock < 0 ? 'drop' : 'rise'}`;
}

/** "1 halt", "2 halts". */
function haltCount(n: number): string {
	return n === 1 ? '1 halt' : `${formatCount(n)} halts`;
}

/** "1,666 ADL closures", "1 ADL closure". */
export function adlClosures(n: number): string {
	return `${formatCount(n)} ADL ${n === 1 ? 'closure' : 'closures'}`;
}

/** The short line under a panel's title: "$361M liquidated · low $101,853". */
export function figuresLine(figures: PanelFigures, direction: Direction): string {
	const word = direction === 'fall' ? 'low' : 'high';
	return `${formatUsd(figures.liquidatedUsd)} liquidated · ${word} ${formatPrice(extremePrice(figures, direction))}`;
}

/** One panel as it enters the comparison sentence. */
export interface NarratedPanel {
	readonly name: PolicyName;
	readonly figures: PanelFigures;
}

/**
 * The comparison in one sentence, from each run's summary and event log: "The same 3% drop on
 * seed 1 liquidated $391M with no policy (lowest $101,727), $361M with leverage cap 20× (−7.6%,
 * lowest $101,853) and …".
 */
export function narrateComparison(
	panels: readonly NarratedPanel[],
	shared: Scenario,
	direction: Direction,
): string {
	const [first] = panels;
	if (first === undefined) return 'No panels to compare.';
	const word = extremeWord(direction);
	const seed = `seed ${String(shared.seed)}`;
	if (panels.every((p) => p.figures.liquidatedUsd === 0)) {
		const price = formatPrice(extremePrice(first.figures, direction));
		return shared.shock === 0
			? `With no shock on ${seed}, no one is liquidated under any of the ${String(panels.length)} policies and the price stays at ${price}.`
			: `The same ${shockWords(shared.shock)} on ${seed} liquidates no one under any of the ${String(panels.length)} policies; the ${word} price is ${price}.`;
	}
	const parts = panels.map((p, i) => {
		const extras: string[] = [];
		if (i > 0) extras.push(liquidatedChange(p.figures.liquidatedUsd, first.figures.liquidatedUsd));
		extras.push(`${word} ${formatPrice(extremePrice(p.figures, direction))}`);
		if (p.figures.adlClosures > 0) extras.push(adlClosures(p.figures.adlClosures));
		if (p.figures.halts > 0) extras.push(haltCount(p.figures.halts));
		if (p.figures.badDebtUsd > 0) extras.push(`${formatUsd(p.figures.badDebtUsd)} uncovered`);
		return `${formatUsd(p.figures.liquidatedUsd)} with ${lowerFirst(p.name.label)} (${extras.join(', ')})`;
	});
	const listed =
		parts.length === 1
			? (parts[0] ?? '')
			: `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
	const cause = shared.shock === 0 ? 'With no shock' : `The same ${shockWords(shared.shock)}`;
	return `${cause} on ${seed} liquidated ${listed}.`;
}
