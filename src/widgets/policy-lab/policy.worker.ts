// Web Worker running the lab's panels off the main thread: one scenario in, one condensed run out.
import { runPanel, transferables } from './panel-run';
import type { RunReply, RunRequest } from './panel-runner';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
	postMessage: (reply: RunReply, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
	const { key, scenario } = event.data;
	let reply: RunReply;
	try {
		reply = { key, outcome: runPanel(scenario) };
	} catch (error) {
		reply = {
			key,
			outcome: { ok: false, message: error instanceof Error ? error.message : String(error) },
		};
	}
	scope.postMessage(reply, transferables(reply.outcome));
};
