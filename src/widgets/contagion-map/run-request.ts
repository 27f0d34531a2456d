// One contagion run as a request and its reply: what the page and the worker send each other.
import { runCsv } from '../../lib/csv';
import type { Scenario } from '../../sim/index';
import { runContagion, type ContagionView } from './contagion-run';
import { quantizeView } from './view-codec';

/** What the page asks the worker: one scenario, named by its key. */
export interface RunRequest {
	readonly key: string;
	readonly scenario: Scenario;
}

/**
 * What the worker answers: the run's view and the run as CSV text, or why it could not run. The
 * run itself stays in the worker: thousands of frames and events would cost the page a pause to
 * receive, and the CSV export is all the page needs of them.
 */
export type RunReply =
	| {
			readonly key: string;
			readonly ok: true;
			readonly view: ContagionView;
			readonly csv: string;
	  }
	| { readonly key: string; readonly ok: false; readonly message: string };

/** Runs a request here and now: the one recipe the worker and the main-thread fallback share. */
export function answer(request: RunRequest): RunReply {
	const result = runContagion(request.scenario);
	return result.ok
		? { key: request.key, ok: true, view: quantizeView(result.view), csv: runCsv(result.run) }
		: { key: request.key, ok: false, message: result.message };
}
