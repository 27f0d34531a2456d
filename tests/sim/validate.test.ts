// Untrusted input gets a field-named error with the value and the allowed range, never a crash.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultScenario, InvalidScenarioError, simulate, validateScenario } from '../../src/sim';

describe('validateScenario', () => {
	const rows = [
		{
			why: 'not an object',
			input: 'shock',
			field: 'scenario',
			message: 'A scenario must be an object of scenario fields; received "shock".',
		},
		{
			why: 'shock beyond ±90%',
			input: { shock: -1.5 },
			field: 'shock',
			message: 'shock must be from -0.9 to 0.9; received -1.5.',
		},
		{
			why: 'NaN',
			input: { depthUsd: Number.NaN },
			field: 'depthUsd',
			message: 'depthUsd must be from 1000 to 1000000000000; received NaN.',
		},
		{
			why: 'a number as text',
			input: { medianLeverage: '10' },
			field: 'medianLeverage',
			message: 'medianLeverage must be from 1 to 125; received "10".',
		},
		{
			why: 'fractional count',
			input: { accounts: 10.5 },
			field: 'accounts',
			message: 'accounts must be a whole number from 1 to 2000000; received 10.5.',
		},
		{
			why: 'unknown venue',
			input: { venue: 'ftx' },
			field: 'venue',
			message: 'venue must be binance, hyperliquid; received "ftx".',
		},
		{
			why: 'boolean as text',
			input: { adl: 'yes' },
			field: 'adl',
			message: 'adl must be true or false; received "yes".',
		},
		{
			why: 'misspelt lever',
			input: { leverag: 5 },
			field: 'leverag',
			message: 'leverag is not a scenario field.',
		},
		{
			why: 'asset with a bad price',
			input: {
				otherAssets: [
					{
						symbol: 'ETH',
						price: -1,
						depthUsd: 1e6,
						openInterestShare: 0.1,
						beta: 1,
						hyperliquidMaxLeverage: 25,
					},
				],
			},
			field: 'otherAssets[0].price',
			message: 'otherAssets[0].price must be from 0.0001 to 1000000000; received -1.',
		},
		{
			why: 'markup as a symbol is refused, shown as text',
			input: {
				otherAssets: [
					{
						symbol: '<b>',
						price: 1,
						depthUsd: 1e6,
						openInterestShare: 0.1,
						beta: 1,
						hyperliquidMaxLeverage: 25,
					},
				],
			},
			field: 'otherAssets[0].symbol',
			message: 'otherAssets[0].symbol must be 1 to 10 capital letters or digits; received "<b>".',
		},
		{
			why: 'a shocked market beyond the schema',
			input: { shockMarket: 5 },
			field: 'shockMarket',
			message: 'shockMarket must be a whole number from 0 to 4; received 5.',
		},
		{
			why: 'a shocked market that is not a whole number',
			input: { shockMarket: 0.5 },
			field: 'shockMarket',
			message: 'shockMarket must be a whole number from 0 to 4; received 0.5.',
		},
		{
			why: 'a shocked market the scenario does not hold',
			input: { shockMarket: 1 },
			field: 'shockMarket',
			message:
				'shockMarket must be a whole number from 0 to 0 (BTC, then otherAssets); received 1.',
		},
	] as const;
	test.each(rows)('$why', ({ input, field, message }) => {
		const result = validateScenario(input);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0]?.field).toBe(field);
		expect(result.errors[0]?.message).toBe(message);
	});

	test('missing fields take their defaults', () => {
		const result = validateScenario({ shock: -0.05 });
		expect(result).toEqual({ ok: true, scenario: { ...defaultScenario(), shock: -0.05 } });
	});

	test('reports every bad field, not just the first', () => {
		const result = validateScenario({ shock: 2, longShare: -1, venue: 3 });
		expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
			'shock',
			'longShare',
			'venue',
		]);
	});

	test('long received values are shortened', () => {
		const result = validateScenario({ venue: 'x'.repeat(500) });
		expect(result.ok ? '' : (result.errors[0]?.received ?? '')).toHaveLength(58);
	});

	test('random garbage never throws and always names a field', () => {
		fc.assert(
			fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())), (input) => {
				const result = validateScenario(input);
				if (!result.ok) {
					expect(result.errors.length).toBeGreaterThan(0);
					for (const e of result.errors) expect(e.field.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 2_000 },
		);
	});

	test('garbage in known fields is caught field by field', () => {
		const keys = Object.keys(defaultScenario());
		fc.assert(
			fc.property(
				fc.constantFrom(...keys),
				fc.oneof(fc.string(), fc.double(), fc.object(), fc.constant(null)),
				(key, value) => {
					const result = validateScenario({ [key]: value });
					if (!result.ok) expect(result.errors.map((e) => e.field.split(/[.[]/)[0])).toContain(key);
				},
			),
			{ numRuns: 2_000 },
		);
	});
});

describe('simulate refuses invalid input', () => {
	test('with an InvalidScenarioError carrying the field errors', () => {
		const bad = { ...defaultScenario(), shock: 5 };
		expect(() => simulate(bad)).toThrow(InvalidScenarioError);
		try {
			simulate(bad);
		} catch (error) {
			expect((error as InvalidScenarioError).errors[0]?.field).toBe('shock');
		}
	});
});
