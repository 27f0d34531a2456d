// Circuit breakers: halt a market's matching for a while after a large move within a window of ticks.
import type { HaltEvent } from './events';
import { RollingRange } from './rolling-range';

/** One breaker per market, measuring the last price's range over a sliding window of ticks. */
export class CircuitBreakers {
	readonly #move: number;
	readonly #haltTicks: number;
	readonly #ranges: RollingRange[];
	/** First tick each market trades again (ticks); 0 when never halted. */
	readonly #haltedUntil: Int32Array;

	/** `move`: fraction that trips a breaker; `windowTicks`, `haltTicks`: ticks. */
	constructor(markets: number, move: number, windowTicks: number, haltTicks: number) {
		this.#move = move;
		this.#haltTicks = haltTicks;
		this.#ranges = Array.from({ length: markets }, () => new RollingRange(windowTicks));
		this.#haltedUntil = new Int32Array(markets);
	}

	/** Whether market m's matching is halted during `tick`. */
	halted(m: number, tick: number): boolean {
		return tick < (this.#haltedUntil[m] ?? 0);
	}

	/**
	 * At the end of `tick`, with market m's last price: announces a resume due next tick, or trips
	 * the breaker when the price has moved `move` from the window's high or low. Returns the event.
	 */
	check(m: number, tick: number, price: number, asset: string): HaltEvent | null {
		const range = this.#ranges[m] as RollingRange;
		if (tick + 1 === (this.#haltedUntil[m] ?? 0)) {
			range.clear();
			return { type: 'resume', tick: tick + 1, asset, price };
		}
		if (this.halted(m, tick)) return null;
		range.push(tick, price);
		const fell = price <= range.high * (1 - this.#move);
		const rose = price >= range.low * (1 + this.#move);
		if (!fell && !rose) return null;
		this.#haltedUntil[m] = tick + 1 + this.#haltTicks;
		return { type: 'halt', tick, asset, price };
	}
}
