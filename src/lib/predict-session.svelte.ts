// One round of predict mode for one widget: typed answers, their checks, and the reveal.
import { readPrediction } from './predict-input';
import {
	comparePrediction,
	type Comparison,
	type PredictionOutcomes,
	type PredictionQuestion,
} from './predict';

/** Where predict mode stands: off (no ?predict=1), asking for a prediction, or showing the outcome. */
export type PredictStage = 'off' | 'asking' | 'revealed';

/** An accepted answer: the value used, and what reading it changed (or null). */
export interface Answer {
	readonly value: number;
	readonly notice: string | null;
}

/** One answered question set beside its outcome. */
export interface PredictionRow {
	readonly q: PredictionQuestion;
	/** What reading the answer changed, or null. */
	readonly notice: string | null;
	readonly comparison: Comparison;
}

/**
 * The answers a student is typing and, once they submit, the ones accepted. Lives only in memory:
 * nothing here is written to the URL or to storage, so a shared link never carries a prediction.
 */
export class PredictSession {
	readonly questions: readonly PredictionQuestion[];
	/** Typed text by question id, bound to the fields. */
	drafts: Record<string, string> = $state({});
	/** Why a field's text could not be read, by question id. */
	errors: Record<string, string> = $state({});
	/** A message about the form as a whole ("Answer at least one question"), or ''. */
	formError = $state('');
	/** Accepted answers by question id, set when the outcome is revealed. */
	answers: Record<string, Answer> = $state({});
	/** The widget's setup (its query) when the outcome was revealed; null while asking. */
	setupAtReveal: string | null = $state(null);

	constructor(questions: readonly PredictionQuestion[], drafts: Record<string, string> = {}) {
		this.questions = questions;
		this.drafts = Object.fromEntries(questions.map((q) => [q.id, drafts[q.id] ?? '']));
	}

	/** Whether the outcome is showing. */
	get revealed(): boolean {
		return this.setupAtReveal !== null;
	}

	/**
	 * Checks every typed answer. Blank questions are skipped, but at least one must be answered and
	 * every non-blank one must read as a number. Returns true when the outcome may be revealed.
	 */
	submit(setup: string): boolean {
		const errors: Record<string, string> = {};
		const answers: Record<string, Answer> = {};
		for (const q of this.questions) {
			const text = this.drafts[q.id] ?? '';
			if (text.trim() === '') continue;
			const reading = readPrediction(q, text);
			if (reading.ok) answers[q.id] = { value: reading.value, notice: reading.notice };
			else errors[q.id] = reading.message;
		}
		this.errors = errors;
		const answered = Object.keys(answers).length;
		this.formError =
			answered === 0 && Object.keys(errors).length === 0
				? this.questions.length === 1
					? 'Type a prediction first.'
					: 'Answer at least one question first.'
				: '';
		if (Object.keys(errors).length > 0 || answered === 0) return false;
		this.answers = answers;
		this.setupAtReveal = setup;
		return true;
	}

	/** Back to asking, with empty fields. */
	tryAgain(): void {
		this.answers = {};
		this.errors = {};
		this.formError = '';
		this.setupAtReveal = null;
		this.drafts = Object.fromEntries(this.questions.map((q) => [q.id, '']));
	}

	/** The accepted values by question id, for a link that carries them. */
	values(): Record<string, number> {
		return Object.fromEntries(Object.entries(this.answers).map(([id, a]) => [id, a.value]));
	}

	/** Each answered question beside its outcome, in the questions' order. */
	rows(outcomes: PredictionOutcomes): PredictionRow[] {
		return this.questions.flatMap((q) => {
			const answer = this.answers[q.id];
			if (answer === undefined) return [];
			const outcome = outcomes[q.id] ?? { missing: 'The widget has no outcome for this question.' };
			return [
				{ q, notice: answer.notice, comparison: comparePrediction(q, answer.value, outcome) },
			];
		});
	}

	/** The setup (the widget's query, or what the outcomes depend on) differs from the one revealed. */
	setupChanged(setup: string): boolean {
		return this.revealed && this.setupAtReveal !== setup;
	}

	/** What a screen reader hears once the outcome shows: each answer beside it, or the change. */
	announcement(outcomes: PredictionOutcomes, setup: string): string {
		if (!this.revealed) return '';
		if (this.setupChanged(setup)) return 'The setup has changed since you predicted.';
		return this.rows(outcomes)
			.map((row) => `${row.comparison.sentence} ${row.comparison.verdictText}`)
			.join(' ');
	}
}
