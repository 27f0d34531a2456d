// Predict mode's pure parts: the flag, typed answers (tricky inputs), comparisons, links, the registry.
import { describe, expect, test } from 'vitest';
import { readPrediction } from '../../src/lib/predict-input';
import {
	comparePrediction,
	comparisonDomain,
	formatAnswer,
	linkWithPredictions,
	predictFlag,
	predictFlagScript,
	sharedPredictions,
	withoutSharedPredictions,
	type PredictionQuestion,
} from '../../src/lib/predict';
import { PredictSession } from '../../src/lib/predict-session.svelte';
import { WIDGETS } from '../../src/widgets/registry';

const fall: PredictionQuestion = {
	id: 'fall',
	question: 'How far does the price fall?',
	unit: '%',
	min: 0,
	max: 100,
	outcome: 'the price fell {value}',
};
const price: PredictionQuestion = {
	id: 'price',
	question: 'Where is it liquidated?',
	unit: 'USD',
	min: 0,
	max: 1_000_000,
	outcome: 'it is liquidated at {value}',
};
const accounts: PredictionQuestion = {
	id: 'accounts',
	question: 'How many accounts are liquidated?',
	unit: 'accounts',
	min: 0,
	max: 100_000,
	integer: true,
	outcome: '{value} were liquidated',
};
const move: PredictionQuestion = {
	id: 'move',
	question: 'Where does the price end, from the start?',
	unit: '%',
	min: -50,
	max: 50,
	outcome: 'it ended {value} from the start',
};
const leverage: PredictionQuestion = {
	id: 'lev',
	question: 'What leverage survives?',
	unit: '×',
	min: 1,
	max: 125,
	outcome: 'the most that survives is {value}',
};

describe('predictFlag', () => {
	test.each([
		['predict=1', true, 'the documented value'],
		['predict=true', true, 'the words boolean parameters accept'],
		['predict=%20YES%20', true, 'case and spaces do not matter'],
		['predict=0', false, 'off'],
		['predict=', false, 'empty'],
		['predict=2', false, 'anything else is off'],
		['lev=50', false, 'absent'],
		['predict=0&predict=1', false, 'the first value counts, as for parameters'],
	])('%s → %s (%s)', (query, expected) => {
		expect(predictFlag(new URLSearchParams(query))).toBe(expected);
	});

	test('the inline script accepts the same words and touches nothing but <html data-predict>', () => {
		const script = predictFlagScript();
		expect(script).toContain('["1","true","yes","on"]');
		expect(script).toContain("setAttribute('data-predict','')");
		expect(script).not.toMatch(/innerHTML|document\.write|eval/);
	});
});

describe('readPrediction: answers read as numbers', () => {
	test.each([
		[fall, '5', 5, null, 'plain digits'],
		[fall, ' 5 % ', 5, null, 'spaces and the unit'],
		[fall, '4.6 percent', 4.6, null, 'the unit in words'],
		[fall, '4,6', 4.6, null, 'a decimal comma'],
		[fall, '.5', 0.5, null, 'no leading zero'],
		[fall, '5.', 5, null, 'a trailing point'],
		[fall, '+5', 5, null, 'an explicit plus'],
		[fall, '５', 5, null, 'full-width digits (NFKC)'],
		[fall, '-0', 0, null, 'minus zero reads as zero'],
		[fall, '1,500', 1.5, null, 'grouped reading out of range, decimal comma in range'],
		[fall, '\u22125', 5, 'Using 5%: the answer is a size, without a sign.', 'a true minus'],
		[fall, '-12.5%', 12.5, 'Using 12.5%: the answer is a size, without a sign.', 'a fall'],
		[
			fall,
			'150',
			100,
			'150% is more than the largest answer allowed, 100%; using 100%.',
			'above the range',
		],
		[
			fall,
			'-150',
			0,
			'−150% is less than the smallest answer allowed, 0%; using 0%.',
			'a size too large to flip',
		],
		[price, '$45,000', 45_000, null, 'dollar sign and thousands separators'],
		[price, '1,500', 1_500, null, 'grouped reading in range'],
		[
			fall,
			'12345678901234567890123',
			100,
			'That number is more than the largest answer allowed, 100%; using 100%.',
			'a huge number is named, not printed in exponent form',
		],
		[price, 'USD 45000', 45_000, null, 'the currency code first'],
		[price, '45000 usd', 45_000, null, 'the currency code last'],
		[price, '45 000,50', 45_000.5, null, 'space groups and a decimal comma'],
		[price, '45k', 45_000, null, 'k for thousands'],
		[price, '$-5', 5, 'Using $5.00: the answer is a size, without a sign.', 'sign after the $'],
		[
			price,
			'1.2m',
			1_000_000,
			'$1.2M is more than the largest answer allowed, $1M; using $1M.',
			'millions, clamped',
		],
		[accounts, '1.2k', 1_200, null, 'k on a count'],
		[accounts, '12 account', 12, null, 'the unit in the singular'],
		[
			accounts,
			'1204.6 accounts',
			1_205,
			'Using 1,205 accounts: the answer is a whole number.',
			'a count is whole',
		],
		[move, '-5', -5, null, 'a signed question keeps the sign'],
		[
			move,
			'\u221260',
			-50,
			'−60% is less than the smallest answer allowed, −50%; using −50%.',
			'below a signed range',
		],
		[leverage, '10x', 10, null, 'x for times'],
		[leverage, '10 ×', 10, null, 'the times sign'],
	])('%#: “%s” on %s (%s)', (q, raw, value, notice, reason: string) => {
		expect(readPrediction(q, raw), reason).toEqual({ ok: true, value, notice });
	});
});

describe('readPrediction: what cannot be read says why', () => {
	test.each([
		[fall, '', 'Type your prediction as a number, in percent.', 'empty'],
		[fall, '   ', 'Type your prediction as a number, in percent.', 'blank'],
		[price, '', 'Type your prediction as a number, in dollars.', 'empty, in dollars'],
		[fall, 'abc', '“abc” is not a number. Type digits, like 50.', 'words'],
		[fall, '1e3', '“1e3” is not a number. Type digits, like 50.', 'no exponents'],
		[fall, 'Infinity', '“Infinity” is not a number. Type digits, like 50.', 'infinity'],
		[fall, 'NaN', '“NaN” is not a number. Type digits, like 50.', 'NaN'],
		[fall, '0x10', '“0x10” is not a number. Type digits, like 50.', 'hex'],
		[fall, '5 5', '“5 5” is not a number. Type digits, like 50.', 'two numbers'],
		[fall, '1,2,3', '“1,2,3” is not a number. Type digits, like 50.', 'stray commas'],
		[fall, '5k', '“5k” is not a number. Type digits, like 50.', 'no k on a percentage'],
		[fall, '$5', '“$5” has the wrong unit: answer in percent.', 'dollars for a percentage'],
		[price, '5%', '“5%” has the wrong unit: answer in dollars.', 'a percentage for dollars'],
		[
			fall,
			'<b>5</b>',
			'“<b>5</b>” is not a number. Type digits, like 50.',
			'markup is quoted as text',
		],
		[fall, 'x'.repeat(41), 'That is too long to be a number.', 'too long'],
		[fall, 'a\u0007b', '“ab” is not a number. Type digits, like 50.', 'control characters dropped'],
		[price, 'k', '“k” is not a number. Type digits, like 500000.', 'a suffix alone'],
	])('%#: “%s” (%s)', (q, raw, message) => {
		expect(readPrediction(q, raw)).toEqual({ ok: false, message });
	});
});

describe('formatAnswer', () => {
	test.each([
		[fall, 11.24, '11.2%'],
		[fall, 0.456, '0.46%'],
		[fall, 0, '0%'],
		[move, -5, '−5%'],
		[price, 45_180.72, '$45,181'],
		[price, 1_200_000, '$1.2M'],
		[accounts, 1204, '1,204 accounts'],
		[leverage, 12.5, '12.5×'],
		[{ ...fall, unit: '' }, 2.25, '2.25'],
	])('%#: %s', (q, value, text) => {
		expect(formatAnswer(q, value)).toBe(text);
	});
});

describe('comparePrediction', () => {
	test.each([
		[
			fall,
			5,
			11.2,
			'low',
			'You said 5%; the price fell 11.2%.',
			'6.2 percentage points too low: about 45% of the outcome.',
		],
		[
			fall,
			11,
			11.2,
			'close',
			'You said 11%; the price fell 11.2%.',
			'Close: 0.2 percentage points off.',
		],
		[fall, 11.2, 11.24, 'exact', 'You said 11.2%; the price fell 11.2%.', 'Spot on.'],
		[
			fall,
			30,
			10,
			'high',
			'You said 30%; the price fell 10%.',
			'20 percentage points too high: about 3 times the outcome.',
		],
		[fall, 6, 5, 'high', 'You said 6%; the price fell 5%.', '1 percentage point too high.'],
		[
			price,
			40_000,
			45_180.72,
			'low',
			'You said $40,000; it is liquidated at $45,181.',
			'$5,181 too low.',
		],
		[accounts, 0, 0, 'exact', 'You said 0 accounts; 0 accounts were liquidated.', 'Spot on.'],
		[
			move,
			-5,
			5,
			'low',
			'You said −5%; it ended 5% from the start.',
			'10 percentage points too low.',
		],
	])('%#: %s vs %s → %s', (q, predicted, outcome, verdict, sentence, verdictText) => {
		expect(comparePrediction(q, predicted, outcome)).toEqual({
			predicted,
			outcome,
			verdict,
			sentence,
			verdictText,
		});
	});

	test('a tolerance widens "close" for outcomes near zero', () => {
		const q = { ...fall, tolerance: 0.25 };
		expect(comparePrediction(q, 0.2, 0).verdict).toBe('close');
		expect(comparePrediction(fall, 0.2, 0).verdict).toBe('high');
	});

	test('a missing outcome is said in words, with no verdict', () => {
		expect(comparePrediction(fall, 5, { missing: 'The run has not ended yet.' })).toEqual({
			predicted: 5,
			outcome: null,
			verdict: 'none',
			sentence: 'You said 5%. The run has not ended yet.',
			verdictText: '',
		});
		expect(comparePrediction(fall, 5, Number.NaN).sentence).toBe(
			'You said 5%. There is no outcome to compare.',
		);
	});
});

describe('comparisonDomain', () => {
	test.each([
		[5, 11.2, [0, 12.544], 'small values keep zero in view'],
		[40_000, 45_000, [39_400, 45_600], 'far from zero: only the two values, padded'],
		[0, 0, [0, 1], 'both zero'],
		[5, 5, [4.4, 5.6], 'equal values'],
		[-5, 5, [-6.2, 6.2], 'either side of zero'],
		[-10, -2, [-11.2, 0], 'negative values keep zero in view'],
	])('%s and %s → %j (%s)', (a, b, expected) => {
		const [low, high] = comparisonDomain(a, b);
		expect(low).toBeCloseTo(expected[0] ?? Number.NaN, 9);
		expect(high).toBeCloseTo(expected[1] ?? Number.NaN, 9);
	});
});

describe('links', () => {
	const questions = [fall, price];

	test('shared answers are read by prefixed key, and long ones ignored', () => {
		const search = new URLSearchParams(
			`cl-predict-fall=5&predict-price=45000&cl-predict-price=${'9'.repeat(41)}`,
		);
		expect(sharedPredictions(questions, search, 'cl-')).toEqual({ fall: '5' });
		expect(sharedPredictions(questions, search, '')).toEqual({ price: '45000' });
	});

	test('a link with answers turns predict mode on and keeps the other keys', () => {
		const link = linkWithPredictions(
			'https://x.test/chapters/leverage/?lev=50&predict-fall=1',
			questions,
			{ fall: 12.5 },
			'',
		);
		expect(link).toBe('https://x.test/chapters/leverage/?lev=50&predict=1&predict-fall=12.5');
	});

	test('shared answers leave the address, nothing else does', () => {
		expect(
			withoutSharedPredictions(
				'https://x.test/embed/a/?predict=1&predict-fall=5&predict-price=1&move=-1',
				questions,
				'',
			),
		).toBe('https://x.test/embed/a/?predict=1&move=-1');
	});
});

describe('PredictSession', () => {
	test('blank questions are skipped, but one answer is needed', () => {
		const session = new PredictSession([fall, price]);
		expect(session.submit('lev=50')).toBe(false);
		expect(session.formError).toBe('Answer at least one question first.');
		session.drafts.fall = '12';
		expect(session.submit('lev=50')).toBe(true);
		expect(session.answers).toEqual({ fall: { value: 12, notice: null } });
		expect(session.setupAtReveal).toBe('lev=50');
		expect(session.revealed).toBe(true);
	});

	test('an answer that cannot be read holds the reveal back with its message', () => {
		const session = new PredictSession([fall, price], { fall: 'lots', price: '45k' });
		expect(session.submit('')).toBe(false);
		expect(session.errors).toEqual({ fall: '“lots” is not a number. Type digits, like 50.' });
		expect(session.revealed).toBe(false);
	});

	test('trying again clears the answers and asks again', () => {
		const session = new PredictSession([fall], { fall: '150' });
		expect(session.submit('a')).toBe(true);
		expect(session.values()).toEqual({ fall: 100 });
		session.tryAgain();
		expect(session.revealed).toBe(false);
		expect(session.drafts).toEqual({ fall: '' });
		expect(session.submit('a')).toBe(false);
		expect(session.formError).toBe('Type a prediction first.');
	});
});

describe('every registered widget’s questions', () => {
	for (const widget of WIDGETS) {
		const questions = widget.predictions ?? [];
		if (questions.length === 0) continue;
		test(`${widget.id}: ids, ranges and outcome sentences`, () => {
			const ids = questions.map((q) => q.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const q of questions) {
				expect(q.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
				expect(q.min).toBeLessThan(q.max);
				expect(q.question.endsWith('?')).toBe(true);
				expect(q.outcome).toContain('{value}');
				expect(JSON.parse(JSON.stringify(q))).toEqual(q);
			}
		});
	}
});
