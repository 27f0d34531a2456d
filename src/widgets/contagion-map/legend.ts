// ContagionMap's key for the small multiples: the move, the outside push alone, the extreme, the shocked market.
import { role, type LegendKey } from '../../lib/legend-key';
import type { Direction } from './moment';

/** The key, naming the extreme by the run's direction. */
export function contagionLegend(direction: Direction): LegendKey[] {
	return [
		{ label: 'price move', mark: 'line', colour: role('price') },
		{ label: 'outside push alone', mark: 'line', colour: role('text-muted'), dashed: true },
		{
			label: `${direction === 'fall' ? 'low' : 'high'} so far`,
			mark: 'line',
			colour: role('liquidation'),
			dashed: true,
			weight: 1,
		},
		{ label: 'shocked market', mark: 'swatch', colour: role('accent'), fill: role('accent-soft') },
	];
}
