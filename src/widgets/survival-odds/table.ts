// SurvivalOdds' numbers as tables: the compared leverages, the survival curves, and the CSV export.
import { toCsv, type Cell } from '../../lib/csv';
import { CURVE_LEVERAGES, ENTRY_PRICE, PATH_COUNT, STEP_MINUTES } from './model';
import type { SurvivalOddsValues } from './params';
import type { ComparedLeverage, SurvivalCurve } from './survival-odds.svelte';

/** Six decimals, for fractions. */
const fraction = (f: number): number => Math.round(f * 1e6) / 1e6;
/** Cents, for prices (USD). */
const cents = (usd: number): number => Math.round(usd * 100) / 100;

/** The setting the numbers belong to, as header rows. */
export function settingRows(values: SurvivalOddsValues): Cell[][] {
	return [
		['setting', 'value'],
		['leverage (x)', values.lev],
		['stop distance below entry (%; 0 = no stop)', values.stop],
		['holding time (h)', values.hours],
		['annualised volatility (%)', values.vol],
		['stablecoin reserve (% of capital)', values.reserve],
		['reserve held', values.mode],
		['price moves', values.tails === 'fat' ? 'Student t, 4 degrees of freedom' : 'normal'],
		['stop slippage (%)', values.slip],
		['seed', values.seed],
		['entry price (USD)', ENTRY_PRICE],
		['paths (count)', PATH_COUNT],
		['minutes per step', STEP_MINUTES],
	];
}

/** One row per compared leverage: its lines and how the paths ended. */
export function comparedRows(compared: readonly ComparedLeverage[]): Cell[][] {
	return [
		[
			'leverage (x)',
			'liquidation price (USD)',
			'stop price (USD)',
			'liquidated (share)',
			'stopped out (share)',
			'still open (share)',
			'worst tenth from (return on capital)',
			'median (return on capital)',
			'best tenth from (return on capital)',
			'mean (return on capital)',
		],
		...compared.map(({ leverage, odds }) => [
			leverage,
			odds.lines.liquidationPrice === null ? null : cents(odds.lines.liquidationPrice),
			odds.lines.stopPrice === null ? null : cents(odds.lines.stopPrice),
			fraction(odds.liquidated),
			fraction(odds.stopped),
			fraction(odds.open),
			fraction(odds.lowReturn),
			fraction(odds.medianReturn),
			fraction(odds.highReturn),
			fraction(odds.meanReturn),
		]),
	];
}

/** The survival curves: one row per leverage, one column per stop distance. */
export function curveRows(curves: readonly SurvivalCurve[]): Cell[][] {
	return [
		[
			'leverage (x)',
			...curves.map((c) =>
				c.stop === 0
					? 'not liquidated, no stop (share)'
					: `not liquidated, stop ${String(fraction(c.stop * 100))}% below (share)`,
			),
		],
		...CURVE_LEVERAGES.map((leverage, i) => [
			leverage,
			...curves.map((c) => fraction(c.survival[i] ?? Number.NaN)),
		]),
	];
}

/** The whole export: setting, compared leverages, curves, each with a header, blank lines between. */
export function oddsCsv(
	values: SurvivalOddsValues,
	compared: readonly ComparedLeverage[],
	curves: readonly SurvivalCurve[],
): string {
	return [settingRows(values), comparedRows(compared), curveRows(curves)]
		.map((rows) => toCsv(rows))
		.join('\r\n');
}
