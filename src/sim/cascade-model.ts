// The cascade as a model with step() and reset(): shock, marks, triggers, fills, refill, frames.
import { hasOpenPosition, totalEquity } from './account-math';
import { WatchList } from './watch-list';
import { MarginGuard } from './margin-guard';
import { Exchange, PARTIAL_COOLDOWN_TICKS } from './exchange';
import type { SimEvent } from './events';
import { frameOf } from './frame-of';
import type { Frame } from './frames';
import { Ledger } from './ledger';
import { MarkPrice } from './mark-price';
import { marketsOf, type MarketSpec } from './markets';
import { OrderBook } from './order-book';
import { clonePopulation, type Population } from './population';
import { populationFor } from './population-cache';
import { CircuitBreakers } from './circuit-breaker';
import type { Scenario } from './scenario';
import { buildQueues, type MarketQueues } from './market-queues';
import { InvalidScenarioError, validateScenario } from './validate';

/** A run has settled when holes, transient impact and basis are below this (log price / fraction). */
const SETTLED = 1e-6;
/** Largest exogenous fall per market, so a −90% shock times beta stays a positive price (fraction). */
const DEEPEST_FALL = 0.99;

/** Start-of-run totals kept for the accounting check (USD, base units). */
export interface StartingBook {
	/** Traders' equity at the starting prices (USD). */
	readonly traderEquityUsd: number;
	/** Market makers' inventory per market (base units). */
	readonly marketMakerInventory: Float64Array;
}

export class CascadeModel {
	readonly scenario: Scenario;
	readonly markets: readonly MarketSpec[];
	readonly #pristine: Population;
	readonly #queues: readonly MarketQueues[];
	readonly #shockLogStep: Float64Array;
	readonly start: StartingBook;

	exchange!: Exchange;
	frames: Frame[] = [];
	tick = 0;
	done = false;
	#markTrackers: MarkPrice[] = [];
	#breakers!: CircuitBreakers;
	#watchList!: WatchList;
	#marginGuard!: MarginGuard;

	/** Validates the scenario (throws InvalidScenarioError) and generates its population. */
	constructor(input: unknown) {
		const checked = validateScenario(input);
		if (!checked.ok) throw new InvalidScenarioError(checked.errors);
		const s = checked.scenario;
		this.scenario = s;
		this.markets = marketsOf(s);
		this.#pristine = populationFor(s, this.markets);
		this.#queues = buildQueues(this.#pristine, this.markets.length);
		this.#shockLogStep = Float64Array.from(
			this.markets,
			(spec) => Math.log(1 + Math.max(-DEEPEST_FALL, s.shock * spec.shockFactor)) / s.shockTicks,
		);
		const inventory = new Float64Array(this.markets.length);
		const pop = this.#pristine;
		for (let p = 0; p < pop.positionCount; p++) {
			const m = pop.market[p] ?? 0;
			inventory[m] = (inventory[m] ?? 0) - (pop.sign[p] ?? 0) * (pop.quantity[p] ?? 0);
		}
		const prices = this.markets.map((spec) => spec.price);
		this.start = { traderEquityUsd: totalEquity(pop, prices), marketMakerInventory: inventory };
		this.reset();
	}

	/** Puts everything back to tick 0: same population, fresh books, empty log. */
	reset(): void {
		const s = this.scenario;
		const pop = clonePopulation(this.#pristine);
		const books = this.markets.map(
			(spec) =>
				new OrderBook(
					spec.price,
					spec.depthUsd,
					s.impactModel,
					s.refillHalfLifeTicks,
					s.impactPermanence,
				),
		);
		const ledger = new Ledger(s.insuranceFundUsd, this.start.marketMakerInventory.slice());
		this.exchange = new Exchange(s, this.markets, pop, books, ledger);
		this.#markTrackers = this.markets.map((spec) => new MarkPrice(spec.price, s.markPrice));
		this.#breakers = new CircuitBreakers(
			this.markets.length,
			s.circuitBreakerMove,
			s.circuitBreakerWindowTicks,
			s.circuitBreakerHaltTicks,
		);
		this.#marginGuard = new MarginGuard(pop, this.markets);
		this.#watchList = new WatchList(pop, this.markets, this.#marginGuard);
		for (let a = 0; a < pop.accountCount; a++) {
			if ((pop.secondPosition[a] ?? -1) >= 0) this.#watchList.watch(a, 0);
		}
		for (const q of this.#queues) {
			q.longLiquidations.rewind();
			q.shortLiquidations.rewind();
			q.longStops.rewind();
			q.shortStops.rewind();
		}
		this.frames = [];
		this.tick = 0;
		this.done = false;
	}

	/** The event log so far. */
	get events(): readonly SimEvent[] {
		return this.exchange.events;
	}

	/** Advances one tick (one second). Returns false once the run has ended. */
	step(): boolean {
		if (this.done) return false;
		const s = this.scenario;
		const ex = this.exchange;
		const t = this.tick;
		ex.tick = t;
		ex.tally.liquidatedLongUsd.fill(0);
		ex.tally.liquidatedShortUsd.fill(0);
		if (t === 0) this.#startShock();
		if (t < s.shockTicks) {
			this.markets.forEach((_, m) => {
				const move = this.#shockLogStep[m] ?? 0;
				ex.books[m]?.shift(move);
				this.#markTrackers[m]?.shift(move);
			});
		}
		this.markets.forEach((_, m) => {
			ex.marks[m] = this.#markTrackers[m]?.update(ex.books[m]?.price ?? 0) ?? 0;
		});
		this.#marginGuard.observe(ex.marks);
		let fired = false;
		this.markets.forEach((_, m) => {
			if (this.#halted(m)) return;
			if (this.#fireQueues(m)) fired = true;
		});
		if (this.#checkWatchList()) fired = true;
		for (const book of ex.books) book.refill();
		if (s.circuitBreaker) this.#checkBreakers();
		this.frames.push(frameOf(this.exchange, this.#markTrackers, this.tick, (m) => this.#halted(m)));
		this.tick++;
		this.done = this.tick >= s.maxTicks || (!fired && this.#quiet());
		return !this.done;
	}

	/** Runs to the end. */
	runToEnd(): void {
		while (this.step());
	}

	#startShock(): void {
		const s = this.scenario;
		const ex = this.exchange;
		const m = s.shockMarket;
		const book = ex.books[m] as OrderBook;
		ex.events.push({
			type: 'shock',
			tick: 0,
			asset: (this.markets[m] as MarketSpec).symbol,
			move: s.shock,
			orderUsd: s.shockOrderUsd,
			price: book.price,
		});
		if (s.shockOrderUsd === 0) return;
		const quantity = s.shockOrderUsd / book.price;
		const fill = book.trade(quantity);
		ex.ledger.bookTrade(m, quantity, fill.averagePrice);
		ex.ledger.outsideCashUsd -= quantity * fill.averagePrice;
		ex.ledger.outsideInventory += quantity;
	}

	#halted(m: number): boolean {
		return this.#breakers.halted(m, this.tick);
	}

	/** Fires the stops crossed by the last price and the liquidations crossed by the mark. */
	#fireQueues(m: number): boolean {
		const ex = this.exchange;
		const pop = ex.pop;
		const q = this.#queues[m] as MarketQueues;
		const last = ex.books[m]?.price ?? 0;
		const mark = ex.marks[m] ?? 0;
		const stops: number[] = [];
		q.longStops.take(last, stops);
		q.shortStops.take(last, stops);
		let fired = false;
		for (const p of stops) {
			if ((pop.quantity[p] ?? 0) <= 0) continue;
			ex.stop(p);
			fired = true;
		}
		const due: number[] = [];
		q.longLiquidations.take(mark, due);
		q.shortLiquidations.take(mark, due);
		for (const a of due) {
			if (!hasOpenPosition(pop, a) || this.#watchList.has(a)) continue;
			if (ex.modified[a] === 1 && !ex.isLiquidatable(a)) {
				this.#watchList.watch(a, this.tick + 1);
				continue;
			}
			fired = true;
			if (ex.liquidate(a)) this.#watchList.watch(a, this.tick + PARTIAL_COOLDOWN_TICKS);
		}
		this.#drainModified();
		return fired;
	}

	/** Liquidates the watched accounts whose time has come and whose margin has run out. */
	#checkWatchList(): boolean {
		const ex = this.exchange;
		const list = this.#watchList;
		let fired = false;
		let due = list.due(this.tick, ex.marks);
		let seen = ex.newlyModified.length;
		for (let i = 0; i < due.length; i++) {
			const a = due[i] ?? 0;
			// The guard first: it is cheaper than the halt check, and both only read.
			if (!this.#marginGuard.isLiquidatable(a, ex.marks) || this.#accountHalted(a)) continue;
			fired = true;
			if (ex.liquidate(a)) list.watch(a, this.tick + PARTIAL_COOLDOWN_TICKS);
			if (ex.newlyModified.length > seen) {
				due = this.#withWoken(due, i, seen);
				seen = ex.newlyModified.length;
			}
		}
		this.#drainModified();
		return fired;
	}

	/**
	 * After auto-deleveraging changed accounts during the watch-list pass, the due list with those of
	 * them that were parked (proven safe before the change) and come later in the order, so they are
	 * checked this tick as they would be if the pass looked at every account.
	 */
	#withWoken(due: readonly number[], done: number, seen: number): readonly number[] {
		const list = this.#watchList;
		const current = list.orderOf(due[done] ?? 0);
		const woken = this.exchange.newlyModified
			.slice(seen)
			.filter((b) => list.orderOf(b) > current && list.wake(b));
		if (woken.length === 0) return due;
		const rest = [...due.slice(done + 1), ...woken].sort(
			(x, y) => list.orderOf(x) - list.orderOf(y),
		);
		return [...due.slice(0, done + 1), ...rest];
	}

	#accountHalted(a: number): boolean {
		const pop = this.exchange.pop;
		const second = pop.secondPosition[a] ?? -1;
		return (
			this.#halted(pop.market[a] ?? 0) || (second >= 0 && this.#halted(pop.market[second] ?? 0))
		);
	}

	#drainModified(): void {
		const list = this.exchange.newlyModified;
		for (const a of list) this.#watchList.watch(a, this.tick + 1);
		list.length = 0;
	}

	/** Trips and releases each market's circuit breaker. */
	#checkBreakers(): void {
		const ex = this.exchange;
		this.markets.forEach((spec, m) => {
			const event = this.#breakers.check(m, this.tick, ex.books[m]?.price ?? 0, spec.symbol);
			if (event) ex.events.push(event);
		});
	}

	/** Nothing left to happen: shock over, books and marks settled, no trigger due, no cooldown. */
	#quiet(): boolean {
		const ex = this.exchange;
		if (this.tick < this.scenario.shockTicks) return false;
		for (let m = 0; m < this.markets.length; m++) {
			const book = ex.books[m] as OrderBook;
			const q = this.#queues[m] as MarketQueues;
			const mark = ex.marks[m] ?? 0;
			if (this.#halted(m) || !book.settled(SETTLED)) return false;
			if (!(this.#markTrackers[m] as MarkPrice).settled(book.price, SETTLED)) return false;
			if (q.longLiquidations.wouldFire(mark) || q.shortLiquidations.wouldFire(mark)) return false;
			if (q.longStops.wouldFire(book.price) || q.shortStops.wouldFire(book.price)) return false;
		}
		return !this.#watchList.waiting(this.tick);
	}
}
