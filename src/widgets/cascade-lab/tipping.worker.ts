// Web Worker computing the tipping-point curves off the main thread, one curve per message.
import { TIPPING_LEVERAGES, tippingCurve } from './tipping';
import type { TippingReply, TippingRequest } from './tipping-client';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<TippingRequest>) => void) | null;
	postMessage: (reply: TippingReply) => void;
};

scope.onmessage = (event) => {
	const { base } = event.data;
	for (const leverage of TIPPING_LEVERAGES) {
		scope.postMessage({ type: 'curve', curve: tippingCurve(base, leverage) });
	}
	scope.postMessage({ type: 'done' });
};
