// The keyboard shortcuts a WidgetFrame gathers from the controls inside it, and their key handler.
import { eventTargetOwnsKey, type Shortcut } from './shortcuts';
import { setWidgetContext, type ShortcutGroup } from './widget-context';

/**
 * Offers the widget context to the frame's descendants (so create it while the frame initialises),
 * keeps their shortcut groups, and handles key presses anywhere inside the frame: "?" calls
 * `openHelp`, any other key goes to the groups in turn.
 */
export class WidgetShortcuts {
	/** The registered groups, in order (replaced, never changed in place). */
	groups: ShortcutGroup[] = $state([]);
	/** Every shortcut of every group, for the help list. */
	readonly shortcuts: Shortcut[] = $derived(this.groups.flatMap((g) => g.shortcuts));
	readonly #openHelp: () => void;

	// The groups live in a plain set, and `groups` is only ever replaced by a copy of it, never
	// read to work out its next value. A removal made while the frame's error boundary tears a
	// failed widget down did not stick when it was computed from `groups` (Svelte 5.57): after
	// "Try again" the old controls' group stood beside the new one and the shortcut list had
	// duplicate keys. The set is always right, so the next change publishes the truth. Not reading
	// `groups` here also keeps the caller's effect from depending on the list it changes.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- plain on purpose: `groups` is the reactive copy
	readonly #registered = new Set<ShortcutGroup>();

	constructor(openHelp: () => void) {
		this.#openHelp = openHelp;
		setWidgetContext({
			addShortcuts: (group) => {
				this.#registered.add(group);
				this.groups = [...this.#registered];
				return () => {
					this.#registered.delete(group);
					this.groups = [...this.#registered];
				};
			},
		});
	}

	/** Acts on a key press inside the widget. */
	readonly onKeydown = (event: KeyboardEvent): void => {
		if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
		if (event.key === '?' && !eventTargetOwnsKey(event) && this.shortcuts.length > 0) {
			event.preventDefault();
			this.#openHelp();
			return;
		}
		for (const group of this.groups) {
			if (group.handle(event)) {
				event.preventDefault();
				return;
			}
		}
	};

	/** Listens for shortcut keys on the whole widget (a listener, not a role: the figure stays a figure). */
	readonly listen = (figure: HTMLElement): (() => void) => {
		figure.addEventListener('keydown', this.onKeydown);
		return () => figure.removeEventListener('keydown', this.onKeydown);
	};
}
