// Shows a <Term>'s definition on mouse hover, keyboard focus and a first tap; Escape or a tap elsewhere closes it.

const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 250;
/** Least space kept between a pop-up and the window's edges (CSS px). */
const EDGE = 8;

/** Keeps one pop-up at a time open, following the pointer, the focus and the keyboard. */
export function watchTerms(root: Document): void {
	let open: HTMLElement | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lastPointer = 'mouse';

	const termOf = (target: EventTarget | null): HTMLElement | null =>
		target instanceof Element ? target.closest<HTMLElement>('[data-term]') : null;
	const popupOf = (term: HTMLElement): HTMLElement | null =>
		term.querySelector<HTMLElement>('.term-popup');

	function later(action: () => void, delay: number): void {
		clearTimeout(timer);
		timer = setTimeout(action, delay);
	}

	function hide(): void {
		clearTimeout(timer);
		if (open === null) return;
		const popup = popupOf(open);
		if (popup !== null) popup.hidden = true;
		delete open.dataset['open'];
		open = null;
	}

	/** Keeps the pop-up inside the window: shifted sideways, and above the term if below is short. */
	function place(term: HTMLElement, popup: HTMLElement): void {
		popup.style.left = '';
		delete popup.dataset['above'];
		const box = popup.getBoundingClientRect();
		const width = document.documentElement.clientWidth;
		let shift = 0;
		if (box.right > width - EDGE) shift = width - EDGE - box.right;
		if (box.left + shift < EDGE) shift = EDGE - box.left;
		if (shift !== 0) popup.style.left = `${String(shift)}px`;
		const top = term.getBoundingClientRect().top;
		if (box.bottom > window.innerHeight - EDGE && top > box.height + 2 * EDGE) {
			popup.dataset['above'] = '';
		}
	}

	function show(term: HTMLElement): void {
		clearTimeout(timer);
		if (open === term) return;
		hide();
		const popup = popupOf(term);
		if (popup === null) return;
		popup.hidden = false;
		term.dataset['open'] = '';
		open = term;
		place(term, popup);
	}

	root.addEventListener('pointerover', (event) => {
		if (event.pointerType !== 'mouse') return;
		const term = termOf(event.target);
		if (term === null) return;
		if (term === open) clearTimeout(timer);
		else later(() => show(term), OPEN_DELAY_MS);
	});

	root.addEventListener('pointerout', (event) => {
		if (event.pointerType !== 'mouse') return;
		const term = termOf(event.target);
		if (term === null || term.contains(event.relatedTarget as Node | null)) return;
		if (term === open) later(hide, CLOSE_DELAY_MS);
		else clearTimeout(timer);
	});

	root.addEventListener('pointerdown', (event) => {
		lastPointer = event.pointerType;
		if (open !== null && !open.contains(event.target as Node | null)) hide();
	});

	// A tap on a term opens its pop-up instead of leaving the page; the pop-up's own link leaves.
	// Keyboard activation (detail 0) and mouse clicks follow the link as usual.
	root.addEventListener('click', (event) => {
		if (!(event.target instanceof Element)) return;
		const link = event.target.closest('.term-link');
		const term = termOf(link);
		if (link === null || term === null || event.detail === 0 || lastPointer === 'mouse') return;
		event.preventDefault();
		if (open === term) hide();
		else show(term);
	});

	root.addEventListener('focusin', (event) => {
		const target = event.target;
		if (!(target instanceof Element) || !target.matches('.term-link:focus-visible')) return;
		const term = termOf(target);
		if (term !== null) show(term);
	});

	root.addEventListener('focusout', (event) => {
		const term = termOf(event.target);
		if (term !== null && term === open && !term.contains(event.relatedTarget as Node | null)) {
			hide();
		}
	});

	root.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && open !== null) hide();
	});

	window.addEventListener('resize', hide, { passive: true });
}
