// Tells the page around an embed how tall it is: Cascade's JSON message, and Pym.js's when under Pym.
//
// Parents that listen: /embed.js (either format) and Pym.js's own parent script (its format, which
// names the parent's container by the `childId` query parameter Pym adds to the frame's address).
// Messages go to `parent` with target origin '*': a height is not a secret, and the host's origin
// is unknown (and, in a sandboxed frame, ours is opaque).

/** Cascade's message: the embed's document height in CSS px. */
export interface ResizeMessage {
	readonly type: 'cascade:resize';
	readonly height: number;
}

/** What /embed.js sends to ask a frame to repeat its height (the first one may have gone unheard). */
export const HEIGHT_REQUEST = 'cascade:request-height';

/** Separator of Pym.js's string messages: "pym" x id x type x body. */
const PYM_DELIMITER = 'xPYMx';

/** Pym's child id from the frame's query; null when absent or unusable in a message. */
export function pymChildId(search: string): string | null {
	const id = new URLSearchParams(search).get('childId');
	if (id === null || id === '' || id.length > 200 || id.includes(PYM_DELIMITER)) return null;
	return id;
}

/** The messages announcing a height (CSS px, rounded up): Cascade's, then Pym's when under Pym. */
export function heightMessages(height: number, childId: string | null): (ResizeMessage | string)[] {
	const whole = Math.ceil(height);
	const messages: (ResizeMessage | string)[] = [{ type: 'cascade:resize', height: whole }];
	if (childId !== null) {
		messages.push(['pym', childId, 'height', String(whole)].join(PYM_DELIMITER));
	}
	return messages;
}

/** The height in a Cascade resize message (CSS px); null for any other message. */
export function reportedHeight(data: unknown): number | null {
	if (typeof data !== 'object' || data === null || !('type' in data) || !('height' in data)) {
		return null;
	}
	const { type, height } = data;
	return type === 'cascade:resize' && typeof height === 'number' && Number.isFinite(height)
		? height
		: null;
}

/** True when a parent's message asks for the height again: Cascade's request, or Pym's width. */
export function isHeightRequest(data: unknown, childId: string | null): boolean {
	if (typeof data === 'object' && data !== null && 'type' in data) {
		return data.type === HEIGHT_REQUEST;
	}
	if (typeof data !== 'string' || childId === null) return false;
	return data.startsWith(['pym', childId, 'width', ''].join(PYM_DELIMITER));
}

/**
 * Starts reporting this document's height to the parent whenever it changes, and when asked.
 * Does nothing unless the page is framed. Returns the function that stops it.
 */
export function reportHeight(win: Window = window): () => void {
	const parent = win.parent;
	if (parent === win) return () => undefined;
	const root = win.document.documentElement;
	const childId = pymChildId(win.location.search);
	let last = -1;

	const send = (force: boolean): void => {
		// The root element's own box: as tall as the content, however tall the frame is.
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (!force && height === last) return;
		last = height;
		for (const message of heightMessages(height, childId)) parent.postMessage(message, '*');
	};
	const onMessage = (event: MessageEvent): void => {
		if (event.source === parent && isHeightRequest(event.data, childId)) send(true);
	};

	const observer = new ResizeObserver(() => send(false));
	observer.observe(root);
	win.addEventListener('message', onMessage);
	send(true);
	return () => {
		observer.disconnect();
		win.removeEventListener('message', onMessage);
	};
}
