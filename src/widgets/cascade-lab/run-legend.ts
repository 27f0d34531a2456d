// The run chart's key: level bars by side, reached or not, the two price lines, liquidation dots.
import { role, tint, type LegendKey } from '../../lib/legend-key';

/** The key for a run that falls (dots are longs' liquidations) or rises (shorts'). */
export function runLegend(fall: boolean): LegendKey[] {
	const liquidated = fall ? 'long' : 'short';
	return [
		{ label: 'long levels', mark: 'swatch', colour: role('long') },
		{ label: 'short levels', mark: 'swatch', colour: role('short') },
		{ label: 'pale: not reached', mark: 'swatch', colour: role('long'), fill: tint('long', 22) },
		{ label: 'last price', mark: 'line', colour: role('price') },
		{ label: 'mark price', mark: 'line', colour: role('liquidation'), dashed: true },
		{ label: 'liquidations', mark: 'dot', colour: role(liquidated), fill: tint(liquidated, 45) },
	];
}
