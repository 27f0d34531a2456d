// The margin guard and its heap: the guard's shortcut answers always match the exact margin check.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CascadeModel, ETH, presets, SOL } from '../../src/sim';
import { GateHeap } from '../../src/sim/gate-heap';
import { MarginGuard } from '../../src/sim/margin-guard';
import { scenarioArb } from './arbitraries';

/**
 * Steps a model to its end and, after every tick, asks a guard (fed the same marks) and the
 * exchange's exact check about every account that still holds a position; returns the
 * disagreements as "tick:account" strings.
 */
function disagreements(model: CascadeModel): string[] {
	const ex = model.exchange;
	const pop = ex.pop;
	const guard = new MarginGuard(pop, model.markets);
	const found: string[] = [];
	const check = (): void => {
		for (let a = 0; a < pop.accountCount; a++) {
			const second = pop.secondPosition[a] ?? -1;
			const open = (pop.quantity[a] ?? 0) > 0 || (second >= 0 && (pop.quantity[second] ?? 0) > 0);
			if (!open) continue;
			if (guard.isLiquidatable(a, ex.marks) !== ex.isLiquidatable(a)) {
				found.push(`${String(model.tick)}:${String(a)}`);
			}
		}
	};
	check();
	while (model.step()) {
		guard.observe(ex.marks);
		check();
	}
	return found;
}

describe('MarginGuard', () => {
	test('agrees with the exact check on every account, tick by tick, in any scenario', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => disagreements(new CascadeModel(s)).length === 0),
			{ numRuns: 150 },
		);
	});

	test('agrees through a calibrated multi-market run with ADL and partial liquidation', () => {
		const october = presets['oct-10-2025'];
		for (const patch of [
			{ insuranceFundUsd: 0 },
			{ venue: 'hyperliquid' as const, partialLiquidation: true },
			{ crossShare: 1, shock: -0.12, otherAssets: [ETH, SOL] },
		]) {
			const model = new CascadeModel({ ...october, accounts: 1_500, maxTicks: 900, ...patch });
			expect(disagreements(model)).toEqual([]);
		}
	});
});

describe('GateHeap', () => {
	test('gives back its entries smallest key first, whatever order they went in', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), fc.nat()), {
					maxLength: 300,
				}),
				(entries) => {
					const heap = new GateHeap();
					for (const [key, a] of entries) heap.push(key, a);
					const keys: number[] = [];
					while (heap.size > 0) {
						keys.push(heap.topKey);
						heap.pop();
					}
					const sorted = entries.map(([key]) => key).sort((x, y) => x - y);
					return keys.length === entries.length && keys.every((k, i) => k === sorted[i]);
				},
			),
		);
	});

	test('is empty with an infinite top key and no account', () => {
		const heap = new GateHeap();
		expect(heap.topKey).toBe(Number.POSITIVE_INFINITY);
		expect(heap.topAccount).toBe(-1);
		heap.push(2, 7);
		heap.pop();
		heap.pop();
		expect(heap.size).toBe(0);
	});
});
