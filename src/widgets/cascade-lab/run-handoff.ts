// Hands the server's first lab run to the browser through the static page, so hydration runs nothing.
import { untrack } from 'svelte';
import type { CascadeLabState } from './cascade-lab.svelte';
import { decodeDigest, encodeDigest } from './digest-codec';
import { digestLab } from './lab-digest';

/**
 * Connects `lab` (in place of `lab.connect()`; call before anything reads its run). On the server,
 * runs the scenario, returns the text to leave in the page (attribute `data-run` of the element with
 * id `id`) and draws the run as that text carries it. In the browser, reads the text back and
 * starts from it when it is for the current scenario (a shared link with other settings is run
 * afresh). Returns the text either way.
 */
export function runHandoff(lab: CascadeLabState, id: string): string | undefined {
	const key = untrack(() => lab.key);
	const text =
		typeof document === 'undefined'
			? encodeDigest(digestLab(untrack(() => lab.scenario)), key)
			: document.getElementById(id)?.dataset['run'];
	lab.connect(decodeDigest(text, key));
	return text;
}
