// Which keys a widget's shortcuts may take: never keys the focused control needs for itself.

/** One line of the shortcut help: the keys and what they do. */
export interface Shortcut {
	/** Key names as shown to the reader, e.g. ['Space'] or ['←', '→']. */
	readonly keys: readonly string[];
	readonly action: string;
}

/** The element a key press came from, reduced to what decides whether it owns that key. */
export interface KeyTarget {
	readonly tagName: string;
	readonly type?: string;
	readonly isContentEditable?: boolean;
	readonly role?: string | null;
}

const TEXT_INPUTS = new Set([
	'text',
	'number',
	'search',
	'email',
	'url',
	'tel',
	'password',
	'date',
	'time',
]);
const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);
const PRESS = new Set([' ', 'Enter']);

/**
 * True when the focused element uses `key` itself (typing in a field, arrows on a slider or radio,
 * Space on a button), so a widget shortcut must leave it alone.
 */
export function controlOwnsKey(target: KeyTarget, key: string): boolean {
	const tag = target.tagName.toLowerCase();
	const type = (target.type ?? '').toLowerCase();
	if (target.isContentEditable === true || tag === 'textarea' || tag === 'select') return true;
	if (tag === 'input' && TEXT_INPUTS.has(type)) return true;
	if (tag === 'input' && type === 'range') return ARROWS.has(key) || key.startsWith('Page');
	if (tag === 'input' && type === 'radio') return ARROWS.has(key) || key === ' ';
	if (target.role === 'radio' || target.role === 'slider' || target.role === 'menuitem') {
		return ARROWS.has(key) || PRESS.has(key);
	}
	if (tag === 'button' || tag === 'summary' || tag === 'a' || tag === 'input') {
		return PRESS.has(key);
	}
	return false;
}

/** The same test for a live event's target. */
export function eventTargetOwnsKey(event: KeyboardEvent): boolean {
	const el = event.target;
	if (!(el instanceof HTMLElement)) return false;
	return controlOwnsKey(
		{
			tagName: el.tagName,
			type: el instanceof HTMLInputElement ? el.type : '',
			isContentEditable: el.isContentEditable,
			role: el.getAttribute('role'),
		},
		event.key,
	);
}
