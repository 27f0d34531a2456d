// The price ladder's key: where a fill makes the insurance fund gain and where it makes it pay.
import type { LegendKey } from '../../lib/legend-key';

/** The two shaded zones, in the ladder's own colours. */
export const FUND_ZONES: readonly LegendKey[] = [
	{
		label: 'Fill here: the fund gains',
		mark: 'swatch',
		colour: 'var(--color-fund)',
		fill: 'color-mix(in oklab, var(--color-fund) 22%, var(--color-bg))',
	},
	{
		label: 'Fill here: the fund pays',
		mark: 'swatch',
		colour: 'var(--color-liquidation)',
		fill: 'color-mix(in oklab, var(--color-liquidation) 10%, var(--color-bg))',
	},
];
