// The arithmetic of slider tracks: logarithmic positions and snapping values to a step.

/** Positions of a logarithmic track (the range input runs 0 … LOG_POSITIONS). */
export const LOG_POSITIONS = 1000;

/** Track position of a value on a logarithmic track from min to max (both > 0). */
export function logPosition(value: number, min: number, max: number): number {
	const v = Math.min(max, Math.max(min, value));
	return Math.round(
		((Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min))) * LOG_POSITIONS,
	);
}

/** Value at a position of a logarithmic track from min to max (both > 0). */
export function logValue(position: number, min: number, max: number): number {
	const t = Math.min(LOG_POSITIONS, Math.max(0, position)) / LOG_POSITIONS;
	return Math.exp(Math.log(min) + t * (Math.log(max) - Math.log(min)));
}

/** Decimal places a step is written with (0.05 → 2, 1 → 0, 1e-7 → 7). */
export function stepDecimals(step: number): number {
	if (!Number.isFinite(step) || step <= 0) return 0;
	const text = step.toExponential();
	const [mantissa = '', exponent = '0'] = text.split('e');
	const fraction = mantissa.split('.')[1]?.length ?? 0;
	return Math.max(0, fraction - Number(exponent));
}

/** The value on the grid min + k·step nearest to v, written without floating-point dust. */
export function snapToStep(v: number, step: number, min = 0): number {
	if (!Number.isFinite(v)) return min;
	if (!Number.isFinite(step) || step <= 0) return v;
	const snapped = min + Math.round((v - min) / step) * step;
	const decimals = Math.max(stepDecimals(step), stepDecimals(min));
	return Number(snapped.toFixed(Math.min(decimals, 12)));
}
