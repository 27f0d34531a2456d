// A run as CSV: its frames and its event log, RFC 4180 quoting, safe to open in a spreadsheet.
import type { SimEvent, SimulationRun } from '../sim/index';

/** One cell: text, a number, a yes/no, or empty. */
export type Cell = string | number | boolean | null;

/** Text a spreadsheet would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV: numbers as they are, text defused against formulas and quoted when needed. */
export function csvCell(cell: Cell): string {
	if (cell === null) return '';
	if (typeof cell === 'boolean') return cell ? 'true' : 'false';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text: comma-separated, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The run's frames: one row per tick, every market's prices, depth, interest and liquidations. */
export function framesTable(run: SimulationRun): Cell[][] {
	const symbols = run.summary.markets.map((m) => m.symbol);
	const header: Cell[] = ['tick'];
	for (const s of symbols) {
		header.push(
			`${s} last (USD)`,
			`${s} mark (USD)`,
			`${s} index (USD)`,
			`${s} bid depth 1% (USD)`,
			`${s} ask depth 1% (USD)`,
			`${s} open interest (USD)`,
			`${s} liquidated longs (USD)`,
			`${s} liquidated shorts (USD)`,
			`${s} halted`,
		);
	}
	header.push('insurance fund (USD)', 'auto-deleveraged so far (USD)', 'bad debt so far (USD)');
	const rows: Cell[][] = [header];
	for (const f of run.frames) {
		const row: Cell[] = [f.tick];
		symbols.forEach((_, m) => {
			const k = f.markets[m];
			if (k === undefined) row.push(null, null, null, null, null, null, null, null, null);
			else {
				row.push(
					k.last,
					k.mark,
					k.index,
					k.bidDepthUsd,
					k.askDepthUsd,
					k.openInterestUsd,
					k.liquidatedLongUsd,
					k.liquidatedShortUsd,
					k.halted,
				);
			}
		});
		row.push(f.insuranceFundUsd, f.adlUsd, f.badDebtUsd);
		rows.push(row);
	}
	return rows;
}

const EVENT_HEADER: Cell[] = [
	'tick',
	'event',
	'asset',
	'account',
	'side',
	'quantity',
	'notional (USD)',
	'price (USD)',
	'detail',
];

/** One event as a row of EVENT_HEADER's columns. */
function eventRow(e: SimEvent): Cell[] {
	switch (e.type) {
		case 'shock':
			return [e.tick, e.type, e.asset, null, null, null, e.orderUsd, e.price, `move ${e.move}`];
		case 'liquidation':
			return [
				e.tick,
				e.type,
				e.asset,
				e.account,
				e.side,
				e.quantity,
				e.notionalUsd,
				e.price,
				`${e.partial ? 'partial; ' : ''}mark ${e.markPrice}; bankruptcy ${e.bankruptcyPrice}; fee ${e.feeUsd}; traders ${e.traders}`,
			];
		case 'stop':
			return [
				e.tick,
				e.type,
				e.asset,
				e.account,
				e.side,
				e.quantity,
				e.notionalUsd,
				e.price,
				`stop ${e.stopPrice}`,
			];
		case 'adl':
			return [
				e.tick,
				e.type,
				e.asset,
				e.account,
				e.side,
				e.quantity,
				e.notionalUsd,
				e.price,
				`absorbed account ${e.bankruptAccount}`,
			];
		case 'fund':
			return [
				e.tick,
				e.type,
				e.asset,
				e.account,
				null,
				null,
				e.deltaUsd,
				null,
				`balance ${e.balanceUsd}; uncovered ${e.uncoveredUsd}`,
			];
		case 'halt':
		case 'resume':
			return [e.tick, e.type, e.asset, null, null, null, null, e.price, null];
	}
}

/** The run's event log: one row per event, in order. */
export function eventsTable(run: SimulationRun): Cell[][] {
	return [EVENT_HEADER, ...run.events.map(eventRow)];
}

/** The whole run as one CSV file: the frames, a blank line, then the events, each with a header. */
export function runCsv(run: SimulationRun): string {
	return `${toCsv(framesTable(run))}\r\n${toCsv(eventsTable(run))}`;
}
