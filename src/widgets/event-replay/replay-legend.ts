// EventReplay's key: the price lines, the reported low and the liquidations by side.
import { role, type LegendKey } from '../../lib/legend-key';

/** The key; auto-deleveraging appears only when the run shown closed positions that way. */
export function replayLegend(hasAdl: boolean): LegendKey[] {
	return [
		{ label: 'BTC last price', mark: 'line', colour: role('price') },
		{ label: "lab's low", mark: 'line', colour: role('liquidation'), dashed: true },
		{ label: 'reported low', mark: 'swatch', colour: role('border-strong'), fill: role('mark') },
		{ label: 'outside move', mark: 'swatch', colour: role('border'), fill: role('surface') },
		{ label: 'longs liquidated', mark: 'swatch', colour: role('long') },
		{ label: 'shorts liquidated', mark: 'swatch', colour: role('short') },
		...(hasAdl
			? [{ label: 'auto-deleveraged', mark: 'swatch', colour: role('liquidation') } as const]
			: []),
	];
}
