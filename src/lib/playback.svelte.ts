// Plays a run's frames over time in the view: play, pause, step, scrub and speed, frame by frame.

/** Speeds offered, from very slow to fast (multiples of the base rate). */
export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 4, 10] as const;

/** Options of a playback. */
export interface PlaybackOptions {
	/** Frames in the run (count). */
	readonly length?: number;
	/** Ticks shown per second of wall-clock time at 1× (ticks/s). */
	readonly ticksPerSecond?: number;
	/** Starting speed (multiple of the base rate). */
	readonly speed?: number;
}

/** Longest frame gap counted (ms), so a tab returning from the background does not leap ahead. */
const MAX_FRAME_MS = 100;

/** True when the reader asked the system for less motion (false on the server). */
export function prefersReducedMotion(): boolean {
	if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
	return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The playhead over a run of `length` frames (ticks 0 … length − 1). The requestAnimationFrame loop
 * only ever starts from `play()` in the browser, so nothing runs during the server render. With
 * reduced motion, `play()` jumps straight to the end instead of animating.
 */
export class Playback {
	/** Current frame (tick, whole number). */
	tick = $state(0);
	playing = $state(false);
	/** Multiple of the base rate, one of SPEEDS or any positive number. */
	speed = $state(1);
	/** Frames in the run (count). */
	length = $state(0);
	/** Ticks per second at 1× (ticks/s). */
	readonly ticksPerSecond: number;
	/** Last frame's tick (−1 when there are no frames). */
	readonly lastTick = $derived(this.length - 1);
	readonly atEnd = $derived(this.tick >= this.length - 1);
	readonly atStart = $derived(this.tick <= 0);
	#frame = 0;
	#previous: number | null = null;
	#carry = 0;

	constructor(options: PlaybackOptions = {}) {
		this.ticksPerSecond = options.ticksPerSecond ?? 20;
		this.length = Math.max(0, Math.floor(options.length ?? 0));
		this.speed = options.speed ?? 1;
	}

	/** A new run: sets the frame count and keeps the playhead inside it. */
	setLength(length: number): void {
		this.length = Math.max(0, Math.floor(length));
		this.tick = Math.min(this.tick, Math.max(0, this.length - 1));
		if (this.atEnd) this.pause();
	}

	play(): void {
		if (typeof window === 'undefined' || this.length <= 1) return;
		if (this.atEnd) this.tick = 0;
		if (prefersReducedMotion()) {
			this.seek(this.lastTick);
			return;
		}
		this.playing = true;
		this.#previous = null;
		this.#carry = 0;
		cancelAnimationFrame(this.#frame);
		this.#frame = requestAnimationFrame(this.#advance);
	}

	pause(): void {
		this.playing = false;
		if (typeof window !== 'undefined') cancelAnimationFrame(this.#frame);
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	/** Moves by `ticks` frames (negative steps back) and pauses. */
	step(ticks = 1): void {
		this.pause();
		this.seek(this.tick + ticks);
	}

	stepBack(): void {
		this.step(-1);
	}

	/** Back to the first frame, paused. */
	reset(): void {
		this.pause();
		this.tick = 0;
	}

	/** Jumps to a tick, clamped to the run and rounded to a whole frame. */
	seek(tick: number): void {
		const target = Number.isFinite(tick) ? Math.round(tick) : 0;
		this.tick = Math.min(Math.max(0, this.lastTick), Math.max(0, target));
		if (this.atEnd && this.playing) this.pause();
	}

	/** Stops the loop for good; call when the owning component is destroyed. */
	destroy(): void {
		this.pause();
	}

	#advance = (now: number): void => {
		if (!this.playing) return;
		const elapsed = this.#previous === null ? 0 : Math.min(MAX_FRAME_MS, now - this.#previous);
		this.#previous = now;
		this.#carry += (elapsed / 1000) * this.ticksPerSecond * this.speed;
		const whole = Math.floor(this.#carry);
		if (whole > 0) {
			this.#carry -= whole;
			this.tick = Math.min(this.lastTick, this.tick + whole);
		}
		if (this.atEnd) {
			this.pause();
			return;
		}
		this.#frame = requestAnimationFrame(this.#advance);
	};
}
