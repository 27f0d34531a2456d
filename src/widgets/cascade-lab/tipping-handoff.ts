// Hands the server-computed tipping curves to the browser through the static page itself.
import type { CascadeLabState } from './cascade-lab.svelte';
import { decodeTipping, encodeTipping } from './tipping';

/**
 * On the server, the text to leave in the page (an attribute of the element with id `id`); in the
 * browser, reads that text back and gives its curves to the lab, so hydration starts from the
 * picture already on screen without computing it again. Returns the text either way.
 */
export function tippingHandoff(lab: CascadeLabState, id: string): string | undefined {
	if (typeof document === 'undefined') {
		return lab.tipping === null ? undefined : encodeTipping(lab.tipping);
	}
	const text = document.getElementById(id)?.dataset['tipping'];
	const copy = decodeTipping(text);
	if (copy !== null) lab.tipping = copy;
	return text;
}
