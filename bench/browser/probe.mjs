// The in-page half of the browser benchmark: times each trusted key press to the frame that shows it.

/**
 * One key press, measured inside the page (ms).
 * @typedef {{ latency: number, work: number }} KeySample
 */

/**
 * Installed with `page.addInitScript` before the page's own scripts, so its listeners run first
 * (capture) and last (bubble on window) around the widget's handlers. For each trusted keydown it
 * records:
 * - latency: from the event's timestamp to the end of the next frame's main-thread rendering
 *   (style, layout, paint), found by a message posted from that frame's requestAnimationFrame
 *   callback — a task that can run only after the frame's rendering is done. This includes waiting
 *   for the display's next frame (up to one 60 Hz interval), which no page can avoid;
 * - work: the main thread's share of it — the event until its last handler (and the widget's
 *   reactive update, flushed in microtasks) has run, plus that frame from its rAF callback until
 *   it is rendered — the time a step costs, to compare with a 16.7 ms frame.
 * Exposes `window.keyToFrame.until(n)`, which resolves with the samples once there are `n`.
 */
export function installKeyToFrameProbe() {
	/** @type {KeySample[]} */
	const samples = [];
	/** @type {{ count: number, done: (value: KeySample[]) => void }[]} */
	const waiting = [];
	let handledAt = 0;
	const noteHandled = () => {
		handledAt = performance.now();
	};
	// Bubble listeners on window run after the widget's own (delegated) listeners.
	addEventListener('keydown', noteHandled);
	addEventListener('input', noteHandled);
	addEventListener(
		'keydown',
		(event) => {
			if (!event.isTrusted || event.repeat) return;
			const pressedAt = event.timeStamp;
			handledAt = performance.now();
			requestAnimationFrame(() => {
				const frameAt = performance.now();
				const rendered = new MessageChannel();
				rendered.port1.onmessage = () => {
					const paintedAt = performance.now();
					samples.push({
						latency: paintedAt - pressedAt,
						work: handledAt - pressedAt + (paintedAt - frameAt),
					});
					for (const w of waiting.filter((w) => samples.length >= w.count)) {
						waiting.splice(waiting.indexOf(w), 1);
						w.done(samples.slice());
					}
					rendered.port1.close();
				};
				rendered.port2.postMessage(null);
			});
		},
		{ capture: true },
	);
	Object.assign(window, {
		keyToFrame: {
			/** @param {number} count */
			until: (count) =>
				new Promise((done) => {
					if (samples.length >= count) done(samples.slice());
					else waiting.push({ count, done });
				}),
		},
	});
}
