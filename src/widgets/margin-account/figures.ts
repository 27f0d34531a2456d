// The account's figures as rows (name, value, how it is found): the readout, the table and the CSV.
import type { Cell } from '../../lib/csv';
import { formatLeverage, formatPercent, formatUsd } from '../../lib/format';
import type { LadderMark } from './ladder';
import { describeBracket, formatBtc, formatCents, type Situation } from './text';

/** One figure the reader can look up. */
export interface Figure {
	/** Stable id for keyed lists and tests. */
	readonly id: string;
	readonly name: string;
	readonly value: string;
	/** How the figure is found, in a few words. */
	readonly how: string;
	/** The figure as a number for the CSV, in `unit`; null where there is none. */
	readonly amount: number | null;
	readonly unit: 'USD' | 'BTC' | 'x' | 'fraction';
}

/** Extra inputs the figures mention besides the situation. */
export interface FigureSettings {
	readonly mode: 'isolated' | 'cross';
	readonly entryPrice: number;
	readonly slippage: number;
	readonly feeRate: number;
}

/** Every figure of the account and, where there is a liquidation price, of its settlement. */
export function accountFigures(x: Situation, settings: FigureSettings): Figure[] {
	const a = x.account;
	const cross = settings.mode === 'cross';
	const figures: Figure[] = [
		{
			id: 'position',
			amount: x.quantity,
			unit: 'BTC',
			name: 'Position',
			value: `${formatBtc(x.quantity)} ${x.side}`,
			how: `entered at ${formatCents(settings.entryPrice)}, notional ${formatCents(a.entryNotional)}`,
		},
		{
			id: 'leverage',
			amount: a.leverage,
			unit: 'x',
			name: 'Leverage',
			value: formatLeverage(a.leverage),
			how: `${x.venue.name} allows up to ${formatLeverage(a.entryBracket.tier.maxLeverage)} at this size`,
		},
		{
			id: 'initial-margin',
			amount: a.initialMargin,
			unit: 'USD',
			name: 'Initial margin',
			value: formatCents(a.initialMargin),
			how: 'notional ÷ leverage',
		},
		{
			id: 'wallet',
			amount: a.walletBalance,
			unit: 'USD',
			name: 'Wallet balance',
			value: formatCents(a.walletBalance),
			how: cross ? 'initial margin + the rest of the cross wallet' : 'the isolated margin',
		},
		{
			id: 'mark',
			amount: x.markPrice,
			unit: 'USD',
			name: 'Mark price',
			value: formatCents(x.markPrice),
			how: 'the price liquidation is checked against',
		},
		{
			id: 'pnl',
			amount: a.unrealizedPnl,
			unit: 'USD',
			name: 'Unrealised PnL',
			value: formatCents(a.unrealizedPnl),
			how: 'size × (mark − entry), sign flipped for a short',
		},
		{
			id: 'margin-balance',
			amount: a.marginBalance,
			unit: 'USD',
			name: 'Margin balance',
			value: formatCents(a.marginBalance),
			how: 'wallet balance + unrealised PnL',
		},
		{
			id: 'maintenance',
			amount: a.maintenanceMargin,
			unit: 'USD',
			name: 'Maintenance margin',
			value: formatCents(a.maintenanceMargin),
			how: `notional at mark ${formatUsd(a.markNotional)} × rate − amount; ${describeBracket(x.venue, a.markBracket)}`,
		},
		{
			id: 'ratio',
			amount: Number.isFinite(a.marginRatio) ? a.marginRatio : null,
			unit: 'fraction',
			name: 'Margin ratio',
			value:
				a.liquidated || a.marginRatio >= 1 ? '100% (liquidated)' : formatPercent(a.marginRatio),
			how: 'maintenance ÷ margin balance; the engine takes over at 100%',
		},
		{
			id: 'liquidation',
			amount: a.liquidationPrice,
			unit: 'USD',
			name: 'Liquidation price',
			value: a.liquidationPrice === null ? 'none' : formatCents(a.liquidationPrice),
			how:
				a.liquidationPrice === null
					? 'no positive price uses up the margin'
					: `${describeBracket(x.venue, a.liquidationBracket)}, the bracket of the notional at that price`,
		},
		{
			id: 'bankruptcy',
			amount: a.bankruptcyPrice,
			unit: 'USD',
			name: 'Bankruptcy price',
			value: a.bankruptcyPrice === null ? 'none' : formatCents(a.bankruptcyPrice),
			how: 'where the margin balance reaches zero',
		},
	];
	const s = x.settlement;
	if (s === null) return figures;
	const slip = formatPercent(settings.slippage);
	figures.push(
		{
			id: 'fill',
			amount: s.fillPrice,
			unit: 'USD',
			name: a.liquidated ? 'Fill price' : 'Expected fill',
			value: formatCents(s.fillPrice),
			how: `liquidation price ${x.side === 'long' ? '−' : '+'} ${slip} slippage`,
		},
		{
			id: 'surplus',
			amount: s.equityAtFill,
			unit: 'USD',
			name: s.equityAtFill >= 0 ? 'Surplus at the fill' : 'Shortfall at the fill',
			value: formatCents(Math.abs(s.equityAtFill)),
			how: 'margin left after closing: size × distance between fill and bankruptcy price',
		},
		{
			id: 'fee',
			amount: s.feeCharged,
			unit: 'USD',
			name: 'Liquidation fee',
			value: formatCents(s.feeCharged),
			how: x.venue.chargesLiquidationFee
				? `${formatPercent(settings.feeRate)} of ${formatCents(s.fillNotional)} is ${formatCents(s.feeDue)}, taken only from margin left`
				: `${x.venue.name} charges none`,
		},
		{
			id: 'fund',
			amount: s.fundChange,
			unit: 'USD',
			name: x.venue.fundName.replace(/^./, (c) => c.toUpperCase()),
			value: `${s.fundChange > 0 ? '+' : ''}${formatCents(s.fundChange)}`,
			how:
				s.fundChange < 0
					? 'pays the shortfall'
					: s.fundChange > 0
						? 'collects the fee from the margin left'
						: 'neither gains nor pays',
		},
		{
			id: 'keeps',
			amount: s.traderKeeps,
			unit: 'USD',
			name: 'Trader keeps',
			value: formatCents(s.traderKeeps),
			how: 'margin left after the fee, back to the wallet',
		},
	);
	return figures;
}

/** The prices the ladder marks, in drawing order (the mark last, on top). */
export function ladderMarks(x: Situation, entryPrice: number): LadderMark[] {
	const a = x.account;
	const marks: LadderMark[] = [{ id: 'entry', label: 'entry', price: entryPrice }];
	if (a.bankruptcyPrice !== null) {
		marks.push({ id: 'bankruptcy', label: 'bankruptcy', price: a.bankruptcyPrice });
	}
	if (x.settlement !== null) {
		marks.push({
			id: 'fill',
			label: a.liquidated ? 'fill' : 'expected fill',
			price: x.settlement.fillPrice,
		});
	}
	if (a.liquidationPrice !== null) {
		marks.push({ id: 'liquidation', label: 'liquidation', price: a.liquidationPrice });
	}
	marks.push({ id: 'mark', label: 'mark', price: x.markPrice });
	return marks;
}

/** The figures as CSV rows: a header, then name, number, unit, shown value and how it is found. */
export function figuresTable(figures: readonly Figure[]): Cell[][] {
	return [
		['figure', 'amount', 'unit', 'shown as', 'how it is found'],
		...figures.map((f): Cell[] => [f.name, f.amount, f.unit, f.value, f.how]),
	];
}
