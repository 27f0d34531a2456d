// MarginAccount's parameter schema: the account, the venue's rules, and the mark price dragged.
import { defineSchema, type NumberParam, type ParamValues } from '../../lib/params';
import { formatLeverage, formatPrice, formatUsd } from '../../lib/format';
import { formatBtc } from './text';

/** The mark slider spans entry × (1 ± this) (fraction). */
export const MARK_SPAN = 0.5;

/** Formats a percentage the schema stores in percent units (0.5 → "0.5%"). */
const percentUnits = (value: number): string => `${String(Number(value.toFixed(2)))}%`;

export const marginAccountSchema = defineSchema([
	{
		kind: 'choice',
		key: 'venue',
		label: 'Venue formula',
		options: [
			{ value: 'binance', label: 'Binance (tiered)' },
			{ value: 'hyperliquid', label: 'Hyperliquid' },
		],
		default: 'binance',
		description:
			"Whose published liquidation formula and maintenance brackets to apply: Binance's BTCUSDT futures brackets, or Hyperliquid's maintenance margin of half the initial margin at 40×.",
	},
	{
		kind: 'choice',
		key: 'mode',
		label: 'Margin mode',
		options: [
			{ value: 'isolated', label: 'Isolated' },
			{ value: 'cross', label: 'Cross' },
		],
		default: 'isolated',
		description:
			'Isolated: only the position’s own margin can be lost. Cross: the whole wallet backs the position, which moves the liquidation price further away and puts the wallet at risk.',
	},
	{
		kind: 'choice',
		key: 'side',
		label: 'Side',
		options: [
			{ value: 'long', label: 'Long' },
			{ value: 'short', label: 'Short' },
		],
		default: 'long',
		description: 'Long gains when the price rises; short gains when it falls.',
	},
	{
		kind: 'number',
		key: 'entry',
		label: 'Entry price',
		unit: 'USD',
		min: 1_000,
		max: 300_000,
		step: 100,
		default: 110_000,
		description:
			'Price at which the position was opened. Moving it keeps the mark the same distance away.',
		format: formatPrice,
	},
	{
		kind: 'number',
		key: 'size',
		label: 'Position size',
		unit: 'BTC',
		min: 0.001,
		max: 300,
		step: 0.001,
		default: 0.5,
		scale: 'log',
		description:
			'Position size in bitcoin. Large positions fall into higher maintenance brackets, with higher rates and lower maximum leverage.',
		format: formatBtc,
	},
	{
		kind: 'number',
		key: 'lev',
		label: 'Leverage',
		unit: '×',
		min: 1,
		max: 125,
		step: 1,
		default: 20,
		primary: true,
		description:
			'Position notional divided by the margin put up. Capped at the venue’s maximum for the position’s bracket.',
		format: formatLeverage,
	},
	{
		kind: 'number',
		key: 'wallet',
		label: 'Extra wallet balance (cross)',
		unit: 'USD',
		min: 0,
		max: 1_000_000,
		step: 100,
		default: 2_500,
		description:
			'Cash in the wallet beyond the initial margin. Counts in cross mode only, where it stands behind the position.',
		format: formatUsd,
	},
	{
		kind: 'number',
		key: 'fee',
		label: 'Liquidation fee',
		unit: '%',
		min: 0,
		max: 1.5,
		step: 0.05,
		default: 0.5,
		description:
			'Fee on the liquidated notional, paid to the insurance fund from whatever margin is left (Binance-like venues 0.3–0.5%; Hyperliquid charges none).',
		format: percentUnits,
	},
	{
		kind: 'number',
		key: 'slip',
		label: 'Liquidation slippage',
		unit: '%',
		min: 0,
		max: 5,
		step: 0.05,
		default: 0.1,
		description:
			'How far beyond the liquidation price the closing order fills, against the trader. Past the bankruptcy price the fund pays the difference.',
		format: percentUnits,
	},
	{
		kind: 'number',
		key: 'mark',
		label: 'Mark price',
		unit: 'USD',
		min: 500,
		max: 450_000,
		step: 10,
		default: 110_000,
		primary: true,
		description:
			'The mark price the account is valued at, within 50% of the entry price. Liquidation triggers on the mark, not the last trade.',
		format: formatPrice,
	},
]);

export type MarginAccountValues = ParamValues<typeof marginAccountSchema>;

/** A number parameter of the schema by key, for controls drawn outside ParamControls. */
export function numberParam(key: 'entry' | 'mark'): NumberParam {
	const found = marginAccountSchema.find((p) => p.key === key);
	if (found?.kind !== 'number') throw new Error(`numberParam: no number parameter ${key}`);
	return found;
}
