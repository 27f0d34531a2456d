// The reported figures EventReplay sets runs against, each with its source and how sure it is.
//
// Every figure comes from the project's events notes (shared/domain/events.md); nothing here is
// computed. Where sources or venues disagree the figure is a range spanning them.

/** How sure a reported figure is, in the words of the events notes. */
export type Certainty =
	| 'consistent'
	| 'reported'
	| 'sources-differ'
	| 'aggregate'
	| 'data-provider'
	| 'reconstruction'
	| 'press-only';

/** How each certainty reads beside a figure. */
export const CERTAINTY_LABELS: Readonly<Record<Certainty, string>> = {
	consistent: 'Reported consistently',
	reported: 'Reported in market coverage',
	'sources-differ': 'Sources or venues differ; the range spans them',
	aggregate: 'Aggregated by CoinGlass from exchange posts',
	'data-provider': 'Market-data provider',
	reconstruction: 'Third-party reconstruction from exchange data, one venue only',
	'press-only': 'Press report; no primary source found',
};

/** A single reported figure ("about X"), or a range where sources or venues disagree. */
export type Amount =
	| { readonly kind: 'about'; readonly value: number }
	| { readonly kind: 'range'; readonly low: number; readonly high: number };

/** What a figure measures, which decides how a run is set against it. */
export type FigureId =
	| 'liquidated'
	| 'long-share'
	| 'btc-low'
	| 'eth-fall'
	| 'sol-fall'
	| 'open-interest-fall'
	| 'adl'
	| 'adl-delay'
	| 'shortfall'
	| 'traders'
	| 'largest';

/** Units a reported figure is given in. */
export type FigureUnit = 'USD' | 'fraction' | 'seconds' | 'traders';

/** One reported figure. */
export interface ReportedFigure {
	readonly id: FigureId;
	/** The figure's name in the comparison table. */
	readonly label: string;
	readonly amount: Amount;
	readonly unit: FigureUnit;
	/** Who reported it, and over what window. */
	readonly source: string;
	readonly certainty: Certainty;
	/** How the real figure's scope differs from what the lab measures; '' when it does not. */
	readonly scope: string;
}

/** An event the replay offers, with the figures reported for it. */
export interface ReportedEvent {
	/** BTC's price before the fall, where one is reported (USD); null when only the low is. */
	readonly startPrice: number | null;
	readonly figures: readonly ReportedFigure[];
}

/**
 * BTC perpetual open interest before 10 October 2025, each contract counted once (USD; Glassnode).
 * Dividing it by the lab's open interest gives the rough market-wide scale of doc/model.md §7.
 */
export const BTC_OPEN_INTEREST_USD = 70e9;
export const BTC_OPEN_INTEREST_SOURCE = 'Glassnode, via CoinDesk';

const about = (value: number): Amount => ({ kind: 'about', value });
const range = (low: number, high: number): Amount => ({ kind: 'range', low, high });

const COINGLASS_OCT = 'CoinGlass data via exchange posts, 24 h over 10–11 Oct 2025';
const HYPERLIQUID_OCT =
	'Reconstruction from Hyperliquid exchange data (ConejoCapital, HyperMultiAssetedADL), 21:15–21:27 UTC';

/** 10–11 October 2025: the largest liquidation day on record. */
const OCTOBER: ReportedEvent = {
	startPrice: 122_000,
	figures: [
		{
			id: 'liquidated',
			label: 'Total liquidated',
			amount: about(19.1e9),
			unit: 'USD',
			source: COINGLASS_OCT,
			certainty: 'aggregate',
			scope: 'All venues and all assets over 24 hours; the lab has BTC, ETH and SOL on one venue.',
		},
		{
			id: 'long-share',
			label: 'Long share of liquidations',
			amount: about(16.7 / 19.1),
			unit: 'fraction',
			source: `${COINGLASS_OCT}: $16.7B long of $19.1B`,
			certainty: 'aggregate',
			scope: '',
		},
		{
			id: 'btc-low',
			label: 'BTC low',
			amount: range(102_000, 107_000),
			unit: 'USD',
			source: 'Press coverage of 10–11 Oct 2025, from about $122,000',
			certainty: 'sources-differ',
			scope: 'The low differs by venue.',
		},
		{
			id: 'eth-fall',
			label: 'ETH fall',
			amount: about(0.16),
			unit: 'fraction',
			source: 'Press coverage of 10–11 Oct 2025',
			certainty: 'reported',
			scope: '',
		},
		{
			id: 'sol-fall',
			label: 'SOL fall',
			amount: about(0.31),
			unit: 'fraction',
			source: 'Press coverage of 10–11 Oct 2025',
			certainty: 'reported',
			scope: '',
		},
		{
			id: 'open-interest-fall',
			label: 'Fall in BTC open interest',
			amount: about(1 - 58 / 70),
			unit: 'fraction',
			source: 'Glassnode, via CoinDesk: about $70B before, about $58B after',
			certainty: 'data-provider',
			scope: 'Each contract counted once, as in the lab’s figure.',
		},
		{
			id: 'adl',
			label: 'Auto-deleveraged',
			amount: about(2.1e9),
			unit: 'USD',
			source: `${HYPERLIQUID_OCT}: 34,983 fills`,
			certainty: 'reconstruction',
			scope: 'Hyperliquid alone, in twelve minutes; other venues’ figures are not public.',
		},
		{
			id: 'adl-delay',
			label: 'First ADL after the first liquidation',
			amount: about(61.7),
			unit: 'seconds',
			source: HYPERLIQUID_OCT,
			certainty: 'reconstruction',
			scope: 'Hyperliquid alone.',
		},
		{
			id: 'shortfall',
			label: 'Negative balances',
			amount: about(126e6),
			unit: 'USD',
			source: `${HYPERLIQUID_OCT}: 1,275 accounts`,
			certainty: 'reconstruction',
			scope: 'Hyperliquid alone; the lab counts every shortfall, paid by the fund or not.',
		},
		{
			id: 'traders',
			label: 'Traders liquidated',
			amount: about(1.62e6),
			unit: 'traders',
			source: COINGLASS_OCT,
			certainty: 'aggregate',
			scope:
				'The lab’s trader count follows from how many traders each simulated account stands for, a choice rather than a calibration.',
		},
	],
};

/** 3–4 November 2025: BTC below $104,000. */
const NOVEMBER: ReportedEvent = {
	startPrice: null,
	figures: [
		{
			id: 'liquidated',
			label: 'Total liquidated',
			amount: range(1.27e9, 1.36e9),
			unit: 'USD',
			source:
				'CoinDesk’s count ($1.27B) and Cointelegraph-derived reports ($1.36B), 24 h over 3–4 Nov 2025; “$1.3B” is a press figure',
			certainty: 'sources-differ',
			scope: 'All venues and all assets over 24 hours; the lab has BTC alone, over minutes.',
		},
		{
			id: 'long-share',
			label: 'Long share of liquidations',
			amount: range(0.89, 0.92),
			unit: 'fraction',
			source:
				'89–90% from the CoinDesk and Cointelegraph-derived counts; 92% is a widely repeated press figure',
			certainty: 'sources-differ',
			scope: '',
		},
		{
			id: 'btc-low',
			label: 'BTC low',
			amount: about(104_130),
			unit: 'USD',
			source: 'Press coverage of 3–4 Nov 2025 (intraday low)',
			certainty: 'reported',
			scope: 'No starting price is reported; the fall is measured from the preset’s $110,000.',
		},
		{
			id: 'traders',
			label: 'Traders liquidated',
			amount: about(122_919),
			unit: 'traders',
			source: 'Press report, 3–4 Nov 2025 (TASS gave 473,500 over a longer window)',
			certainty: 'press-only',
			scope:
				'The lab’s trader count follows from how many traders each simulated account stands for, a choice rather than a calibration.',
		},
		{
			id: 'largest',
			label: 'Largest single liquidation',
			amount: about(47.87e6),
			unit: 'USD',
			source: 'Press coverage of 3–4 Nov 2025: a BTC-USDT long on HTX',
			certainty: 'consistent',
			scope:
				'The lab’s accounts are groups of identical traders; this compares one trader’s share.',
		},
	],
};

/** The figures reported for each event the replay offers. */
export const REPORTED = { 'oct-10-2025': OCTOBER, 'nov-2025': NOVEMBER } as const;
