// The lab run the static page hands to the browser: what survives the text, and what the text refuses.
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/lib/params';
import type { Scenario } from '../../src/sim/index';
import { decodeDigest, encodeDigest } from '../../src/widgets/cascade-lab/digest-codec';
import { condensed, digestLab, type LabOutcome } from '../../src/widgets/cascade-lab/lab-digest';
import {
	CASCADE_PRESETS,
	cascadeSchema,
	presetValues,
	scenarioOf,
} from '../../src/widgets/cascade-lab/params';
import { squeezeSchema, squeezeScenarioOf } from '../../src/widgets/squeeze-lab/params';

const cascadeDefaults = defaultValues(cascadeSchema);

/** Every lab the site opens with: the five cascade presets, the home page's small shock, the squeeze. */
const scenarios: [string, Scenario][] = [
	...CASCADE_PRESETS.map((preset): [string, Scenario] => [
		preset,
		scenarioOf({ ...cascadeDefaults, ...presetValues(preset) }),
	]),
	['home page', scenarioOf({ ...cascadeDefaults, shock: -0.2 })],
	['squeeze lab', squeezeScenarioOf(defaultValues(squeezeSchema))],
];

function ok(outcome: LabOutcome | null): Extract<LabOutcome, { ok: true }>['digest'] {
	if (outcome?.ok !== true) throw new Error('expected a run');
	return outcome.digest;
}

/** Largest difference between two arrays of the same length. */
function worst(a: ArrayLike<number>, b: ArrayLike<number>): number {
	expect(a.length).toBe(b.length);
	let most = 0;
	for (let i = 0; i < a.length; i++) most = Math.max(most, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
	return most;
}

describe.each(scenarios)('the %s run through the page', (_name, scenario) => {
	const key = JSON.stringify(scenario);
	const original = ok(digestLab(scenario));
	const text = encodeDigest({ ok: true, digest: original }, key);
	const copy = ok(decodeDigest(text, key));

	it('keeps the run, the levels and the domain exactly', () => {
		expect(copy.run).toEqual(condensed(original.run));
		expect(copy.levels).toEqual(original.levels);
		expect(copy.domain).toEqual(original.domain);
		expect(copy.whole).toBe(false);
	});

	it('keeps every price and dollar total to the cent', () => {
		const s = original.series;
		const c = copy.series;
		expect(c.ticks).toBe(s.ticks);
		expect(c.startPrice).toBe(s.startPrice);
		expect(worst(c.last, s.last)).toBeLessThanOrEqual(0.005 + 1e-9);
		expect(worst(c.mark, s.mark)).toBeLessThanOrEqual(0.005 + 1e-9);
		expect(worst(c.lowestMark, s.lowestMark)).toBeLessThanOrEqual(0.005 + 1e-9);
		expect(worst(c.highestMark, s.highestMark)).toBeLessThanOrEqual(0.005 + 1e-9);
		expect(worst(c.cumulativeLongUsd, s.cumulativeLongUsd)).toBeLessThanOrEqual(0.005 + 1e-9);
		expect(worst(c.cumulativeShortUsd, s.cumulativeShortUsd)).toBeLessThanOrEqual(0.005 + 1e-9);
	});

	it('keeps every liquidation dot', () => {
		const strip = (pops: typeof copy.series.pops) =>
			pops.map(({ id, tick, side, positions }) => ({ id, tick, side, positions }));
		expect(strip(copy.series.pops)).toEqual(strip(original.series.pops));
		expect(
			worst(
				copy.series.pops.map((p) => p.usd),
				original.series.pops.map((p) => p.usd),
			),
		).toBeLessThanOrEqual(0.005 + 1e-9);
		for (const pop of copy.series.pops) expect(pop.mark).toBe(copy.series.mark[pop.tick]);
	});

	it('reads back to the same text, and is for this scenario only', () => {
		expect(encodeDigest({ ok: true, digest: copy }, key)).toBe(text);
		expect(decodeDigest(text, `${key} `)).toBeNull();
	});

	it('is small enough to leave in the page: 3 KB plus under 20 characters a tick', () => {
		expect(text.length).toBeLessThan(3_000 + 20 * original.series.ticks);
	});
});

describe('decodeDigest on text it did not write', () => {
	const scenario = scenarioOf({ ...cascadeDefaults, shock: -0.2 });
	const key = JSON.stringify(scenario);
	const good = JSON.parse(encodeDigest(digestLab(scenario), key)) as Record<string, unknown>;
	const spoilt = (patch: Record<string, unknown>): string => JSON.stringify({ ...good, ...patch });
	const ticks = good['ticks'] as number;

	it.each([
		['nothing', undefined],
		['an empty attribute', ''],
		['text that is not JSON', '{"key":'],
		['JSON that is not an object', '42'],
		[
			'a digest for another scenario',
			spoilt({ run: { ...(good['run'] as object), scenario: { ...scenario, seed: 2 } } }),
		],
		['a run without its summary', spoilt({ run: { ...(good['run'] as object), summary: 1 } })],
		['a tick count that is not whole', spoilt({ ticks: ticks + 0.5 })],
		['one price too few', spoilt({ last: (good['last'] as string).replace(/,[^,]*$/, '') })],
		['a price step that is not whole', spoilt({ mark: `0.5${(good['mark'] as string).slice(1)}` })],
		['a price step that is not a number', spoilt({ mark: `x${good['mark'] as string}` })],
		['a dot on an unknown side', spoilt({ pops: '3:up:1:100' })],
		['a dot past the run', spoilt({ pops: `${String(ticks)}:long:1:100` })],
		['a dot with no positions', spoilt({ pops: '3:long:0:100' })],
		['a domain of one number', spoilt({ domain: [1] })],
		['a level band with a missing figure', spoilt({ bins: [[1, 2, 3, 4, 5]] })],
		['a level band with a non-number', spoilt({ bins: [[1, 2, 3, 4, 5, null]] })],
		['totals of the wrong length', spoilt({ totals: [1, 2, 3] })],
	])('refuses %s', (_case, text) => {
		expect(decodeDigest(text, key)).toBeNull();
	});

	it('passes on a failed run with its reason', () => {
		const failed: LabOutcome = { ok: false, message: 'The book is empty.' };
		expect(decodeDigest(encodeDigest(failed, key), key)).toEqual(failed);
		expect(decodeDigest(encodeDigest(failed, key), 'other')).toBeNull();
	});

	it('reads a run without dots', () => {
		const copy = ok(decodeDigest(spoilt({ pops: '' }), key));
		expect(copy.series.pops).toEqual([]);
	});
});
