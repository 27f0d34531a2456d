// The comparison's words: each reported figure and each of the lab's values as the table shows them.
import {
	formatCount,
	formatPercent,
	formatPrice,
	formatSignedPercent,
	formatTicks,
	formatUsd,
} from '../../lib/format';
import type { ComparisonRow, Verdict } from './compare';
import type { ReplayFigures } from './replay';
import { CERTAINTY_LABELS, type Amount, type FigureUnit } from './reported';

/** How each verdict is named. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
	matches: 'Matches',
	'factor-of-two': 'Within a factor of two',
	'does-not-reproduce': 'Does not reproduce',
};

/** A trader count: "122,919", "1.62 million". */
function traders(count: number): string {
	return count >= 1e6 ? `${(count / 1e6).toFixed(2)} million` : formatCount(count);
}

/** Reported dollars at the precision they were reported with: "$1.27B", "$47.87M", "$104,130". */
function reportedUsd(value: number): string {
	for (const [size, suffix] of [
		[1e9, 'B'],
		[1e6, 'M'],
	] as const) {
		if (value >= size) return `$${String(Number((value / size).toFixed(2)))}${suffix}`;
	}
	return formatPrice(value);
}

/** One reported value in its unit. */
function valueText(value: number, unit: FigureUnit): string {
	switch (unit) {
		case 'USD':
			return reportedUsd(value);
		case 'fraction':
			return formatPercent(value, value < 0.1 ? 1 : 0);
		case 'seconds':
			return `${value.toFixed(1)} s`;
		case 'traders':
			return traders(value);
	}
}

/** A scaled-up lab figure to three significant digits: "$16.8B", "$2.77B", "$16.5M". */
function approxUsd(value: number): string {
	for (const [size, suffix] of [
		[1e9, 'B'],
		[1e6, 'M'],
	] as const) {
		if (value >= size) return `$${String(Number((value / size).toPrecision(3)))}${suffix}`;
	}
	return formatUsd(value);
}

/** A reported amount: "≈ $19.1B", "$1.27B–$1.36B", "89%–92%". */
export function amountText(amount: Amount, unit: FigureUnit): string {
	if (amount.kind === 'about') return `≈ ${valueText(amount.value, unit)}`;
	return `${valueText(amount.low, unit)}–${valueText(amount.high, unit)}`;
}

/** A fall, as the table shows it: "−13.0%". */
const fallText = (fall: number): string => formatSignedPercent(-fall, 1);

/** The reported figure as compared, where it differs from how it was reported (falls for a low). */
export function comparedText(row: ComparisonRow, startPrice: number): string {
	if (row.figure.id !== 'btc-low') return '';
	const r = row.reported;
	const falls =
		r.kind === 'about' ? fallText(r.value) : `${fallText(r.low)} to ${fallText(r.high)}`;
	return `${falls} from ${formatPrice(startPrice)}`;
}

/** The reported figure as the table shows it. */
export function reportedText(row: ComparisonRow): string {
	const f = row.figure;
	if (f.unit === 'fraction' && f.id !== 'long-share') {
		const a = f.amount;
		return a.kind === 'about' ? fallText(a.value) : `${fallText(a.low)} to ${fallText(a.high)}`;
	}
	return amountText(f.amount, f.unit);
}

/** What a figure reads when the run never produced it. */
const NONE: Readonly<Partial<Record<ComparisonRow['figure']['id'], string>>> = {
	adl: 'none: the fund covered every shortfall',
	'adl-delay': 'never starts',
	shortfall: 'none',
	liquidated: 'none',
	traders: 'none',
	largest: 'none',
};

/** The lab's value as the table shows it, and a smaller line on how it was got. */
export function modelText(row: ComparisonRow, f: ReplayFigures): { main: string; detail: string } {
	const id = row.figure.id;
	if (row.model === null) return { main: NONE[id] ?? 'none', detail: '' };
	const scale = `×${f.marketScale.toFixed(1)}`;
	switch (id) {
		case 'liquidated':
		case 'shortfall':
			return {
				main: `≈ ${approxUsd(row.model)}`,
				detail: `${formatUsd(row.lab ?? 0)} in the lab, ${scale} for the market`,
			};
		case 'adl':
			return {
				main: `≈ ${approxUsd(row.model)}`,
				detail: `${formatUsd(row.lab ?? 0)} in ${formatCount(f.adlFills)} fills in the lab, ${scale}`,
			};
		case 'long-share':
			return { main: formatPercent(row.model, 1), detail: '' };
		case 'btc-low':
			return { main: formatPrice(f.lowestPrice), detail: `${fallText(row.model)} from the start` };
		case 'eth-fall':
		case 'sol-fall':
			return { main: fallText(row.model), detail: '' };
		case 'open-interest-fall':
			return {
				main: fallText(row.model),
				detail: `${formatUsd(f.openInterestStartUsd)} to ${formatUsd(f.openInterestEndUsd)} in the lab`,
			};
		case 'adl-delay':
			return { main: formatTicks(row.model), detail: '' };
		case 'traders':
			return {
				main: traders(row.model),
				detail: `${formatCount(f.liquidatedAccounts)} simulated accounts`,
			};
		case 'largest':
			return { main: formatUsd(row.model), detail: 'one trader’s share of the largest account' };
	}
}

/** The verdict as one line: "Within a factor of two: 0.88× the reported figure." */
export function verdictLine(row: ComparisonRow): string {
	return `${VERDICT_LABELS[row.verdict]}: ${row.detail}`;
}

/** The comparison as CSV rows, with a header: raw numbers, units and sources. */
export function comparisonCells(rows: readonly ComparisonRow[]): (string | number | null)[][] {
	const header = [
		'figure',
		'lab value',
		'lab value before scaling (USD)',
		'reported low or value',
		'reported high',
		'unit compared',
		'source',
		'certainty',
		'verdict',
	];
	return [
		header,
		...rows.map((row) => {
			const r = row.reported;
			return [
				row.figure.label,
				row.model,
				row.lab,
				r.kind === 'about' ? r.value : r.low,
				r.kind === 'about' ? null : r.high,
				row.figure.id === 'btc-low' ? 'fall (fraction)' : row.figure.unit,
				row.figure.source,
				CERTAINTY_LABELS[row.figure.certainty],
				verdictLine(row),
			];
		}),
	];
}
