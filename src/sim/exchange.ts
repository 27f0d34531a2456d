// Closing positions as the venue does: book fills, liquidation fees, the fund, and auto-deleveraging.
import {
	accountBankruptcyPrice,
	accountEquity,
	accountMaintenance,
	forEachOpenPosition,
	hasOpenPosition,
} from './account-math';
import type { SimEvent } from './events';
import type { Ledger } from './ledger';
import type { MarketSpec } from './markets';
import type { Fill, OrderBook } from './order-book';
import type { Population } from './population';
import { realize, sideSlot } from './positions';
import { AutoDeleverager } from './auto-deleverage';
import type { Scenario } from './scenario';

/** Hyperliquid slices positions above this notional per trader (USD; docs, "Liquidations"). */
export const PARTIAL_THRESHOLD_USD = 100_000;
/** Share of a position closed per slice (fraction). */
export const PARTIAL_SLICE = 0.2;
/** Wait between slices (ticks = seconds). */
export const PARTIAL_COOLDOWN_TICKS = 30;
/** Below this share of maintenance margin the whole position goes at once (Hyperliquid backstop). */
export const BACKSTOP_EQUITY_SHARE = 2 / 3;

/** Per-tick tallies the frames report. */
export interface TickTally {
	/** Liquidated notional of longs this tick, per market (USD). */
	readonly liquidatedLongUsd: Float64Array;
	/** Liquidated notional of shorts this tick, per market (USD). */
	readonly liquidatedShortUsd: Float64Array;
}

/** The venue's matching and risk engine over one population. */
export class Exchange {
	readonly #s: Scenario;
	readonly #markets: readonly MarketSpec[];
	readonly pop: Population;
	readonly books: readonly OrderBook[];
	/** Mark price per market (USD), kept current by the model. */
	readonly marks: Float64Array;
	readonly ledger: Ledger;
	readonly events: SimEvent[] = [];
	/** Accounts changed by ADL after generation: their stored liquidation price is stale. */
	readonly modified: Uint8Array;
	/** Accounts deleveraged since the model last drained this list (repeats allowed). */
	readonly newlyModified: number[] = [];
	/** Open size per market: longs at 2m, shorts at 2m + 1 (base units). */
	readonly openQuantity: Float64Array;
	readonly tally: TickTally;
	/** Notional closed from profitable positions by ADL so far (USD). */
	adlUsd = 0;
	/** Current tick, set by the model. */
	tick = 0;
	/** Built on first use: most runs never auto-deleverage. */
	#adl: AutoDeleverager | null = null;

	constructor(
		s: Scenario,
		markets: readonly MarketSpec[],
		pop: Population,
		books: readonly OrderBook[],
		ledger: Ledger,
	) {
		this.#s = s;
		this.#markets = markets;
		this.pop = pop;
		this.books = books;
		this.ledger = ledger;
		this.marks = Float64Array.from(markets, (m) => m.price);
		this.modified = new Uint8Array(pop.accountCount);
		this.openQuantity = new Float64Array(markets.length * 2);
		for (let p = 0; p < pop.positionCount; p++) {
			const slot = sideSlot(pop, p);
			this.openQuantity[slot] = (this.openQuantity[slot] ?? 0) + (pop.quantity[p] ?? 0);
		}
		this.tally = {
			liquidatedLongUsd: new Float64Array(markets.length),
			liquidatedShortUsd: new Float64Array(markets.length),
		};
	}

	/** Whether account a is at or past maintenance at the current marks. */
	isLiquidatable(a: number): boolean {
		const maintenance = accountMaintenance(this.pop, a, this.marks, this.#markets);
		return maintenance > 0 && accountEquity(this.pop, a, this.marks) <= maintenance;
	}

	/**
	 * Liquidates account a: whole, or one slice when partial liquidation applies. Returns true when a
	 * slice was taken and positions remain (the caller re-checks after the cooldown).
	 */
	liquidate(a: number): boolean {
		const pop = this.pop;
		if (this.#s.partialLiquidation && this.#sliceable(a)) {
			forEachOpenPosition(pop, a, (p) => {
				this.#close(p, (pop.quantity[p] ?? 0) * PARTIAL_SLICE, 'liquidation', true);
			});
			return hasOpenPosition(pop, a);
		}
		forEachOpenPosition(pop, a, (p) => {
			this.#close(p, pop.quantity[p] ?? 0, 'liquidation', false);
		});
		this.#settleShortfall(a);
		return false;
	}

	/** Turns position p's stop into a market order for its whole size. */
	stop(p: number): void {
		const stopPrice = this.pop.stopPrice[p] ?? 0;
		this.#close(p, this.pop.quantity[p] ?? 0, 'stop', false, stopPrice);
		this.#settleShortfall(this.pop.owner[p] ?? 0);
	}

	/** Whether the next liquidation of a may be a slice: large enough and not past the backstop. */
	#sliceable(a: number): boolean {
		const pop = this.pop;
		let notional = 0;
		forEachOpenPosition(pop, a, (p) => {
			notional += (pop.quantity[p] ?? 0) * (this.marks[pop.market[p] ?? 0] ?? 0);
		});
		if (notional / pop.tradersPerAccount <= PARTIAL_THRESHOLD_USD) return false;
		const maintenance = accountMaintenance(pop, a, this.marks, this.#markets);
		return accountEquity(pop, a, this.marks) >= BACKSTOP_EQUITY_SHARE * maintenance;
	}

	/** Closes `quantity` of position p, through ADL when the book would bankrupt the fund. */
	#close(
		p: number,
		quantity: number,
		kind: 'liquidation' | 'stop',
		partial: boolean,
		stopPrice = 0,
	): void {
		const pop = this.pop;
		const m = pop.market[p] ?? 0;
		const s = pop.sign[p] ?? 1;
		const a = pop.owner[p] ?? 0;
		const book = this.books[m] as OrderBook;
		const bankruptcy = accountBankruptcyPrice(pop, p, this.marks);
		let remaining = quantity;
		let quote: Fill | undefined;
		if (kind === 'liquidation' && this.#s.adl) {
			quote = book.quote(-s * remaining);
			const shortfall = s * remaining * (bankruptcy - quote.averagePrice);
			if (shortfall > this.ledger.fundUsd) {
				const asset = (this.#markets[m] as MarketSpec).symbol;
				this.#adl ??= new AutoDeleverager(pop, this.openQuantity, this.#markets.length * 2);
				const adl = this.#adl.deleverage(p, remaining, bankruptcy, this.marks, this.tick, asset);
				const absorbed = adl.quantity;
				for (const e of adl.events) {
					this.events.push(e);
					this.adlUsd += e.notionalUsd;
				}
				for (const account of adl.accounts) {
					this.modified[account] = 1;
					this.newlyModified.push(account);
				}
				if (absorbed > 0) {
					realize(pop, this.openQuantity, p, absorbed, bankruptcy);
					this.#recordLiquidation(p, absorbed, bankruptcy, bankruptcy, 0, partial);
					remaining -= absorbed;
					quote = undefined;
				}
			}
		}
		if (remaining <= 0) return;
		const fill = book.trade(-s * remaining, quote);
		this.ledger.bookTrade(m, -s * remaining, fill.averagePrice);
		realize(pop, this.openQuantity, p, remaining, fill.averagePrice);
		if (kind === 'stop') {
			this.events.push({
				type: 'stop',
				tick: this.tick,
				asset: (this.#markets[m] as MarketSpec).symbol,
				account: a,
				side: s > 0 ? 'long' : 'short',
				quantity: remaining,
				notionalUsd: remaining * fill.averagePrice,
				price: fill.averagePrice,
				stopPrice,
			});
			return;
		}
		const notional = remaining * fill.averagePrice;
		const equity = Math.max(0, accountEquity(pop, a, this.marks));
		// Binance deems a liquidated position closed at its bankruptcy price: the fund keeps the
		// whole surplus of the fill over it (mechanics.md §1). Elsewhere (Hyperliquid, dYdX) the
		// trader keeps what is left after a penalty of liquidationFeeRate.
		const keepsSurplus = this.#s.venue === 'binance' && !partial && !hasOpenPosition(pop, a);
		const fee = keepsSurplus ? equity : Math.min(this.#s.liquidationFeeRate * notional, equity);
		pop.collateral[a] = (pop.collateral[a] ?? 0) - fee;
		this.ledger.collectFee(fee);
		this.#recordLiquidation(p, remaining, fill.averagePrice, bankruptcy, fee, partial);
	}

	#recordLiquidation(
		p: number,
		quantity: number,
		price: number,
		bankruptcy: number,
		fee: number,
		partial: boolean,
	): void {
		const pop = this.pop;
		const m = pop.market[p] ?? 0;
		const long = (pop.sign[p] ?? 1) > 0;
		const notional = quantity * price;
		const tally = long ? this.tally.liquidatedLongUsd : this.tally.liquidatedShortUsd;
		tally[m] = (tally[m] ?? 0) + notional;
		this.events.push({
			type: 'liquidation',
			tick: this.tick,
			asset: (this.#markets[m] as MarketSpec).symbol,
			account: pop.owner[p] ?? 0,
			side: long ? 'long' : 'short',
			partial,
			quantity,
			notionalUsd: notional,
			price,
			markPrice: this.marks[m] ?? 0,
			bankruptcyPrice: bankruptcy,
			feeUsd: fee,
			traders: pop.tradersPerAccount,
		});
	}

	/** The fund pays a flat account's negative balance; what it cannot pay is the venue's loss. */
	#settleShortfall(a: number): void {
		const pop = this.pop;
		const cash = pop.collateral[a] ?? 0;
		if (cash >= 0 || hasOpenPosition(pop, a)) return;
		const { paidUsd, uncoveredUsd } = this.ledger.coverShortfall(-cash);
		pop.collateral[a] = 0;
		this.events.push({
			type: 'fund',
			tick: this.tick,
			asset: (this.#markets[pop.market[a] ?? 0] as MarketSpec).symbol,
			account: a,
			deltaUsd: -paidUsd,
			balanceUsd: this.ledger.fundUsd,
			uncoveredUsd,
		});
	}
}
