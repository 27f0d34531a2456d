// Exact figures for the data tables: whole dollars and prices to the cent, never rounded to $M.
import { MISSING } from '../../lib/format';

const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('en-US', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2,
});

/** Whole dollars with separators: "$629,765,420". */
export function exactUsd(value: number): string {
	if (!Number.isFinite(value)) return MISSING;
	const text = WHOLE.format(Math.abs(value));
	return `${value < 0 && text !== '0' ? '\u2212' : ''}$${text}`;
}

/** A price to the cent: "$106,075.40". */
export function exactPrice(value: number): string {
	if (!Number.isFinite(value)) return MISSING;
	const text = CENTS.format(Math.abs(value));
	return `${value < 0 && text !== '0.00' ? '\u2212' : ''}$${text}`;
}
