// The seeded price paths: quantiles, seeds, exact draws at fixed seeds, tails, scaling and lookup.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	drawStandardPaths,
	firstStepAtOrBelow,
	MINUTES_PER_YEAR,
	normalQuantile,
	pathPrice,
	pathSpecError,
	stepVolatility,
	studentT4Quantile,
	type PathSpec,
} from '../../src/sim';
import { pathSeed, standardStep } from '../../src/sim/price-paths';
import { expectClose } from '../helpers/close';
import { handPaths } from './hand-paths';

describe('quantiles', () => {
	test.each([
		// Reference values computed to 30 digits with mpmath (erfinv; the t4 closed form).
		['normal median', normalQuantile, 0.5, 0, 1e-12],
		['normal 97.5%', normalQuantile, 0.975, 1.959963984540054, 1e-8],
		['normal 0.1% (lower tail branch)', normalQuantile, 0.001, -3.090232306167813, 1e-8],
		['normal 99.99% (upper tail branch)', normalQuantile, 0.9999, 3.719016485455681, 1e-8],
		['t4 median', studentT4Quantile, 0.5, 0, 1e-12],
		['t4 97.5%', studentT4Quantile, 0.975, 2.776445105197794, 1e-12],
		['t4 99.5%', studentT4Quantile, 0.995, 4.604094871349993, 1e-12],
		['t4 2.5% mirrors 97.5%', studentT4Quantile, 0.025, -2.776445105197794, 1e-12],
	])('%s', (_reason, quantile, p, expected, tolerance) => {
		expectClose(quantile(p), expected, tolerance);
	});

	test('the t4 step is fatter than the normal step in the tails and thinner near the middle', () => {
		// Both have variance 1: t4 gives up spread near the centre to put it far out.
		expect(Math.abs(standardStep(0.4, 'student-t4'))).toBeLessThan(
			Math.abs(standardStep(0.4, 'normal')),
		);
		expect(Math.abs(standardStep(1e-6, 'student-t4'))).toBeGreaterThan(
			Math.abs(standardStep(1e-6, 'normal')),
		);
	});

	test('a uniform of exactly 0 still gives a finite step', () => {
		expect(Number.isFinite(standardStep(0, 'student-t4'))).toBe(true);
		expect(Number.isFinite(standardStep(0, 'normal'))).toBe(true);
	});
});

describe('seeds and exact draws', () => {
	test.each([
		// Regression values of the MurmurHash3 finaliser mix; a change here changes every path.
		[1, 0, 920_564_995],
		[1, 1, 314_344_336],
		[2, 0, 3_024_231_355],
		[0, 0, 2_462_723_854],
	])('pathSeed(%i, %i) = %i', (seed, path, expected) => {
		expect(pathSeed(seed, path)).toBe(expected);
	});

	test('seed 1, three paths of four t4 steps (stored as 32-bit floats)', () => {
		const paths = drawStandardPaths({ seed: 1, paths: 3, steps: 4, distribution: 'student-t4' });
		const expected = [
			[0, -0.12486071139574051, -0.3113481104373932, -1.274275779724121, -1.5326123237609863],
			[0, -0.8556321859359741, -1.8746768236160278, -3.494574546813965, -3.241061210632324],
			[0, 0.06525313854217529, 0.806401252746582, 1.4688749313354492, 1.2161446809768677],
		];
		expect([...paths.level]).toEqual(expected.flat());
		// The running lowest: path 2 recovers at its last step, path 3 never goes below its start.
		expect([...paths.lowest.slice(5, 10)]).toEqual([
			0, -0.8556321859359741, -1.8746768236160278, -3.494574546813965, -3.494574546813965,
		]);
		expect([...paths.lowest.slice(10)]).toEqual([0, 0, 0, 0, 0]);
	});

	test('the normal paths of the same seed move in step with the t4 ones, rank for rank', () => {
		const normal = drawStandardPaths({ seed: 1, paths: 3, steps: 4, distribution: 'normal' });
		expect([...normal.level.slice(0, 5)]).toEqual([
			0, -0.16566763818264008, -0.41252952814102173, -1.5753141641616821, -1.9159810543060303,
		]);
	});

	test('the same spec gives the same paths; another seed gives others', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
				const spec: PathSpec = { seed, paths: 3, steps: 50, distribution: 'student-t4' };
				const a = drawStandardPaths(spec);
				expect(drawStandardPaths(spec)).toStrictEqual(a);
				const other = drawStandardPaths({ ...spec, seed: (seed + 1) % 2 ** 32 });
				expect(other.level).not.toStrictEqual(a.level);
			}),
			{ numRuns: 50 },
		);
	});

	test('lowest is the running minimum of level, starting at 0', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000 }), (seed) => {
				const { level, lowest, spec } = drawStandardPaths({
					seed,
					paths: 4,
					steps: 60,
					distribution: 'normal',
				});
				for (let p = 0; p < spec.paths; p++) {
					let low = 0;
					for (let k = 0; k <= spec.steps; k++) {
						low = Math.min(low, level[p * 61 + k] ?? 0);
						expect(lowest[p * 61 + k]).toBe(low);
					}
				}
			}),
			{ numRuns: 50 },
		);
	});
});

describe('tails', () => {
	const many = (distribution: PathSpec['distribution']): number => {
		const { level, spec } = drawStandardPaths({ seed: 3, paths: 100, steps: 2_000, distribution });
		let beyond = 0;
		for (let p = 0; p < spec.paths; p++) {
			for (let k = 1; k <= spec.steps; k++) {
				const step = (level[p * 2001 + k] ?? 0) - (level[p * 2001 + k - 1] ?? 0);
				if (Math.abs(step) > 5) beyond++;
			}
		}
		return beyond / (spec.paths * spec.steps);
	};

	test('t4 steps beyond five standard deviations: about 1 in 470 (theory 0.00211)', () => {
		expect(many('student-t4')).toBeGreaterThan(0.0018);
		expect(many('student-t4')).toBeLessThan(0.0025);
	});

	test('normal steps beyond five standard deviations: about 1 in 1.7 million, so none in 200,000', () => {
		expect(many('normal')).toBe(0);
	});
});

describe('spec checks', () => {
	const ok: PathSpec = { seed: 1, paths: 10, steps: 10, distribution: 'normal' };
	test.each([
		['a valid spec', {}, null],
		['a negative seed', { seed: -1 }, 'seed must be a whole number from 0 to 2³²−1'],
		['a fractional seed', { seed: 1.5 }, 'seed must be a whole number from 0 to 2³²−1'],
		['no paths', { paths: 0 }, 'paths must be a whole number from 1 to 100,000'],
		['NaN steps', { steps: Number.NaN }, 'steps must be a whole number from 1 to 100,000'],
		['too many steps', { steps: 100_001 }, 'steps must be a whole number from 1 to 100,000'],
		[
			'an unknown distribution',
			{ distribution: 'cauchy' as PathSpec['distribution'] },
			"distribution must be 'student-t4' or 'normal'",
		],
	])('%s', (_reason, change, expected) => {
		expect(pathSpecError({ ...ok, ...change })).toBe(expected);
	});

	test('drawing an invalid spec throws with the reason', () => {
		expect(() => drawStandardPaths({ ...ok, paths: 0 })).toThrow(
			'drawStandardPaths: paths must be a whole number from 1 to 100,000',
		);
	});
});

describe('scaling and lookup', () => {
	test.each([
		['50% a year over five minutes', 0.5, 5, 0.5 * Math.sqrt(5 / MINUTES_PER_YEAR)],
		['a whole year is the annual figure', 0.8, MINUTES_PER_YEAR, 0.8],
		['a day at 50%: about 2.6%', 0.5, 1_440, 0.026_162_2],
	])('stepVolatility: %s', (_reason, annual, minutes, expected) => {
		expectClose(stepVolatility(annual, minutes), expected, 1e-6);
	});

	const path = handPaths([[0, -2, -4, -6, -3]]);
	test.each([
		['first step at or below −1', -1, 4, 1],
		['exactly −4 counts', -4, 4, 2],
		['between steps', -5, 4, 3],
		['never that low', -7, 4, -1],
		['not within the first two steps', -5, 2, -1],
		['no steps at all', -1, 0, -1],
		['a horizon past the end is cut to the end', -5, 99, 3],
	])('firstStepAtOrBelow: %s', (_reason, threshold, upTo, expected) => {
		expect(firstStepAtOrBelow(path, 0, threshold, upTo)).toBe(expected);
	});

	test.each([
		['level −6 at 1% a step is a 6% fall', 3, 0.01, 94_000],
		['the start', 0, 0.01, 100_000],
		['a freak fall is floored at a thousandth of the start', 3, 0.5, 100],
	])('pathPrice: %s', (_reason, k, stepVol, expected) => {
		expectClose(pathPrice(path, 0, k, 100_000, stepVol), expected);
	});
});
