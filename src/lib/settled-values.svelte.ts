// A copy of a widget's values that catches up once they stop changing, for its secondary charts.

/** Quiet time after the last change before the copy catches up (ms), as the labs wait to post a run. */
export const SETTLE_MS = 120;

/**
 * Secondary views (a data table, a comparison chart) read `values`, which catch up with the live
 * values once these have been still for SETTLE_MS. While a slider moves, each key press then
 * redraws only the slider and the main chart, and `pending` lets the secondary views show that
 * they are a step behind. Outside a browser, and until `follow()` runs, `values` are the live ones.
 */
export class SettledValues<T extends object> {
	/** The values the secondary views show (each field as in the live values). */
	readonly values: T;
	/** Whether the live values have changed since `values` last caught up. */
	pending = $state(false);
	readonly #live: () => T;

	constructor(live: () => T) {
		this.#live = live;
		this.values = $state({ ...live() });
	}

	#timer: ReturnType<typeof setTimeout> | undefined;
	#started = false;

	/**
	 * Takes the live values as they are now: the first time (hydration, the URL's values) they are
	 * shown at once; after that, once no newer values have come for SETTLE_MS.
	 */
	take(now: T): void {
		clearTimeout(this.#timer);
		if (!this.#started) {
			this.#started = true;
			Object.assign(this.values, now);
			return;
		}
		this.pending = true;
		this.#timer = setTimeout(() => {
			Object.assign(this.values, now);
			this.pending = false;
		}, SETTLE_MS);
	}

	/** Drops a catch-up not yet made (the widget is going away). */
	cancel(): void {
		clearTimeout(this.#timer);
	}

	/** Starts following; call once while the owning component initialises. */
	follow(): void {
		// Values are flat (numbers, strings, booleans): a shallow copy reads, and so follows, each.
		$effect(() => {
			this.take({ ...this.#live() });
		});
		$effect(() => () => {
			this.cancel();
		});
	}
}
