// Positions ordered by trigger price, so each tick costs only the triggers the price crossed.

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Sorts ids by positive keys with one native Float64Array sort: each key's lowest mantissa bits are
 * replaced by the id's position in the input, which perturbs the key by under 2⁻³⁰ of itself and
 * keeps the order of the others. Returns the input positions in ascending key order.
 */
export function orderByKey(keys: Float64Array): Uint32Array {
	const n = keys.length;
	const bits = Math.max(1, Math.ceil(Math.log2(n + 1)));
	const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
	const packed = new Float64Array(keys);
	const words = new Uint32Array(packed.buffer);
	const low = LITTLE_ENDIAN ? 0 : 1;
	for (let i = 0; i < n; i++) {
		const w = 2 * i + low;
		words[w] = (((words[w] ?? 0) & ~mask) | i) >>> 0;
	}
	packed.sort();
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[i] = (words[2 * i + low] ?? 0) & mask;
	return order;
}

/**
 * Trigger prices of one market and direction. A 'falling' queue fires when the price drops to or
 * below a trigger (long liquidations, long stops); a 'rising' queue when it rises to or above one.
 */
export class TriggerQueue {
	readonly #ids: Uint32Array;
	readonly #prices: Float64Array;
	readonly #falling: boolean;
	/** Next entry to fire, walking from the trigger nearest the starting price. */
	#cursor: number;

	constructor(ids: ArrayLike<number>, prices: Float64Array, falling: boolean) {
		const order = orderByKey(prices);
		const n = order.length;
		this.#ids = new Uint32Array(n);
		this.#prices = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			// Falling queues are walked from the highest trigger down: store them descending.
			const source = order[falling ? n - 1 - i : i] ?? 0;
			this.#ids[i] = ids[source] ?? 0;
			this.#prices[i] = prices[source] ?? 0;
		}
		this.#falling = falling;
		this.#cursor = 0;
	}

	/** Whether the entry at the cursor fires at `price`. */
	#fires(price: number): boolean {
		const trigger = this.#prices[this.#cursor] ?? 0;
		return this.#falling ? price <= trigger : price >= trigger;
	}

	/** Whether any entry fires at `price`. */
	wouldFire(price: number): boolean {
		return this.#cursor < this.#ids.length && this.#fires(price);
	}

	/** Appends every id whose trigger `price` has crossed to `out`, in order of crossing. */
	take(price: number, out: number[]): void {
		while (this.#cursor < this.#ids.length && this.#fires(price)) {
			out.push(this.#ids[this.#cursor] ?? 0);
			this.#cursor++;
		}
	}

	/** Starts over from the trigger nearest the starting price. */
	rewind(): void {
		this.#cursor = 0;
	}

	/** Entries in the queue, fired or not (count). */
	get size(): number {
		return this.#ids.length;
	}
}
