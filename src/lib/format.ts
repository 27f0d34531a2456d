// Number formats readers see: dollars, prices, percentages, counts, leverage; never "NaN" on screen.

/** What every formatter shows for a value that is not a finite number. */
export const MISSING = '—';
/** A true minus sign, which reads better than a hyphen beside digits. */
const MINUS = '\u2212';

const grouped = (digits: number) =>
	new Intl.NumberFormat('en-US', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
	});
const WHOLE = grouped(0);
const CENTS = grouped(2);

/** Drops a trailing ".0", ".00" from a fixed-point string. */
function trimZeros(text: string): string {
	return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function sign(value: number): string {
	return value < 0 && Math.abs(value) > 0 ? MINUS : '';
}

const UNITS = [
	{ size: 1e12, suffix: 'T' },
	{ size: 1e9, suffix: 'B' },
	{ size: 1e6, suffix: 'M' },
] as const;

/**
 * Dollars, compact for large amounts: $412M, $1.3B, $97,180, $4.56. One decimal below ten units
 * of a suffix, none above; whole dollars from $10 to $1M.
 */
export function formatUsd(value: number): string {
	if (!Number.isFinite(value)) return MISSING;
	const abs = Math.abs(value);
	for (const { size, suffix } of UNITS) {
		const scaled = abs / size;
		const digits = scaled < 9.95 ? 1 : 0;
		const rounded = Number(scaled.toFixed(digits));
		// A value that rounds to 1000 of one unit reads as 1 of the next unit up.
		if (rounded >= 1000 && suffix !== 'T') continue;
		if (rounded >= 1) return `${sign(value)}$${trimZeros(rounded.toFixed(digits))}${suffix}`;
	}
	if (Math.round(abs) >= 999_999.5) return `${sign(value)}$1M`;
	const text = abs < 10 ? CENTS.format(abs) : WHOLE.format(abs);
	return text === '0' || text === '0.00' ? '$0' : `${sign(value)}$${text}`;
}

/** A price: whole dollars with separators from $1,000 ($97,180), cents below ($412.50). */
export function formatPrice(value: number): string {
	if (!Number.isFinite(value)) return MISSING;
	const abs = Math.abs(value);
	let text: string;
	if (abs >= 1000) text = WHOLE.format(abs);
	else if (abs >= 1) text = CENTS.format(abs);
	else text = abs === 0 ? '0' : Number(abs.toPrecision(4)).toString();
	return `${sign(value)}$${text}`;
}

/** Decimals a percentage gets: two below 1%, one below 10%, none from 10%. */
function percentDigits(pct: number): number {
	const abs = Math.abs(pct);
	if (abs < 1) return 2;
	if (abs < 10) return 1;
	return 0;
}

/** A fraction as a percentage: 0.046 → "4.6%", 0.04 → "4%", 0.9 → "90%". */
export function formatPercent(fraction: number, digits?: number): string {
	if (!Number.isFinite(fraction)) return MISSING;
	const pct = fraction * 100;
	const text = trimZeros(Math.abs(pct).toFixed(digits ?? percentDigits(pct)));
	return text === '0' ? '0%' : `${sign(pct)}${text}%`;
}

/** A fraction as a signed percentage: "+4.6%", "−12%", "0%". */
export function formatSignedPercent(fraction: number, digits?: number): string {
	const text = formatPercent(fraction, digits);
	if (text === MISSING || text === '0%' || text.startsWith(MINUS)) return text;
	return `+${text}`;
}

/** A whole count with separators: 3,214. */
export function formatCount(value: number): string {
	if (!Number.isFinite(value)) return MISSING;
	const rounded = Math.round(value);
	return `${sign(rounded)}${WHOLE.format(Math.abs(rounded))}`;
}

/** Leverage: "20×", "2.5×". */
export function formatLeverage(value: number): string {
	if (!Number.isFinite(value)) return MISSING;
	return `${trimZeros(value.toFixed(1))}×`;
}

/** Seconds of simulated time (one tick is one second): "45 s", "2 min 05 s". */
export function formatTicks(ticks: number): string {
	if (!Number.isFinite(ticks)) return MISSING;
	const total = Math.max(0, Math.round(ticks));
	if (total < 60) return `${total} s`;
	const minutes = Math.floor(total / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return `${minutes} min ${seconds} s`;
}
