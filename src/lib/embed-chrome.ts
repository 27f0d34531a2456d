// The embed page's own two controls: the link back to the chapter, and the full-screen button.
import { chapterHref } from './embed-code';

/**
 * Keeps the "Open in Cascade" link pointing at the chapter with the widget's current state (the
 * widget rewrites this page's query as the reader plays). The link carries `data-chapter` (the
 * chapter's path) and `data-keys` (the widget's query keys, space-separated).
 */
export function connectChapterLink(link: HTMLAnchorElement): void {
	const chapter = link.dataset['chapter'];
	if (chapter === undefined) return;
	const keys = (link.dataset['keys'] ?? '').split(' ').filter((key) => key !== '');
	const update = (): void => {
		link.href = chapterHref(chapter, window.location.search, keys);
	};
	for (const type of ['pointerenter', 'focus', 'pointerdown', 'click']) {
		link.addEventListener(type, update);
	}
	update();
}

/**
 * Shows the full-screen button where the frame may go full screen (the host's iframe allows it)
 * and makes it switch the whole embed in and out.
 */
export function connectFullscreen(button: HTMLButtonElement): void {
	if (!document.fullscreenEnabled) return;
	const label = button.querySelector('[data-label]');
	const sync = (): void => {
		const on = document.fullscreenElement !== null;
		if (label !== null) label.textContent = on ? 'Exit full screen' : 'Full screen';
	};
	button.addEventListener('click', () => {
		const request =
			document.fullscreenElement === null
				? document.documentElement.requestFullscreen()
				: document.exitFullscreen();
		// Refused requests (the host withdrew permission) leave the embed as it was.
		request.catch(() => undefined);
	});
	document.addEventListener('fullscreenchange', sync);
	sync();
	button.hidden = false;
}
