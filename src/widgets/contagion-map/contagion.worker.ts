// Web Worker running contagion scenarios off the main thread: one request, one reply.
import { answer, type RunReply, type RunRequest } from './run-request';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
	postMessage: (reply: RunReply) => void;
};

scope.onmessage = (event) => {
	scope.postMessage(answer(event.data));
};
