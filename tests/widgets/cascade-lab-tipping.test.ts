// The tipping-point view: curves of deepest fall against shock, where they tip, and the page hand-off.
import { describe, expect, test } from 'vitest';
import { CascadeLabState } from '../../src/widgets/cascade-lab/cascade-lab.svelte';
import { scenarioOf, type CascadeValues } from '../../src/widgets/cascade-lab/params';
import {
	decodeTipping,
	encodeTipping,
	TIPPING_LEVERAGES,
	TIPPING_SHOCKS,
	tippingKey,
	tippingPoint,
	type TippingCurve,
} from '../../src/widgets/cascade-lab/tipping';

const defaults: CascadeValues = {
	preset: 'ordinary',
	leverage: 10,
	longs: 60,
	depth: 20,
	shock: -3,
	seed: 1,
};

describe('tipping curves of the default market', () => {
	// On the server the state computes the curves at once, as the static page needs them.
	const lab = new CascadeLabState(() => scenarioOf(defaults), { tipping: true });
	const curves = lab.tipping?.curves ?? [];

	test('one curve per leverage level, one fall per shock, for this market', () => {
		expect(curves.map((c) => c.leverage)).toEqual([...TIPPING_LEVERAGES]);
		for (const c of curves) expect(c.falls).toHaveLength(TIPPING_SHOCKS.length);
		expect(lab.tippingReady).toBe(true);
		expect(lab.tippingShown.every((s) => !s.stale)).toBe(true);
	});

	test('no shock, no fall', () => {
		for (const c of curves) expect(c.falls[0]).toBe(0);
	});

	test('every curve rises with the shock and never falls less than the shock', () => {
		for (const c of curves) {
			c.falls.forEach((fall, i) => {
				expect(fall).toBeGreaterThanOrEqual(c.falls[i - 1] ?? 0);
				expect(fall).toBeGreaterThanOrEqual((TIPPING_SHOCKS[i] ?? 0) - 1e-6);
			});
		}
	});

	test('more leverage never gives a smaller fall for the same shock', () => {
		for (let k = 1; k < curves.length; k++) {
			curves[k]?.falls.forEach((fall, i) => {
				expect(fall).toBeGreaterThanOrEqual(curves[k - 1]?.falls[i] ?? 0);
			});
		}
	});

	test('10× tips within the first per cent; 3× does not tip', () => {
		const at = (leverage: number): TippingCurve | undefined =>
			curves.find((c) => c.leverage === leverage);
		const ten = tippingPoint(at(10) ?? { leverage: 10, falls: [] });
		expect(ten).not.toBeNull();
		expect(ten?.after).toBeLessThanOrEqual(0.01);
		expect((ten?.fallAfter ?? 0) - (ten?.fallBefore ?? 0)).toBeGreaterThan(0.02);
		expect(tippingPoint(at(3) ?? { leverage: 3, falls: [] })).toBeNull();
	});

	test('the key ignores leverage and shock, which the view varies itself', () => {
		const moved = scenarioOf({ ...defaults, leverage: 20, shock: 4 });
		expect(tippingKey(moved)).toBe(lab.tippingKey);
		expect(tippingKey(scenarioOf({ ...defaults, depth: 10 }))).not.toBe(lab.tippingKey);
	});

	test('the static page’s copy reads back exactly', () => {
		const result = lab.tipping;
		if (result === null) throw new Error('no curves');
		expect(decodeTipping(encodeTipping(result))).toEqual(result);
	});
});

describe('reading the page’s copy of the curves', () => {
	const falls = TIPPING_SHOCKS.map(() => 0.01);
	test.each([
		['nothing', undefined],
		['empty text', ''],
		['not JSON', '{curves'],
		['no key', JSON.stringify({ curves: [] })],
		['curves not a list', JSON.stringify({ key: 'k', curves: 3 })],
		[
			'a fall missing',
			JSON.stringify({ key: 'k', curves: [{ leverage: 3, falls: falls.slice(1) }] }),
		],
		[
			'a fall not a number',
			JSON.stringify({ key: 'k', curves: [{ leverage: 3, falls: ['1', ...falls.slice(1)] }] }),
		],
		['a null curve', JSON.stringify({ key: 'k', curves: [null] })],
	])('rejects %s', (_, text) => {
		expect(decodeTipping(text)).toBeNull();
	});

	test('accepts a well-formed copy', () => {
		const text = JSON.stringify({ key: 'k', curves: [{ leverage: 3, falls }] });
		expect(decodeTipping(text)).toEqual({ key: 'k', curves: [{ leverage: 3, falls }] });
	});
});

describe('where a curve tips', () => {
	const flat = TIPPING_SHOCKS.map((s) => s);
	test.each([
		['fall equal to the shock: no tipping point', flat, null],
		[
			'a jump of 3 points between 0.2% and 0.3%',
			TIPPING_SHOCKS.map((s) => (s >= 0.003 ? s + 0.03 : s)),
			{ before: 0.002, after: 0.003, fallBefore: 0.002, fallAfter: 0.033 },
		],
	] as const)('%s', (_, falls, expected) => {
		expect(tippingPoint({ leverage: 10, falls })).toEqual(expected);
	});
});
