// Trigger queues fire exactly the triggers a price has crossed, in the order it crossed them.
import { describe, expect, test } from 'vitest';
import { orderByKey, TriggerQueue } from '../../src/sim/trigger-queue';

describe('orderByKey', () => {
	test('orders positive keys ascending, ties broken by input position', () => {
		const keys = Float64Array.from([5, 1, 3, 1, 1e6, 0.001]);
		expect(Array.from(orderByKey(keys))).toEqual([5, 1, 3, 2, 0, 4]);
	});

	test('handles an empty list', () => {
		expect(orderByKey(new Float64Array(0)).length).toBe(0);
	});

	test('matches a comparison sort on many random keys', () => {
		let state = 7;
		const keys = Float64Array.from({ length: 5_000 }, () => {
			state = (Math.imul(1_664_525, state) + 1_013_904_223) >>> 0;
			return 1 + state / 1e6;
		});
		const expected = Array.from(keys.keys()).sort(
			(a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b,
		);
		expect(Array.from(orderByKey(keys))).toEqual(expected);
	});
});

describe('TriggerQueue', () => {
	test('a falling queue fires the highest triggers first as the price drops', () => {
		const q = new TriggerQueue([10, 11, 12], Float64Array.from([95, 99, 90]), true);
		const out: number[] = [];
		q.take(100, out);
		expect(out).toEqual([]);
		q.take(95, out);
		expect(out).toEqual([11, 10]);
		expect(q.wouldFire(91)).toBe(false);
		q.take(80, out);
		expect(out).toEqual([11, 10, 12]);
	});

	test('a rising queue fires the lowest triggers first as the price rises', () => {
		const q = new TriggerQueue([1, 2], Float64Array.from([105, 101]), false);
		const out: number[] = [];
		q.take(103, out);
		expect(out).toEqual([2]);
		q.rewind();
		out.length = 0;
		q.take(200, out);
		expect(out).toEqual([2, 1]);
	});
});
