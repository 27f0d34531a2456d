// Hands the server's replay to the browser through the static page, so hydration need not rerun it.
import type { EventReplayState } from './event-replay.svelte';
import { decodeReplay, encodeReplay } from './replay-codec';

/**
 * On the server, the text to leave in the page (the `data-replay` attribute of the element with id
 * `id`); in the browser, reads that text back and puts its replay on screen, so hydration starts
 * from the picture already there. Without usable text the browser runs the model itself. Returns
 * the text either way, for the attribute.
 */
export function replayHandoff(state: EventReplayState, id: string): string | undefined {
	if (typeof document === 'undefined') {
		return state.replay === null ? undefined : encodeReplay(state.replay);
	}
	const text = document.getElementById(id)?.dataset['replay'];
	const replay = decodeReplay(text);
	if (replay !== null && state.replay === null) state.replay = replay;
	state.ensure();
	return text;
}
