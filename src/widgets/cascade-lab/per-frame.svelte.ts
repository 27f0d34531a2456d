// Hands a widget's values on at most once per animation frame: a burst of slider events (a fast
// drag, a held key on a slow phone) then costs one simulation, not one per event.
import { untrack } from 'svelte';

/** Whether two flat records hold the same values under the same keys. */
export function sameValues(a: object, b: object): boolean {
	const left = Object.entries(a);
	return (
		left.length === Object.keys(b).length &&
		left.every(([key, value]) => Object.is(value, (b as Record<string, unknown>)[key]))
	);
}

/** How frames are asked for: the browser's requestAnimationFrame pair, or a test's stand-in. */
export interface FrameClock {
	request: (callback: () => void) => number;
	cancel: (handle: number) => void;
}

const browserFrames: FrameClock = {
	request: (callback) => requestAnimationFrame(callback),
	cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * A gate that holds the latest value offered and, in the next frame, passes it to `deliver` — once
 * per frame however many values were offered, and not at all when it equals what was delivered
 * last (`delivered()`).
 */
export function frameGate<T extends object>(
	delivered: () => T,
	deliver: (value: T) => void,
	clock: FrameClock = browserFrames,
): { offer: (value: T) => void; stop: () => void } {
	let pending: T | null = null;
	let frame = 0;
	return {
		offer(value) {
			pending = value;
			if (frame !== 0) return;
			frame = clock.request(() => {
				frame = 0;
				if (pending !== null && !sameValues(pending, delivered())) deliver(pending);
				pending = null;
			});
		},
		stop() {
			clock.cancel(frame);
			frame = 0;
			pending = null;
		},
	};
}

/** Values a widget draws from, handed on by perFrame. */
export interface Settled<T> {
	readonly current: T;
}

/**
 * The latest of `read()` — a flat record of a widget's values, read reactively — passed on in the
 * next animation frame's callbacks, before that frame is drawn: the picture is no later than if
 * every event re-ran the simulation, but events that arrive within one frame share one run. The
 * server render and the first client render use the values as they are. Call while a component
 * initialises (it uses an effect).
 */
export function perFrame<T extends object>(read: () => T): Settled<T> {
	let current = $state.raw(untrack(read));
	const gate = frameGate(
		() => current,
		(value) => (current = value),
	);
	$effect(() => gate.offer(read()));
	$effect(() => () => gate.stop());
	return {
		get current() {
			return current;
		},
	};
}
