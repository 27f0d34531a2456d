// Predict mode, the pure part: the ?predict flag, the questions widgets declare, comparing answers.
//
// Usage: a widget declares its questions as plain data (`PredictionQuestion[]`, in its own
// predictions.ts, listed on its registry entry so /widgets.json and the reference show them) and
// its state class reports the outcomes (`PredictionOutcomes`, keyed by question id, in each
// question's unit). WidgetFrame shows PredictPanel when the page has ?predict=1; the panel reads
// typed answers with `readPrediction` (predict-input.ts) and compares them with
// `comparePrediction`. A prediction lives only in the page's memory: it reaches a URL only when
// someone asks for a link with it (`linkWithPredictions`), and such keys are read once and removed.
import { formatCount, formatLeverage, formatPercent, formatUsd } from './format';

/** One question put to students before the outcome shows. Plain data, listed in /widgets.json. */
export interface PredictionQuestion {
	/** Unique within the widget, lowercase words joined by hyphens; a shared answer's key is predict-<id>. */
	readonly id: string;
	/** The question as students read it. */
	readonly question: string;
	/** Unit of the answer: '%' (percent units: 5 is 5%), 'USD', '×', or a counted noun ('accounts'). */
	readonly unit: string;
	/** Smallest answer accepted (question's unit); typed answers are brought within range. */
	readonly min: number;
	/** Largest answer accepted (question's unit). */
	readonly max: number;
	/** Whole numbers only (counts). */
	readonly integer?: boolean;
	/** How the outcome reads, with {value} where the number goes: "the price fell {value}". */
	readonly outcome: string;
	/** Answers this close to the outcome count as close whatever its size (question's unit). */
	readonly tolerance?: number;
}

/** An outcome as a state class reports it: a number in the question's unit, or why there is none yet. */
export type PredictionOutcome = number | { readonly missing: string };

/** Outcomes by question id. */
export type PredictionOutcomes = Readonly<Record<string, PredictionOutcome>>;

/** The query key that turns predict mode on for every widget on the page. */
export const PREDICT_KEY = 'predict';
/** Values of ?predict= that mean on (the same words boolean parameters accept). */
export const PREDICT_ON_WORDS = ['1', 'true', 'yes', 'on'] as const;

/** The flag as /widgets.json and the reference describe it. */
export const PREDICT_FLAG = {
	key: PREDICT_KEY,
	values: ['0', '1'],
	default: '0',
	description:
		'1 asks for a prediction before the outcome shows, on every widget of the page that declares questions; the widget then sets the outcome beside it.',
} as const;

/** Predict mode is on in this query string. */
export function predictFlag(search: URLSearchParams): boolean {
	const value = search.get(PREDICT_KEY)?.trim().toLowerCase() ?? '';
	return (PREDICT_ON_WORDS as readonly string[]).includes(value);
}

/**
 * A script (source text, run before the widgets hydrate) marking <html data-predict> when the
 * page's address asks for predict mode, so the server-rendered outcome never flashes on screen.
 */
export function predictFlagScript(): string {
	const words = JSON.stringify(PREDICT_ON_WORDS);
	return `try{var p=(new URLSearchParams(location.search).get(${JSON.stringify(PREDICT_KEY)})||'').trim().toLowerCase();if(${words}.indexOf(p)>=0)document.documentElement.setAttribute('data-predict','')}catch(e){}`;
}

/** predictFlagScript in a <script> element, for a component to place before its outcome. */
export function predictFlagTag(): string {
	return `<script>${predictFlagScript()}</script>`;
}

/** The query key of a shared answer to one question: predict-<id>, after the widget's prefix. */
export function predictionKey(prefix: string, id: string): string {
	return `${prefix}${PREDICT_KEY}-${id}`;
}

/** Longest shared answer read from a URL (characters); anything longer is ignored. */
const MAX_SHARED_LENGTH = 40;

/** Answers a link carries (raw text by question id), for the panel to fill in, never to reveal. */
export function sharedPredictions(
	questions: readonly PredictionQuestion[],
	search: URLSearchParams,
	prefix: string,
): Record<string, string> {
	const found: Record<string, string> = {};
	for (const q of questions) {
		const raw = search.get(predictionKey(prefix, q.id));
		if (raw !== null && raw.length <= MAX_SHARED_LENGTH) found[q.id] = raw;
	}
	return found;
}

/** `href` without any shared answers to these questions (read once, then dropped from the address). */
export function withoutSharedPredictions(
	href: string,
	questions: readonly PredictionQuestion[],
	prefix: string,
): string {
	const url = new URL(href);
	for (const q of questions) url.searchParams.delete(predictionKey(prefix, q.id));
	return url.href;
}

/** `href` in predict mode carrying these answers: only ever made when someone asks for it. */
export function linkWithPredictions(
	href: string,
	questions: readonly PredictionQuestion[],
	answers: Readonly<Record<string, number>>,
	prefix: string,
): string {
	const url = new URL(withoutSharedPredictions(href, questions, prefix));
	url.searchParams.set(PREDICT_KEY, '1');
	for (const q of questions) {
		const value = answers[q.id];
		if (value !== undefined && Number.isFinite(value)) {
			url.searchParams.set(predictionKey(prefix, q.id), String(value));
		}
	}
	return url.href;
}

/** An answer or outcome as it reads, in the question's unit: "4.6%", "$45,181", "1,204 accounts". */
export function formatAnswer(q: PredictionQuestion, value: number): string {
	if (q.unit === '%') return formatPercent(value / 100, Math.abs(value) < 1 ? 2 : 1);
	if (q.unit === 'USD') return formatUsd(value);
	if (q.unit === '×') return formatLeverage(value);
	const number =
		q.integer === true || Number.isInteger(value)
			? formatCount(value)
			: value.toLocaleString('en-US', { maximumFractionDigits: 2 }).replace('-', '\u2212');
	return q.unit === '' ? number : `${number} ${q.unit}`;
}

/** A gap between two answers as it reads: "0.4 percentage points", "$2,100", "35 accounts". */
export function formatGap(q: PredictionQuestion, gap: number): string {
	if (q.unit === '%') {
		const text = formatAnswer(q, gap).replace('%', '');
		return `${text} percentage ${text === '1' ? 'point' : 'points'}`;
	}
	return formatAnswer(q, gap);
}

/** How a prediction compares with the outcome. */
export type Verdict = 'exact' | 'close' | 'high' | 'low' | 'none';

/** A prediction set beside the outcome, in words. */
export interface Comparison {
	readonly predicted: number;
	/** The outcome (question's unit), or null when there is none yet. */
	readonly outcome: number | null;
	readonly verdict: Verdict;
	/** "You said 5%; the price fell 11.2%." */
	readonly sentence: string;
	/** "6.2 percentage points too low: about half the outcome." */
	readonly verdictText: string;
}

/** Share of the outcome within which a prediction counts as close. */
const CLOSE_SHARE = 0.1;

/** A ratio in words: "about 2.4 times the outcome", "about a third of the outcome". */
function ratioWords(predicted: number, outcome: number): string | null {
	if (predicted <= 0 || outcome <= 0) return null;
	const ratio = predicted / outcome;
	if (ratio >= 1.95) return `about ${String(Number(ratio.toPrecision(2)))} times the outcome`;
	if (ratio <= 0.55) return `about ${formatPercent(ratio, 0)} of the outcome`;
	return null;
}

/** Sets a prediction beside the outcome and says how far off it is. */
export function comparePrediction(
	q: PredictionQuestion,
	predicted: number,
	outcome: PredictionOutcome,
): Comparison {
	const said = `You said ${formatAnswer(q, predicted)}`;
	if (typeof outcome !== 'number' || !Number.isFinite(outcome)) {
		const missing =
			typeof outcome === 'number' ? 'There is no outcome to compare.' : outcome.missing;
		return {
			predicted,
			outcome: null,
			verdict: 'none',
			sentence: `${said}. ${missing}`,
			verdictText: '',
		};
	}
	const sentence = `${said}; ${q.outcome.replace('{value}', formatAnswer(q, outcome))}.`;
	const gap = Math.abs(predicted - outcome);
	if (formatAnswer(q, predicted) === formatAnswer(q, outcome)) {
		return { predicted, outcome, verdict: 'exact', sentence, verdictText: 'Spot on.' };
	}
	const allowed = Math.max(CLOSE_SHARE * Math.abs(outcome), q.tolerance ?? 0);
	if (gap <= allowed) {
		return {
			predicted,
			outcome,
			verdict: 'close',
			sentence,
			verdictText: `Close: ${formatGap(q, gap)} off.`,
		};
	}
	const high = predicted > outcome;
	const ratio = ratioWords(predicted, outcome);
	const verdictText = `${formatGap(q, gap)} too ${high ? 'high' : 'low'}${ratio === null ? '' : `: ${ratio}`}.`;
	return {
		predicted,
		outcome,
		verdict: high ? 'high' : 'low',
		sentence,
		verdictText: verdictText.charAt(0).toUpperCase() + verdictText.slice(1),
	};
}

/**
 * The span of a small number line showing a prediction and an outcome (question's unit): both
 * values with some room, and zero too when it is near enough to keep sizes honest.
 */
export function comparisonDomain(a: number, b: number): [number, number] {
	let low = Math.min(a, b);
	let high = Math.max(a, b);
	if (low >= 0 && low <= high / 2) low = 0;
	if (high <= 0 && high >= low / 2) high = 0;
	if (low === high) {
		return low === 0 ? [0, 1] : [low - Math.abs(low) * 0.12, high + Math.abs(high) * 0.12];
	}
	const pad = (high - low) * 0.12;
	return [low === 0 ? 0 : low - pad, high === 0 ? 0 : high + pad];
}
