// One market's order book as a depth profile around mid that market orders eat and that refills.
import type { ImpactModel } from './scenario';

/** Exponents of cumulative depth D(x) = D₁%·(x/1%)^k inside and beyond 1% of mid, per model. */
export const DEPTH_EXPONENTS: Readonly<Record<ImpactModel, { near: number; far: number }>> = {
	// Amberdata's Binance BTC fit (k = 0.67) where it was measured, within 1%; beyond it, latent
	// liquidity arrives as the square-root law of large orders implies (Donier & Bonart 2015).
	book: { near: 0.67, far: 2 },
	// The 0.67 fit carried to every distance: a book with nothing behind its first percent.
	power: { near: 0.67, far: 0.67 },
	// Kyle's linear impact: price moves in proportion to the order.
	linear: { near: 1, far: 1 },
	// Square-root law everywhere: the move grows with the root of the order.
	sqrt: { near: 2, far: 2 },
};

/** Distance from mid at which depth is quoted (fraction of price). */
const ONE_PERCENT = 0.01;
/**
 * No single order moves the price further than this (log price, ≈ 10%): a stand-in for the venues'
 * price bands, beyond which market makers and arbitrageurs are assumed to absorb the rest (judgement).
 */
const MAX_LOG_MOVE = 0.1;

/** What a market order got. */
export interface Fill {
	/** Average fill price (USD). */
	readonly averagePrice: number;
	/** Mid price after the order (USD). */
	readonly priceAfter: number;
}

/**
 * Depth per side is D(x) = depthUsd·(x/1%)^k, x the distance from mid in log price. Eating the book
 * leaves a hole of width `hole` on that side: the next order starts where the last one stopped in the
 * profile, so a thin, eaten book moves further. Each tick the holes shrink with the refill half-life,
 * and the non-permanent share of past impact is given back as they do.
 */
export class OrderBook {
	/** Mid / last traded price (USD). */
	price: number;
	/** Eaten width of the bid side (log-price distance). */
	bidHole = 0;
	/** Eaten width of the ask side (log-price distance). */
	askHole = 0;
	/** Impact not yet given back (log price; negative after selling). */
	transientLogMove = 0;

	readonly #depthUsd: number;
	readonly #near: number;
	readonly #far: number;
	readonly #permanence: number;
	readonly #refillFactor: number;

	constructor(
		price: number,
		depthUsd: number,
		model: ImpactModel,
		refillHalfLifeTicks: number,
		permanence: number,
	) {
		this.price = price;
		this.#depthUsd = depthUsd;
		this.#near = DEPTH_EXPONENTS[model].near;
		this.#far = DEPTH_EXPONENTS[model].far;
		this.#permanence = permanence;
		this.#refillFactor = Math.pow(0.5, 1 / refillHalfLifeTicks);
	}

	/** Cumulative depth from mid out to log distance x (USD). */
	depthWithin(x: number): number {
		const k = x <= ONE_PERCENT ? this.#near : this.#far;
		return this.#depthUsd * Math.pow(x / ONE_PERCENT, k);
	}

	/** Log distance at which cumulative depth reaches `usd`. */
	#distanceFor(usd: number): number {
		const k = usd <= this.#depthUsd ? this.#near : this.#far;
		return ONE_PERCENT * Math.pow(usd / this.#depthUsd, 1 / k);
	}

	/** ∫ x dD over [a, b] (USD × log distance), split where the profile changes exponent. */
	#weightedDistance(a: number, b: number): number {
		const segment = (lo: number, hi: number, k: number): number =>
			hi <= lo
				? 0
				: ((this.#depthUsd * k) / (k + 1)) *
					((Math.pow(hi / ONE_PERCENT, k + 1) - Math.pow(lo / ONE_PERCENT, k + 1)) * ONE_PERCENT);
		return (
			segment(a, Math.min(b, ONE_PERCENT), this.#near) +
			segment(Math.max(a, ONE_PERCENT), b, this.#far)
		);
	}

	/** Quotes a market order of `quantity` (base units; positive buys, negative sells) without trading. */
	quote(quantity: number): Fill {
		const hole = quantity < 0 ? this.bidHole : this.askHole;
		const usd = Math.abs(quantity) * this.price;
		const start = this.depthWithin(hole);
		const end = Math.min(this.#distanceFor(start + usd), hole + MAX_LOG_MOVE);
		const eaten = this.depthWithin(end) - start;
		const meanDistance = eaten > 0 ? this.#weightedDistance(hole, end) / eaten : hole;
		const direction = quantity < 0 ? -1 : 1;
		return {
			averagePrice: this.price * Math.exp(direction * (meanDistance - hole)),
			priceAfter: this.price * Math.exp(direction * (end - hole)),
		};
	}

	/**
	 * Trades a market order against the book and returns what it got. `quoted` may pass the quote
	 * just taken for the same order, to save computing it twice.
	 */
	trade(quantity: number, quoted?: Fill): Fill {
		const fill = quoted ?? this.quote(quantity);
		const move = Math.log(fill.priceAfter / this.price);
		if (quantity < 0) this.bidHole += -move;
		else this.askHole += move;
		this.transientLogMove += (1 - this.#permanence) * move;
		this.price = fill.priceAfter;
		return fill;
	}

	/** Moves the whole book by an exogenous log-price move (news, other venues). */
	shift(logMove: number): void {
		this.price *= Math.exp(logMove);
	}

	/** One tick of market makers refilling the book and giving back transient impact. */
	refill(): void {
		const f = this.#refillFactor;
		this.bidHole *= f;
		this.askHole *= f;
		const givenBack = this.transientLogMove * (1 - f);
		this.transientLogMove -= givenBack;
		this.price *= Math.exp(-givenBack);
	}

	/**
	 * What is left of the fresh book's first percent on each side (USD): depthUsd less what has been
	 * eaten and not yet refilled. It reads like a depth chart: full, then thin after a sweep, then
	 * refilling; it is zero while the hole is wider than 1%.
	 */
	depthNearMid(): { bidUsd: number; askUsd: number } {
		return {
			bidUsd: Math.max(0, this.#depthUsd - this.depthWithin(this.bidHole)),
			askUsd: Math.max(0, this.#depthUsd - this.depthWithin(this.askHole)),
		};
	}

	/** True once both sides and the price have recovered to within `tolerance` (log distance). */
	settled(tolerance: number): boolean {
		return (
			this.bidHole < tolerance &&
			this.askHole < tolerance &&
			Math.abs(this.transientLogMove) < tolerance
		);
	}
}
