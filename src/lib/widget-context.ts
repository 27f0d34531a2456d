// The context a WidgetFrame gives the controls inside it: keyboard shortcuts scoped to the widget.
import { createContext } from 'svelte';
import type { Shortcut } from './shortcuts';

/** A set of shortcuts and the handler that acts on them. */
export interface ShortcutGroup {
	readonly shortcuts: readonly Shortcut[];
	/** Acts on a key press inside the widget; returns true when it used the key. */
	readonly handle: (event: KeyboardEvent) => boolean;
}

/** What a WidgetFrame offers its descendants. */
export interface WidgetContext {
	/** Registers shortcuts while the caller lives; returns the function that removes them. */
	readonly addShortcuts: (group: ShortcutGroup) => () => void;
}

/** Reads the enclosing WidgetFrame's context (throws outside one), and sets it. */
export const [getWidgetContext, setWidgetContext, hasWidgetContext] =
	createContext<WidgetContext>();
