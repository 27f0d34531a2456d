// Words and exact figures for MarginAccount: money to the cent, brackets, notices, the narration.
import { MISSING, formatLeverage, formatPercent, formatUsd } from '../../lib/format';
import type { AccountState } from './account';
import type { Settlement } from './settlement';
import type { Bracket, VenueRules } from './venues';

const CENTS = new Intl.NumberFormat('en-US', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2,
});

/**
 * Dollars to the cent ("$25,100.40", "−$12.00"), as venues quote liquidation prices and margins;
 * "—" for a missing or non-finite value.
 */
export function formatCents(value: number | null): string {
	if (value === null || !Number.isFinite(value)) return MISSING;
	const text = CENTS.format(Math.abs(value));
	if (text === '0.00') return '$0.00';
	return `${value < 0 ? '\u2212' : ''}$${text}`;
}

/** The bracket as a venue shows it: "bracket 3 (MMR 0.65%, amount $950)". */
export function describeBracket(venue: VenueRules, bracket: Bracket): string {
	const rate = formatPercent(bracket.tier.maintenanceMarginRate, 2);
	if (venue.id === 'hyperliquid') {
		return `maintenance rate ${rate} (half the initial margin at ${formatLeverage(bracket.tier.maxLeverage)})`;
	}
	return `bracket ${String(bracket.number)} (MMR ${rate}, amount ${formatUsd(bracket.tier.maintenanceAmount)})`;
}

/** The subset of the state that the words depend on. */
export interface Situation {
	readonly venue: VenueRules;
	readonly side: 'long' | 'short';
	readonly quantity: number;
	readonly markPrice: number;
	readonly requestedMark: number;
	readonly requestedLeverage: number;
	readonly account: AccountState;
	readonly settlement: Settlement | null;
}

/** The notice shown when the venue's bracket lowered the reader's leverage, or null. */
export function leverageNotice(x: Situation): string | null {
	if (!x.account.leverageCapped) return null;
	const allowed = formatLeverage(x.account.leverage);
	return `${x.venue.name} allows at most ${allowed} on a ${formatUsd(x.account.entryNotional)} position, so ${formatLeverage(x.requestedLeverage)} is lowered to ${allowed}.`;
}

/** The notice shown when a mark from the link lay outside the slider's span, or null. */
export function markNotice(x: Situation): string | null {
	if (x.markPrice === x.requestedMark) return null;
	return `The mark price stays within 50% of the entry price, so ${formatCents(x.requestedMark)} became ${formatCents(x.markPrice)}.`;
}

/** Explains the bracket re-check when the liquidation bracket differs from the entry bracket. */
export function bracketNote(x: Situation): string | null {
	const a = x.account;
	if (a.liquidationPrice === null || a.liquidationBracket.number === a.entryBracket.number) {
		return null;
	}
	return `Bracket re-check: at entry the notional is in ${describeBracket(x.venue, a.entryBracket)}, but at the liquidation price it is in ${describeBracket(x.venue, a.liquidationBracket)}, so that bracket’s rate sets the price.`;
}

/** "0.5 BTC" without trailing zeros. */
export function formatBtc(quantity: number): string {
	return `${String(Number(quantity.toPrecision(4)))} BTC`;
}

/** What the fund did, in words: "gains $159.85", "pays a $250.00 shortfall", "is untouched". */
export function fundVerdict(venue: VenueRules, settlement: Settlement, done: boolean): string {
	const fund = `the ${venue.fundName}`;
	if (settlement.fundChange > 0) {
		return `${fund} ${done ? 'gained' : 'would gain'} ${formatCents(settlement.fundChange)}`;
	}
	if (settlement.fundChange < 0) {
		return `${fund} ${done ? 'paid' : 'would pay'} a ${formatCents(-settlement.fundChange)} shortfall`;
	}
	return `${fund} ${done ? 'neither gained nor paid' : 'would neither gain nor pay'}`;
}

/** What the engine did (or would do), in one or two sentences. */
export function describeSettlement(x: Situation): string {
	const { account, settlement, venue } = x;
	const lp = account.liquidationPrice;
	if (lp === null || settlement === null) {
		return `No positive price can liquidate this ${x.side}: the wallet covers the whole position, so the engine never takes over.`;
	}
	const done = account.liquidated;
	const surplus = settlement.equityAtFill;
	const relation =
		surplus >= 0
			? `${formatCents(surplus)} better than the bankruptcy price`
			: `${formatCents(-surplus)} worse than the bankruptcy price`;
	const fee =
		settlement.feeCharged > 0 ? `, the fee took ${formatCents(settlement.feeCharged)}` : '';
	const keeps = `the trader ${done ? 'kept' : 'would keep'} ${formatCents(settlement.traderKeeps)}`;
	const lead = done
		? `The mark reached the liquidation price of ${formatCents(lp)}, so the engine took over and closed ${formatBtc(x.quantity)} at ${formatCents(settlement.fillPrice)}`
		: `If the mark reaches ${formatCents(lp)}, the engine takes over and closes ${formatBtc(x.quantity)} at about ${formatCents(settlement.fillPrice)}`;
	return `${lead}, ${relation}${fee}; ${fundVerdict(venue, settlement, done)} and ${keeps}.`;
}

/** The live region's sentence for the current state. */
export function narrate(x: Situation): string {
	const { account } = x;
	if (account.liquidated) return describeSettlement(x);
	const ratio = formatPercent(account.marginRatio);
	const head = `At a mark of ${formatCents(x.markPrice)} the margin ratio is ${ratio}: maintenance ${formatCents(account.maintenanceMargin)} against a margin balance of ${formatCents(account.marginBalance)}.`;
	const lp = account.liquidationPrice;
	if (lp === null) return `${head} No positive price liquidates this ${x.side}.`;
	const away = formatPercent(Math.abs(x.markPrice - lp) / x.markPrice);
	const direction = lp < x.markPrice ? 'below' : 'above';
	return `${head} Liquidation at ${formatCents(lp)}, ${away} ${direction}.`;
}

/** The chart's description for screen readers: the margin ratio and every line on the ladder. */
export function describeChart(
	account: Pick<AccountState, 'marginRatio' | 'liquidated'>,
	marks: readonly { readonly label: string; readonly price: number }[],
): string {
	const ratio = account.liquidated
		? '100%, liquidated'
		: `${String(Math.round(Math.min(account.marginRatio, 1) * 1000) / 10)}%`;
	const lines = marks.map((m) => `${m.label} ${formatCents(m.price)}`).join(', ');
	return `Margin ratio ${ratio}, where 100% triggers liquidation. ${lines}.`;
}
