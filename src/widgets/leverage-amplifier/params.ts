// LeverageAmplifier's parameter schema: leverage, price move, side, venue and margin.
import { formatLeverage, formatSignedPercent, formatUsd } from '../../lib/format';
import { defineSchema, type ParamValues } from '../../lib/params';

export const leverageAmplifierSchema = defineSchema([
	{
		kind: 'number',
		key: 'lev',
		label: 'Leverage',
		unit: '×',
		min: 1,
		max: 125,
		step: 1,
		default: 10,
		scale: 'log',
		integer: true,
		primary: true,
		description:
			'Position size divided by your margin: how many times each price move is multiplied.',
		format: formatLeverage,
	},
	{
		kind: 'number',
		key: 'move',
		label: 'Price move',
		unit: '%',
		min: -50,
		max: 50,
		step: 0.1,
		default: -5,
		primary: true,
		description: 'How far the bitcoin price moves from where you entered, in percent.',
		format: (value: number) => formatSignedPercent(value / 100),
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
		description: 'A long gains when the price rises; a short gains when it falls.',
	},
	{
		kind: 'choice',
		key: 'venue',
		label: 'Exchange formula',
		options: [
			{ value: 'binance', label: 'Binance' },
			{ value: 'hyperliquid', label: 'Hyperliquid' },
		],
		default: 'binance',
		description:
			"Whose published liquidation formula to use: Binance's BTCUSDT brackets or Hyperliquid's BTC margin rules.",
	},
	{
		kind: 'number',
		key: 'margin',
		label: 'Margin',
		unit: 'USD',
		min: 100,
		max: 1_000_000,
		step: 100,
		default: 1_000,
		scale: 'log',
		description:
			'Your own money behind the position. Larger positions fall into brackets with a higher maintenance margin.',
		format: formatUsd,
	},
]);

export type LeverageAmplifierValues = ParamValues<typeof leverageAmplifierSchema>;
