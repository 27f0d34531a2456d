// Web Worker running one replay off the main thread: the October run takes too long for a frame.
import type { ReplayReply, ReplayRequest } from './replay-client';
import { replayOf } from './replay';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<ReplayRequest>) => void) | null;
	postMessage: (reply: ReplayReply) => void;
};

scope.onmessage = (event) => {
	const outcome = replayOf(event.data.values);
	scope.postMessage(
		outcome.ok
			? { type: 'done', replay: outcome.replay, runJson: JSON.stringify(outcome.run) }
			: { type: 'error', message: outcome.message },
	);
};
