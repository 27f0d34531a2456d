// Runs a replay in the browser without freezing it: the job the page hands to WorkerJob.
import type { ReplayValues } from './params';
import { replayOf, type Replay } from './replay';

/**
 * A finished replay. The full run travels as JSON text: one string crosses to the page far faster
 * than thousands of event objects, and it is parsed only if the reader exports the CSV.
 */
export interface ReplayResult {
	readonly replay: Replay;
	readonly runJson: string;
}

/** Wait after the last change before starting, so a slider drag starts one run, not one per step (ms). */
export const SETTLE_MS = 250;

/** Replays `values` here and now; throws with the reader's message when they cannot be replayed. */
export function replayHere(values: ReplayValues): ReplayResult {
	const outcome = replayOf(values);
	if (!outcome.ok) throw new Error(outcome.message);
	return { replay: outcome.replay, runJson: JSON.stringify(outcome.run) };
}

/** Starts the replay worker, written here so the bundler finds its file. */
export function replayWorker(): Worker {
	return new Worker(new URL('./replay.worker.ts', import.meta.url), { type: 'module' });
}
