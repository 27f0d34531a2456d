// PolicyLab's key: the price line, the extreme so far, the liquidated area, and the marks only some runs need.
import { role, tint, type LegendKey } from '../../lib/legend-key';
import type { Direction } from './text';

/** The key; auto-deleveraging and halts appear only when a panel shown has them. */
export function policyLegend(direction: Direction, anyAdl: boolean, anyHalt: boolean): LegendKey[] {
	const keys: LegendKey[] = [
		{ label: 'BTC last price', mark: 'line', colour: role('price') },
		{
			label: `${direction === 'fall' ? 'lowest' : 'highest'} price`,
			mark: 'line',
			colour: role('liquidation'),
			dashed: true,
		},
		{
			label: 'liquidated so far',
			mark: 'swatch',
			colour: role('liquidation'),
			fill: tint('liquidation', 30),
		},
	];
	if (anyAdl) {
		keys.push({
			label: 'closed by auto-deleveraging',
			mark: 'line',
			colour: role('fund'),
			dashed: true,
		});
	}
	if (anyHalt) {
		keys.push({
			label: 'trading halted',
			mark: 'swatch',
			colour: 'transparent',
			fill: tint('text-muted', 30),
		});
	}
	return keys;
}
