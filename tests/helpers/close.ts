// The one place float tolerance is decided: relative, with an absolute floor near zero.
import { expect } from 'vitest';

/** Asserts |actual − expected| ≤ tolerance × max(1, |expected|). */
export function expectClose(actual: number | null, expected: number, tolerance = 1e-9): void {
	expect(actual).not.toBeNull();
	const value = actual ?? Number.NaN;
	const allowed = tolerance * Math.max(1, Math.abs(expected));
	expect(Math.abs(value - expected), `${String(value)} ≉ ${String(expected)}`).toBeLessThanOrEqual(
		allowed,
	);
}
