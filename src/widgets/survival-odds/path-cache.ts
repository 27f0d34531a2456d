// Keeps the last few sets of drawn paths, so switching back to a seed or tail choice is instant.
import { drawStandardPaths, type PathSpec, type StandardPaths } from '../../sim/index';

/** Sets kept (count): a week of 500 paths is about 8 MB, so only a couple. */
const KEPT = 2;
const recent: { key: string; paths: StandardPaths }[] = [];

/** The paths of a spec: drawn once, then reused while it is among the last few asked for. */
export function cachedPaths(spec: PathSpec): StandardPaths {
	const key = `${String(spec.seed)}/${String(spec.paths)}/${String(spec.steps)}/${spec.distribution}`;
	const at = recent.findIndex((entry) => entry.key === key);
	const found = at >= 0 ? recent.splice(at, 1)[0] : undefined;
	const entry = found ?? { key, paths: drawStandardPaths(spec) };
	recent.unshift(entry);
	recent.length = Math.min(recent.length, KEPT);
	return entry.paths;
}
