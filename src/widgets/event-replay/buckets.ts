// Liquidations summed over equal stretches of time, for the bar chart and its table.
import type { Replay } from './replay';

/** One stretch of the run: ticks [from, to) and what was liquidated and deleveraged in it (USD). */
export interface Bucket {
	readonly from: number;
	readonly to: number;
	readonly longUsd: number;
	readonly shortUsd: number;
	readonly adlUsd: number;
}

/** Bucket lengths offered, in ticks (seconds): round stretches of a clock. */
const BUCKET_TICKS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600] as const;

/** The shortest round bucket that cuts `ticks` into at most `maxBuckets` pieces (ticks). */
export function bucketTicks(ticks: number, maxBuckets: number): number {
	const fits = BUCKET_TICKS.find((size) => Math.ceil(ticks / size) <= maxBuckets);
	return fits ?? Math.max(1, Math.ceil(ticks / Math.max(1, maxBuckets)));
}

/** The replay's per-tick series summed into buckets of `size` ticks; the last may be shorter. */
export function bucketsOf(replay: Replay, size: number): Bucket[] {
	const buckets: Bucket[] = [];
	const step = Math.max(1, Math.round(size));
	for (let from = 0; from < replay.ticks; from += step) {
		const to = Math.min(replay.ticks, from + step);
		let longUsd = 0;
		let shortUsd = 0;
		let adlUsd = 0;
		for (let t = from; t < to; t++) {
			longUsd += replay.longUsd[t] ?? 0;
			shortUsd += replay.shortUsd[t] ?? 0;
			adlUsd += replay.adlUsd[t] ?? 0;
		}
		buckets.push({ from, to, longUsd, shortUsd, adlUsd });
	}
	return buckets;
}

/** Start of the bucket with the most liquidated, or null when nothing was. */
export function busiestBucket(buckets: readonly Bucket[]): number | null {
	let best: Bucket | null = null;
	for (const b of buckets) {
		const usd = b.longUsd + b.shortUsd;
		if (usd > 0 && (best === null || usd > best.longUsd + best.shortUsd)) best = b;
	}
	return best?.from ?? null;
}
