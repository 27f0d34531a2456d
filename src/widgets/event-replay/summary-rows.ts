// The run's figures as labelled rows for the summary table, exact to the dollar or cent.
import { formatCount, formatPercent, formatTicks } from '../../lib/format';
import { exactPrice, exactUsd } from './exact-format';
import type { Replay } from './replay';

/** One row of the summary table. */
export interface SummaryRow {
	readonly label: string;
	readonly value: string;
}

/** Every figure of the run, in reading order. */
export function summaryRows(replay: Replay): SummaryRow[] {
	const f = replay.figures;
	const row = (label: string, value: string): SummaryRow => ({ label, value });
	const rows: SummaryRow[] = [
		row('Outside move', `${formatPercent(replay.shock, 1)} over ${formatTicks(replay.shockTicks)}`),
		row('Liquidated, all markets', exactUsd(f.liquidatedUsd)),
		row('Liquidated longs', exactUsd(f.longUsd)),
		row('Liquidated shorts', exactUsd(f.shortUsd)),
		row('Accounts liquidated', formatCount(f.liquidatedAccounts)),
		row('Traders they stand for', formatCount(f.liquidatedTraders)),
		row('BTC starting price', exactPrice(f.startPrice)),
		row('BTC lowest price', exactPrice(f.lowestPrice)),
		row('BTC final price', exactPrice(f.finalPrice)),
	];
	for (const m of f.markets.slice(1)) {
		rows.push(
			row(`${m.symbol} lowest price`, exactPrice(m.lowestPrice)),
			row(`${m.symbol} liquidated`, exactUsd(m.liquidatedUsd)),
		);
	}
	rows.push(
		row('Auto-deleveraged', exactUsd(f.adlUsd)),
		row('Auto-deleveraging fills', formatCount(f.adlFills)),
		row('Negative balances', exactUsd(f.shortfallUsd)),
		row('Accounts left with a negative balance', formatCount(f.shortfallAccounts)),
		row('Bad debt (not covered by the fund)', exactUsd(f.badDebtUsd)),
		row('Insurance fund at the start', exactUsd(f.fundStartUsd)),
		row('Insurance fund at the end', exactUsd(f.fundEndUsd)),
		row('Stop-losses filled', formatCount(f.stopsFilled)),
		row('BTC open interest at the start, counted once', exactUsd(f.openInterestStartUsd)),
		row('BTC open interest at the end, counted once', exactUsd(f.openInterestEndUsd)),
		row('Run length', formatTicks(replay.ticks - 1)),
	);
	return rows;
}
