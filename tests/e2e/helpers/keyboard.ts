// Walks a page with the Tab key: the order focus takes, whether each stop shows a focus ring, traps.
import type { Page } from '@playwright/test';

/** One Tab stop as the walk saw it. */
export interface TabStop {
	/** "button.share 'Share'": enough to find the element. */
	readonly name: string;
	/** Position among the elements expected to take focus; -1 when it was not expected. */
	readonly expectedIndex: number;
	/** Focus moved forward in document order from the previous stop. */
	readonly inOrder: boolean;
	/**
	 * The element or its label looks different focused, or a close ancestor (three levels up at
	 * most) gains a ring, or, for a visually hidden control, a neighbour changes.
	 */
	readonly visibleIndicator: boolean;
}

/** The result of tabbing from the top of the page until focus wraps or leaves the document. */
export interface TabWalk {
	readonly expected: string[];
	readonly stops: TabStop[];
	/** Focus came back to the start (or to the document itself) within the allowed presses. */
	readonly escaped: boolean;
}

declare global {
	interface Window {
		qaTabWalk?: {
			expected: Element[];
			last: Element | null;
			describe: (element: Element) => string;
			look: (element: Element) => string[];
		};
	}
}

/**
 * Records which elements should take focus, in document order: visible, enabled, not inert, no
 * negative tabindex, one radio per group (the checked one, else the first).
 */
async function prepare(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const focusable =
			'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, ' +
			'details > summary:first-of-type, [tabindex], [contenteditable="true"], audio[controls], video[controls]';
		const describe = (element: Element): string => {
			const id = element.id === '' ? '' : `#${element.id}`;
			const classes = [...element.classList]
				.filter((c) => !c.startsWith('svelte-') && !c.startsWith('astro-'))
				.map((c) => `.${c}`)
				.join('');
			const label =
				element.getAttribute('aria-label') ??
				(element instanceof HTMLInputElement ? element.labels?.[0]?.innerText : undefined) ??
				(element instanceof HTMLElement ? element.innerText : '');
			const text = label.trim().replace(/\s+/g, ' ').slice(0, 40);
			return `${element.tagName.toLowerCase()}${id}${classes} '${text}'`;
		};
		/** Is the control drawn so small that its focus ring must show on something next to it? */
		const hidden = (element: Element): boolean => {
			const box = element.getBoundingClientRect();
			const style = getComputedStyle(element);
			return box.width <= 2 || box.height <= 2 || Number(style.opacity) === 0;
		};
		const signature = (element: Element): string => {
			const s = getComputedStyle(element);
			return [
				s.outlineStyle,
				s.outlineWidth,
				s.outlineColor,
				s.boxShadow,
				s.borderColor,
				s.backgroundColor,
				s.textDecorationLine,
			].join('|');
		};
		/** An ancestor's ring only: a card may show its link's focus with :focus-within. */
		const ring = (element: Element): string => {
			const s = getComputedStyle(element);
			return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|');
		};
		/** How the element and whatever may carry its focus ring look now. */
		const look = (element: Element): string[] => {
			const ancestors: string[] = [];
			for (
				let up = element.parentElement, n = 0;
				up !== null && n < 3;
				up = up.parentElement, n++
			) {
				ancestors.push(ring(up));
			}
			const carriers: (Element | null)[] = [element];
			if (element instanceof HTMLInputElement && element.labels !== null) {
				carriers.push(...element.labels);
			}
			if (hidden(element)) {
				carriers.push(
					element.parentElement,
					element.nextElementSibling,
					element.previousElementSibling,
				);
			}
			return [...carriers.map((c) => (c === null ? '' : signature(c))), ...ancestors];
		};
		const radioSeen = new Set<string>();
		const expected = [...document.querySelectorAll(focusable)].filter((element) => {
			if (!(element instanceof HTMLElement || element instanceof SVGElement)) return false;
			if (element.tabIndex < 0 || element.closest('[inert]') !== null) return false;
			if (element.matches(':disabled')) return false;
			if (!element.checkVisibility({ visibilityProperty: true })) return false;
			if (element instanceof HTMLInputElement && element.type === 'radio' && element.name !== '') {
				const group = [
					...document.querySelectorAll<HTMLInputElement>(
						`input[type="radio"][name="${CSS.escape(element.name)}"]`,
					),
				].filter((radio) => radio.form === element.form);
				const stop = group.find((radio) => radio.checked) ?? group[0];
				if (stop !== element || radioSeen.has(element.name)) return false;
				radioSeen.add(element.name);
			}
			return true;
		});
		if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
		window.qaTabWalk = {
			expected,
			last: null,
			describe,
			look,
		};
		return expected.map(describe);
	});
}

/**
 * Where focus is after one Tab press, and whether it is back on the first stop; null when focus
 * is on the document itself.
 */
async function step(page: Page): Promise<{ stop: TabStop; wrapped: boolean } | null> {
	await page.keyboard.press('Tab');
	return page.evaluate(() => {
		const walk = window.qaTabWalk;
		const active = document.activeElement;
		if (walk === undefined || active === null || active === document.body) return null;
		const expectedIndex = walk.expected.indexOf(active);
		const inOrder =
			walk.last === null ||
			(walk.last.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
		// The same element blurred a moment later is the fair comparison: scrolling while tabbing
		// changes other styles (the contents list marks the section being read, say).
		const focused = walk.look(active);
		let visibleIndicator = false;
		if (active instanceof HTMLElement || active instanceof SVGElement) {
			active.blur();
			const unfocused = walk.look(active);
			active.focus({ preventScroll: true });
			visibleIndicator =
				active.matches(':focus-visible') && focused.some((look, i) => look !== unfocused[i]);
		}
		const wrapped = walk.expected[0] === active && walk.last !== null;
		walk.last = active;
		return {
			stop: { name: walk.describe(active), expectedIndex, inOrder, visibleIndicator },
			wrapped,
		};
	});
}

/**
 * Tabs from the top of the page until focus wraps to the first stop or returns to the document,
 * allowing `slack` more presses than there are expected stops before calling it a trap.
 */
export async function walkTabOrder(page: Page, slack = 40): Promise<TabWalk> {
	await page.evaluate(() => window.scrollTo(0, 0));
	const expected = await prepare(page);
	const stops: TabStop[] = [];
	for (let press = 0; press < expected.length + slack; press++) {
		const next = await step(page);
		if (next === null) {
			if (stops.length > 0) return { expected, stops, escaped: true };
			continue;
		}
		if (next.wrapped) return { expected, stops, escaped: true };
		stops.push(next.stop);
	}
	return { expected, stops, escaped: false };
}
