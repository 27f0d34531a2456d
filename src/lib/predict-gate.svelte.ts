// Predict mode's gate for one widget frame: whether the page asks for a prediction, and what it hides.
import { pageSearch } from './page-url';
import { predictFlag, type PredictionQuestion } from './predict';
import type { PredictStage } from './predict-session.svelte';

/** A part of the frame that predict mode can hide until the prediction is in. */
export type ConcealablePart = 'chart' | 'readout' | 'table';

/** What the screen reader hears instead of the outcome's sentence while the prediction is asked for. */
export const HIDDEN_NARRATION =
	'Predict mode: the outcome is hidden until you enter a prediction above the picture.';

/** What the gate reads from its frame's props (getters, read each time they are needed). */
export interface PredictGateInput {
	/** The widget's questions; none: no predict mode. */
	readonly predictions: readonly PredictionQuestion[];
	/** The parts hidden while asking. */
	readonly conceal: readonly ConcealablePart[];
	/** The frame's stage ('off', 'asking' or 'revealed'). */
	readonly stage: PredictStage;
}

/**
 * Predict mode is read from the address once the frame hydrates (never during the server render, so
 * the static page shows the outcome); before that, predictFlagScript marks <html data-predict> so
 * CSS keeps the server-rendered outcome out of sight. Create it while the frame initialises.
 */
export class PredictGate {
	readonly #input: PredictGateInput;
	/** The frame has hydrated. */
	hydrated = $state(false);
	/** The page asks for predictions and the widget has questions. */
	on = $state(false);
	/** The widget declares questions. */
	readonly predictable: boolean = $derived.by(() => this.#input.predictions.length > 0);
	/** The prediction is being asked for: the outcome stays hidden. */
	readonly asking: boolean = $derived.by(() => this.on && this.#input.stage !== 'revealed');

	/**
	 * `input` reads the frame's props through getters (so each use tracks only what it reads); `off`
	 * sets the frame's stage to 'off' when the page does not ask.
	 */
	constructor(input: PredictGateInput, off: () => void) {
		this.#input = input;
		$effect(() => {
			if (!this.read(pageSearch())) off();
		});
	}

	/** Takes predict mode from the page's query, as the frame does once hydrated; returns whether it is on. */
	read(search: URLSearchParams): boolean {
		const on = this.#input.predictions.length > 0 && predictFlag(search);
		this.hydrated = true;
		this.on = on;
		return on;
	}

	/** Predict mode would hide this part (it marks it for the pre-hydration CSS). */
	hides(part: ConcealablePart): boolean {
		return this.predictable && this.#input.conceal.includes(part);
	}

	/** This part is hidden now. */
	hidden(part: ConcealablePart): boolean {
		return this.asking && this.hides(part);
	}

	/** The sentence to announce: the outcome's, or the notice that it is hidden. */
	narration(sentence: string): string {
		return this.asking ? HIDDEN_NARRATION : sentence;
	}
}
