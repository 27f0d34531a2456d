// Highest and lowest price over a sliding window of ticks, for the circuit breaker, in O(1) a tick.

/** Monotonic deques of (tick, price) keep the window's extremes without rescanning it. */
export class RollingRange {
	readonly #window: number;
	#highs: [number, number][] = [];
	#lows: [number, number][] = [];

	/** `window`: how many ticks back the range looks (ticks). */
	constructor(window: number) {
		this.#window = window;
	}

	/** Adds the price of `tick` and forgets prices older than the window length. */
	push(tick: number, price: number): void {
		while (this.#highs.length > 0 && (this.#highs.at(-1)?.[1] ?? 0) <= price) this.#highs.pop();
		this.#highs.push([tick, price]);
		while (this.#lows.length > 0 && (this.#lows.at(-1)?.[1] ?? 0) >= price) this.#lows.pop();
		this.#lows.push([tick, price]);
		const oldest = tick - this.#window;
		while ((this.#highs[0]?.[0] ?? oldest + 1) <= oldest) this.#highs.shift();
		while ((this.#lows[0]?.[0] ?? oldest + 1) <= oldest) this.#lows.shift();
	}

	/** Highest price in the window (USD). */
	get high(): number {
		return this.#highs[0]?.[1] ?? Number.NaN;
	}

	/** Lowest price in the window (USD). */
	get low(): number {
		return this.#lows[0]?.[1] ?? Number.NaN;
	}

	/** Forgets everything (after a halt, the window starts again). */
	clear(): void {
		this.#highs = [];
		this.#lows = [];
	}
}
