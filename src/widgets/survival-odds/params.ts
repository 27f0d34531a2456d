// SurvivalOdds' parameter schema: the long's leverage and stop, how long it is held, and the market.
import { formatLeverage, formatPercent } from '../../lib/format';
import { defineSchema, type ParamValues } from '../../lib/params';

/** Longest holding time the paths cover (h): one week. */
export const MAX_HOURS = 168;

/** "no stop", or "3% below entry", for a stop distance in percent units. */
export function formatStop(percent: number): string {
	return percent === 0 ? 'no stop' : `${formatPercent(percent / 100)} below entry`;
}

/** A holding time in hours as a reader says it: "5 h", "1 day", "2.5 days", "1 week". */
export function formatHours(hours: number): string {
	if (!Number.isFinite(hours)) return '—';
	if (hours === MAX_HOURS) return '1 week';
	if (hours < 24) return `${String(hours)} h`;
	const days = Math.round((hours / 24) * 10) / 10;
	return `${String(days)} ${days === 1 ? 'day' : 'days'}`;
}

const percentOf = (value: number): string => formatPercent(value / 100);

export const survivalOddsSchema = defineSchema([
	{
		kind: 'number',
		key: 'lev',
		label: 'Leverage',
		unit: '×',
		min: 1,
		max: 100,
		step: 1,
		default: 10,
		scale: 'log',
		integer: true,
		primary: true,
		description: 'Position size over the margin posted on it.',
		format: formatLeverage,
	},
	{
		kind: 'number',
		key: 'stop',
		label: 'Stop-loss',
		unit: '%',
		min: 0,
		max: 20,
		step: 0.5,
		default: 0,
		primary: true,
		description: 'How far below your entry price a stop-loss sells the position; 0 means no stop.',
		format: formatStop,
	},
	{
		kind: 'number',
		key: 'hours',
		label: 'Holding time',
		unit: 'h',
		min: 1,
		max: MAX_HOURS,
		step: 1,
		default: MAX_HOURS,
		scale: 'log',
		integer: true,
		primary: true,
		description: 'How long you keep the position open, from one hour to one week.',
		format: formatHours,
	},
	{
		kind: 'number',
		key: 'vol',
		label: 'Volatility',
		unit: '% a year',
		min: 20,
		max: 150,
		step: 5,
		default: 50,
		description:
			'How much the price swings, as annualised volatility; 50% means a typical day moves about 2.6%.',
		format: percentOf,
	},
	{
		kind: 'number',
		key: 'reserve',
		label: 'Stablecoin reserve',
		unit: '%',
		min: 0,
		max: 90,
		step: 5,
		default: 0,
		description:
			'Share of your $1,000 kept back in stablecoins instead of posted as margin. The position is sized on the rest.',
		format: percentOf,
	},
	{
		kind: 'choice',
		key: 'mode',
		label: 'Where the reserve sits',
		options: [
			{ value: 'isolated', label: 'Apart (isolated)' },
			{ value: 'cross', label: 'Backing the position (cross)' },
		],
		default: 'isolated',
		description:
			'Apart, it is safe whatever happens. In a cross-margin account it counts as margin: the liquidation price moves away, but a liquidation takes it too.',
	},
	{
		kind: 'choice',
		key: 'tails',
		label: 'Price moves',
		options: [
			{ value: 'fat', label: 'Fat-tailed' },
			{ value: 'normal', label: 'Bell curve' },
		],
		default: 'fat',
		description:
			'Fat-tailed moves (Student’s t) include the sudden jumps real markets make; the bell curve (normal) almost never jumps.',
	},
	{
		kind: 'number',
		key: 'slip',
		label: 'Stop slippage',
		unit: '%',
		min: 0,
		max: 2,
		step: 0.05,
		default: 0.1,
		description:
			'How much below the price at which it is triggered a stop’s market order fills, on top of any gap.',
		format: percentOf,
	},
	{
		kind: 'number',
		key: 'seed',
		label: 'Seed',
		unit: '',
		min: 1,
		max: 9999,
		step: 1,
		default: 1,
		integer: true,
		description: 'Which set of random price paths; the same seed always gives the same paths.',
	},
]);

export type SurvivalOddsValues = ParamValues<typeof survivalOddsSchema>;
