// A binary min-heap of (key, account) pairs, for waking parked accounts in order of their gates.

/** Min-heap of accounts by a numeric key; entries are removed only from the top. */
export class GateHeap {
	#keys = new Float64Array(64);
	#accounts = new Int32Array(64);
	#size = 0;

	/** Entries held (count). */
	get size(): number {
		return this.#size;
	}

	/** Smallest key held; +∞ when empty. */
	get topKey(): number {
		return this.#size > 0 ? (this.#keys[0] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
	}

	/** Account of the smallest key; −1 when empty. */
	get topAccount(): number {
		return this.#size > 0 ? (this.#accounts[0] ?? -1) : -1;
	}

	/** Adds account a under `key` (a finite number). */
	push(key: number, a: number): void {
		if (this.#size === this.#keys.length) this.#grow();
		const keys = this.#keys;
		const accounts = this.#accounts;
		let i = this.#size++;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			const above = keys[parent] ?? 0;
			if (above <= key) break;
			keys[i] = above;
			accounts[i] = accounts[parent] ?? 0;
			i = parent;
		}
		keys[i] = key;
		accounts[i] = a;
	}

	/** Removes the entry with the smallest key (nothing when empty). */
	pop(): void {
		if (this.#size === 0) return;
		const keys = this.#keys;
		const accounts = this.#accounts;
		const n = --this.#size;
		const key = keys[n] ?? 0;
		const a = accounts[n] ?? 0;
		let i = 0;
		for (;;) {
			let child = 2 * i + 1;
			if (child >= n) break;
			if (child + 1 < n && (keys[child + 1] ?? 0) < (keys[child] ?? 0)) child++;
			const below = keys[child] ?? 0;
			if (key <= below) break;
			keys[i] = below;
			accounts[i] = accounts[child] ?? 0;
			i = child;
		}
		keys[i] = key;
		accounts[i] = a;
	}

	/** Empties the heap. */
	clear(): void {
		this.#size = 0;
	}

	#grow(): void {
		const keys = new Float64Array(this.#keys.length * 2);
		keys.set(this.#keys);
		const accounts = new Int32Array(this.#accounts.length * 2);
		accounts.set(this.#accounts);
		this.#keys = keys;
		this.#accounts = accounts;
	}
}
