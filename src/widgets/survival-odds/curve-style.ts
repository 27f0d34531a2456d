// How each survival curve is drawn and named: by its stop distance, the reader's own in the accent colour.
import { formatPercent } from '../../lib/format';
import { CURVE_STOPS } from './model';

/** What styling a curve needs to know. */
export interface CurveFacts {
	/** Stop distance (fraction; 0 = no stop). */
	readonly stop: number;
	/** The reader's own stop setting. */
	readonly own: boolean;
}

/**
 * The curve's shade class: no stop in the liquidation colour, wide to tight stops from muted to
 * the long colour, and a stop of the reader's that is none of the fixed ones in the accent.
 */
export function curveShade(c: CurveFacts): string {
	if (c.stop === 0) return 'shade-none';
	if (!CURVE_STOPS.some((s) => s === c.stop)) return 'shade-own';
	if (c.stop >= 0.1) return 'shade-wide';
	if (c.stop >= 0.05) return 'shade-mid';
	return 'shade-tight';
}

/** "no stop", "stop 5% below", with "(yours)" on the reader's own setting. */
export function curveLabel(c: CurveFacts): string {
	const name = c.stop === 0 ? 'no stop' : `stop ${formatPercent(c.stop)} below`;
	return c.own ? `${name} (yours)` : name;
}
