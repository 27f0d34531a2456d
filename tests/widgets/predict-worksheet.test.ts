// Worksheet helpers: the setup rows a sheet prints and the live link in its footer.
import { describe, expect, test } from 'vitest';
import { setupRows } from '../../src/components/teach/setup-rows';
import { liveLink, worksheetPath } from '../../src/components/teach/worksheet-link';
import { defaultValues, defineSchema } from '../../src/lib/params';
import { leverageAmplifierSchema } from '../../src/widgets/leverage-amplifier/params';

const SCENARIO = '/chapters/leverage/?lev=50&move=-1&side=long&venue=binance&margin=1000';
const KEYS = ['lev', 'move', 'side', 'venue', 'margin'];

describe('liveLink', () => {
	test.each([
		['no query: the scenario itself', '', false, SCENARIO],
		[
			'the widget’s keys replace the scenario’s, others are left out',
			'lev=25&widget=leverage-amplifier&move=-2',
			false,
			'/chapters/leverage/?lev=25&move=-2',
		],
		[
			'predict mode added once, whatever the query said',
			'lev=25&predict=0',
			true,
			'/chapters/leverage/?lev=25&predict=1',
		],
		['predict mode in the query alone does not count as a setup', 'predict=1', false, SCENARIO],
		[
			'values are encoded, never passed through raw',
			'lev=%3Cb%3E',
			false,
			'/chapters/leverage/?lev=%3Cb%3E',
		],
	])('%s', (_reason, query, predict, expected) => {
		expect(liveLink(SCENARIO, new URLSearchParams(query), KEYS, predict)).toBe(expected);
	});

	test('worksheetPath', () => {
		expect(worksheetPath('margin')).toBe('/teach/margin/worksheet/');
	});
});

describe('setupRows', () => {
	test('a small schema is listed whole, values as they read on screen', () => {
		const values = { ...defaultValues(leverageAmplifierSchema), lev: 50, move: -1 };
		expect(setupRows(leverageAmplifierSchema, values)).toEqual([
			{ key: 'lev', label: 'Leverage', value: '50×' },
			{ key: 'move', label: 'Price move', value: '−1%' },
			{ key: 'side', label: 'Side', value: 'Long' },
			{ key: 'venue', label: 'Exchange formula', value: 'Binance' },
			{ key: 'margin', label: 'Margin', value: '$1,000' },
		]);
	});

	test('a large schema keeps its main settings and the changed ones', () => {
		const knob = (key: string, primary: boolean) =>
			({
				kind: 'number',
				key,
				label: key.toUpperCase(),
				unit: '%',
				min: 0,
				max: 10,
				step: 1,
				default: 5,
				description: `Knob ${key}`,
				primary,
			}) as const;
		const schema = defineSchema(
			['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((key) => knob(key, key === 'a')),
		);
		const values = { ...defaultValues(schema), d: 7 };
		expect(setupRows(schema, values)).toEqual([
			{ key: 'a', label: 'A', value: '5 %' },
			{ key: 'd', label: 'D', value: '7 %' },
		]);
	});
});
