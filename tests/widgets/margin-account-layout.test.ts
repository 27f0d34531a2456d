// MarginAccount's layout helpers: the ladder's price interval, label spreading, the mark's step.
import { describe, expect, test } from 'vitest';
import { ladderDomain, spreadLabels } from '../../src/widgets/margin-account/ladder';
import { markRange, markStep } from '../../src/widgets/margin-account/margin-account.svelte';
import { expectClose } from '../helpers/close';

describe('ladderDomain', () => {
	test('pads the marks by 12% of their span on each side', () => {
		const [low, high] = ladderDomain(
			[
				{ id: 'entry', label: 'entry', price: 110_000 },
				{ id: 'liquidation', label: 'liquidation', price: 100_000 },
			],
			110_000,
		);
		expectClose(low, 98_800);
		expectClose(high, 111_200);
	});

	test('never shows less than 2% of the entry price, so equal prices do not collapse', () => {
		const [low, high] = ladderDomain([{ id: 'mark', label: 'mark', price: 50_000 }], 50_000);
		expectClose(high - low, 1_000 * 1.24);
	});

	test('never goes below zero', () => {
		const [low] = ladderDomain([{ id: 'mark', label: 'mark', price: 10 }], 1_000);
		expect(low).toBe(0);
	});
});

describe('spreadLabels', () => {
	const rows = [
		{ why: 'far-apart labels stay put', input: [10, 50, 90], expected: [10, 50, 90] },
		{ why: 'two close labels are pushed apart downward', input: [50, 52], expected: [50, 67] },
		{ why: 'input order is kept in the output', input: [52, 50], expected: [67, 50] },
		{
			why: 'a crowd at the bottom is pushed back up inside the range',
			input: [98, 99, 100],
			expected: [66, 83, 100],
		},
		{ why: 'labels outside the range are brought inside', input: [-20], expected: [0] },
	] as const;
	test.each(rows)('$why', ({ input, expected }) => {
		expect(spreadLabels(input, 17, 0, 100)).toEqual(expected);
	});
});

describe('the mark slider', () => {
	const steps = [
		{ entry: 110_000, step: 100 },
		{ entry: 50_000, step: 50 },
		{ entry: 20_000, step: 20 },
		{ entry: 1_000, step: 1 },
	] as const;
	test.each(steps)('entry $entry moves the mark $step at a time', ({ entry, step }) => {
		expect(markStep(entry)).toBe(step);
	});

	test('spans half to one and a half times the entry price', () => {
		expect(markRange(110_000)).toEqual({ min: 55_000, max: 165_000 });
	});
});
