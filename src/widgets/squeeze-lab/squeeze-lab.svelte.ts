// SqueezeLab's state: CascadeLab's engine on a short-heavy market, the story always told upward.
import { CascadeLabState } from '../cascade-lab/cascade-lab.svelte';
import { perFrame } from '../cascade-lab/per-frame.svelte';
import { squeezeScenarioOf, type SqueezeValues } from './params';
import { squeezeLabOutcomes } from './predictions';

/**
 * The squeeze lab over the widget's values (read reactively), re-run at most once per animation
 * frame. Call while a component initialises, then connect it (runHandoff) to run in a worker.
 */
export function squeezeLab(values: () => SqueezeValues): CascadeLabState {
	const settled = perFrame(() => ({ ...values() }));
	const lab = new CascadeLabState(() => squeezeScenarioOf(settled.current), {
		direction: 'rise',
		outcomes: squeezeLabOutcomes,
	});
	return lab;
}
