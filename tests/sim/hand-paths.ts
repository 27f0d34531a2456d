// Hand-made standard paths for tests: levels chosen by hand, so every outcome can be worked out on paper.
import type { StandardPaths } from '../../src/sim';

/** Hand-made paths (one array of levels per path, all the same length) with the given levels (step standard deviations), lowest filled in. */
export function handPaths(levels: readonly (readonly number[])[]): StandardPaths {
	const steps = (levels[0]?.length ?? 1) - 1;
	const level = new Float32Array(levels.flat());
	const lowest = new Float32Array(level.length);
	levels.forEach((path, p) => {
		let low = 0;
		path.forEach((v, k) => {
			low = Math.min(low, Math.fround(v));
			lowest[p * (steps + 1) + k] = low;
		});
	});
	return { spec: { seed: 0, paths: levels.length, steps, distribution: 'normal' }, level, lowest };
}
