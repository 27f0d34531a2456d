// SqueezeLab's state: CascadeLab's engine on a short-heavy market, the story always told upward.
import { CascadeLabState } from '../cascade-lab/cascade-lab.svelte';
import { squeezeScenarioOf, type SqueezeValues } from './params';

/** The squeeze lab over the widget's values (read reactively). */
export function squeezeLab(values: () => SqueezeValues): CascadeLabState {
	return new CascadeLabState(() => squeezeScenarioOf(values()), { direction: 'rise' });
}
