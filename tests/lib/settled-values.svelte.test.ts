// SettledValues: secondary views catch up with the live values once these are still, not before.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SETTLE_MS, SettledValues } from '../../src/lib/settled-values.svelte';

interface Values {
	lev: number;
	hours: number;
}

/** A follower of fixed starting values that has taken them, as on hydration. */
function follower(start: Values): SettledValues<Values> {
	const settled = new SettledValues(() => start);
	settled.take({ ...start });
	return settled;
}

describe('SettledValues', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	test('the first values taken are shown at once, not pending', () => {
		const settled = new SettledValues(() => ({ lev: 10, hours: 24 }));
		settled.take({ lev: 5, hours: 1 });
		expect(settled.values).toEqual({ lev: 5, hours: 1 });
		expect(settled.pending).toBe(false);
	});

	test('a change is pending until the values have been still for SETTLE_MS', () => {
		const settled = follower({ lev: 10, hours: 24 });
		settled.take({ lev: 20, hours: 24 });
		expect(settled.pending).toBe(true);
		expect(settled.values.lev).toBe(10);
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(settled.values.lev).toBe(10);
		vi.advanceTimersByTime(1);
		expect(settled.values).toEqual({ lev: 20, hours: 24 });
		expect(settled.pending).toBe(false);
	});

	test('changes closer together than SETTLE_MS fold into one catch-up with the last values', () => {
		const settled = follower({ lev: 10, hours: 24 });
		for (const [lev, hours] of [
			[11, 24],
			[12, 48],
			[13, 48],
		] as const) {
			settled.take({ lev, hours });
			vi.advanceTimersByTime(SETTLE_MS / 2);
			expect(settled.values).toEqual({ lev: 10, hours: 24 });
			expect(settled.pending).toBe(true);
		}
		vi.advanceTimersByTime(SETTLE_MS / 2);
		expect(settled.values).toEqual({ lev: 13, hours: 48 });
		expect(settled.pending).toBe(false);
	});

	test('a cancelled catch-up never happens', () => {
		const settled = follower({ lev: 10, hours: 24 });
		settled.take({ lev: 30, hours: 24 });
		settled.cancel();
		vi.advanceTimersByTime(SETTLE_MS * 2);
		expect(settled.values.lev).toBe(10);
	});
});
