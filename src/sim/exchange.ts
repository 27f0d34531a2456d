// Closing positions as the venue does: book fills, liquidation fees, the fund, and auto-deleveraging.
import {
	accountBankruptcyPrice,
	accountEquity,
	accountMaintenance,
	adlScore,
	forEachOpenPosition,
	hasOpenPosition,
} from './account-math';
import type { SimEvent } from './events';
import type { Ledger } from './ledger';
import type { MarketSpec } from './markets';
import type { Fill, OrderBook } from './order-book';
import type { Population } from './population';
import type { Scenario } from './scenario';
import { orderByKey } from './trigger-queue';

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
	/** Positions per market and side (2m long, 2m + 1 short), for ADL ranking. */
	readonly #bySide: readonly Uint32Array[];
	/** ADL queue per market and side, built at most once a tick. */
	readonly #adlQueue: { tick: number; order: Uint32Array; next: number }[];

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
		const counts = new Uint32Array(markets.length * 2);
		for (let p = 0; p < pop.positionCount; p++) {
			const slot = 2 * (pop.market[p] ?? 0) + ((pop.sign[p] ?? 1) > 0 ? 0 : 1);
			counts[slot] = (counts[slot] ?? 0) + 1;
			this.openQuantity[slot] = (this.openQuantity[slot] ?? 0) + (pop.quantity[p] ?? 0);
		}
		const lists = Array.from(counts, (c) => new Uint32Array(c));
		const filled = new Uint32Array(counts.length);
		for (let p = 0; p < pop.positionCount; p++) {
			const slot = 2 * (pop.market[p] ?? 0) + ((pop.sign[p] ?? 1) > 0 ? 0 : 1);
			const at = filled[slot] ?? 0;
			(lists[slot] as Uint32Array)[at] = p;
			filled[slot] = at + 1;
		}
		this.#bySide = lists;
		this.#adlQueue = lists.map(() => ({ tick: -1, order: new Uint32Array(0), next: 0 }));
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
				const absorbed = this.#deleverage(p, remaining, bankruptcy);
				if (absorbed > 0) {
					this.#realize(p, absorbed, bankruptcy);
					this.#recordLiquidation(p, absorbed, bankruptcy, bankruptcy, 0, partial);
					remaining -= absorbed;
					quote = undefined;
				}
			}
		}
		if (remaining <= 0) return;
		const fill = book.trade(-s * remaining, quote);
		this.ledger.bookTrade(m, -s * remaining, fill.averagePrice);
		this.#realize(p, remaining, fill.averagePrice);
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
		const equity = accountEquity(pop, a, this.marks);
		const fee = Math.min(this.#s.liquidationFeeRate * notional, Math.max(0, equity));
		pop.collateral[a] = (pop.collateral[a] ?? 0) - fee;
		this.ledger.collectFee(fee);
		this.#recordLiquidation(p, remaining, fill.averagePrice, bankruptcy, fee, partial);
	}

	/** Closes `quantity` of p at `price` in the account's books (realises PnL, updates open size). */
	#realize(p: number, quantity: number, price: number): void {
		const pop = this.pop;
		const s = pop.sign[p] ?? 1;
		const a = pop.owner[p] ?? 0;
		pop.collateral[a] =
			(pop.collateral[a] ?? 0) + s * quantity * (price - (pop.entryPrice[p] ?? 0));
		const left = (pop.quantity[p] ?? 0) - quantity;
		pop.quantity[p] = left > 1e-12 * quantity ? left : 0;
		const slot = 2 * (pop.market[p] ?? 0) + (s > 0 ? 0 : 1);
		this.openQuantity[slot] = Math.max(0, (this.openQuantity[slot] ?? 0) - quantity);
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

	/**
	 * Closes up to `quantity` of the highest-ranked profitable opposite positions at the bankrupt
	 * position's bankruptcy price; returns the size absorbed (base units).
	 */
	#deleverage(bankrupt: number, quantity: number, price: number): number {
		const pop = this.pop;
		const m = pop.market[bankrupt] ?? 0;
		const slot = 2 * m + ((pop.sign[bankrupt] ?? 1) > 0 ? 1 : 0);
		const queue = this.#rankedQueue(slot);
		let absorbed = 0;
		while (absorbed < quantity && queue.next < queue.order.length) {
			const p = queue.order[queue.next] ?? 0;
			const open = pop.quantity[p] ?? 0;
			if (open <= 0) {
				queue.next++;
				continue;
			}
			const take = Math.min(open, quantity - absorbed);
			this.#realize(p, take, price);
			const a = pop.owner[p] ?? 0;
			this.newlyModified.push(a);
			this.modified[a] = 1;
			absorbed += take;
			this.adlUsd += take * price;
			this.events.push({
				type: 'adl',
				tick: this.tick,
				asset: (this.#markets[m] as MarketSpec).symbol,
				account: a,
				side: (pop.sign[p] ?? 1) > 0 ? 'long' : 'short',
				quantity: take,
				notionalUsd: take * price,
				price,
				bankruptAccount: pop.owner[bankrupt] ?? 0,
			});
		}
		return absorbed;
	}

	/** Profitable positions of one market and side, best ADL rank first, ranked once per tick. */
	#rankedQueue(slot: number): { tick: number; order: Uint32Array; next: number } {
		const queue = this.#adlQueue[slot] as { tick: number; order: Uint32Array; next: number };
		if (queue.tick === this.tick) return queue;
		const candidates = this.#bySide[slot] as Uint32Array;
		const ids: number[] = [];
		const scores: number[] = [];
		for (const p of candidates) {
			const score = adlScore(this.pop, p, this.marks);
			if (score > 0) {
				ids.push(p);
				scores.push(score);
			}
		}
		const ascending = orderByKey(Float64Array.from(scores));
		const order = new Uint32Array(ids.length);
		for (let i = 0; i < ids.length; i++) order[i] = ids[ascending[ids.length - 1 - i] ?? 0] ?? 0;
		queue.tick = this.tick;
		queue.order = order;
		queue.next = 0;
		return queue;
	}
}
