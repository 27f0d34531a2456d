// PolicyLab: URL parsing and clamping, policies as scenarios, adding and removing panels, the state, scales, CSV.
import { SvelteMap } from 'svelte/reactivity';
import { describe, expect, test } from 'vitest';
import { defaultValues, parseParams } from '../../src/lib/params';
import { defaultScenario, presets, simulate } from '../../src/sim';
import { gridGeometry } from '../../src/widgets/policy-lab/grid';
import {
	panelRunOf,
	runPanel,
	scenarioKey,
	type PanelFigures,
} from '../../src/widgets/policy-lab/panel-run';
import {
	LAB_PRESETS,
	policyLabSchema,
	presetScenario,
	presetShock,
	sharedScenario,
	type PolicyLabValues,
} from '../../src/widgets/policy-lab/params';
import {
	addPanel,
	applyPolicy,
	panelSetting,
	policyName,
	removePanel,
	type PolicySetting,
} from '../../src/widgets/policy-lab/policies';
import { policyCsv } from '../../src/widgets/policy-lab/policy-csv';
import { PolicyLabState } from '../../src/widgets/policy-lab/policy-lab.svelte';
import { priceTickLabel, sameScales, sharedScales } from '../../src/widgets/policy-lab/scales';
import { liquidatedChange, narrateComparison } from '../../src/widgets/policy-lab/text';
import { expectClose } from '../helpers/close';

const defaults: PolicyLabValues = defaultValues(policyLabSchema);
const base = { ...defaultScenario(), otherAssets: [] };
const setting = (patch: Partial<PolicySetting>): PolicySetting => ({
	kind: 'none',
	cap: 20,
	move: 5,
	window: 60,
	halt: 120,
	fund: 10,
	...patch,
});

describe('defaults and presets', () => {
	test('three panels: no policy, a 20× cap and a 5%/60 s breaker, on the default market', () => {
		expect(defaults.panels).toBe(3);
		expect([1, 2, 3, 4].map((n) => defaults[`p${n}` as 'p1'])).toEqual([
			'none',
			'cap',
			'breaker',
			'partial',
		]);
		expect(sharedScenario(defaults)).toEqual(base);
	});

	test.each(LAB_PRESETS)('preset %s: its shock survives the trip through percent', (name) => {
		const values = { ...defaults, preset: name, shock: presetShock(name) };
		expect(sharedScenario(values)).toEqual(presetScenario(name));
	});

	test('the October preset is drawn for BTC alone', () => {
		expect(presetScenario('oct-10-2025').otherAssets).toEqual([]);
		expect(presetScenario('oct-10-2025').insuranceFundUsd).toBe(
			presets['oct-10-2025'].insuranceFundUsd,
		);
	});
});

describe('URL values are clamped through the schema', () => {
	test.each([
		['nothing at all: every default', '', {}, []],
		['an empty shock', 'shock=', { shock: -3 }, ['shock is empty; using -3.']],
		[
			'a shock that is not a number',
			'shock=NaN',
			{ shock: -3 },
			['shock: “NaN” is not a number; using -3.'],
		],
		['a huge shock', 'shock=1e9', { shock: 15 }, ['shock: 1e9 is above the maximum 15; using 15.']],
		['a negative seed', 'seed=-4', { seed: 1 }, ['seed: -4 is below the minimum 1; using 1.']],
		['too many panels', 'panels=9', { panels: 4 }, ['panels: 9 is above the maximum 4; using 4.']],
		['too few panels', 'panels=1', { panels: 2 }, ['panels: 1 is below the minimum 2; using 2.']],
		['half a panel', 'panels=2.5', { panels: 3 }, ['panels: 2.5 must be a whole number; using 3.']],
		[
			'an unknown policy',
			'p2=ban',
			{ p2: 'cap' },
			['p2: “ban” is not one of none, cap, breaker, partial, fund; using cap.'],
		],
		['a policy in capitals', 'p3=FUND', { p3: 'fund' }, []],
		['a cap of zero', 'p2-cap=0', { 'p2-cap': 1 }, ['p2-cap: 0 is below the minimum 1; using 1.']],
		[
			'a fractional cap',
			'p2-cap=7.6',
			{ 'p2-cap': 8 },
			['p2-cap: 7.6 must be a whole number; using 8.'],
		],
		[
			'a negative fund',
			'p4-fund=-1',
			{ 'p4-fund': 0 },
			['p4-fund: -1 is below the minimum 0; using 0.'],
		],
		[
			'a repeated key: the first wins',
			'p1=cap&p1=fund',
			{ p1: 'cap' },
			['p1 was given 2 times; using the first, “cap”.'],
		],
		[
			'a breaker of 2.5% over 30 s',
			'p3-move=2.5&p3-window=30',
			{ 'p3-move': 2.5, 'p3-window': 30 },
			[],
		],
	] as const)('%s', (_, query, expected, notices) => {
		const parsed = parseParams(policyLabSchema, new URLSearchParams(query));
		expect(parsed.values).toEqual({ ...defaults, ...expected });
		expect(parsed.notices).toEqual(notices);
	});

	test('keys carry the lab’s prefix on a chapter page', () => {
		const parsed = parseParams(
			policyLabSchema,
			new URLSearchParams('pl-p2-cap=10&p2-cap=50'),
			'pl-',
		);
		expect(parsed.values['p2-cap']).toBe(10);
	});
});

describe('a policy changes only its own lever', () => {
	test.each([
		['no policy', setting({ kind: 'none' }), {}],
		['a 20× cap', setting({ kind: 'cap', cap: 20 }), { leverageCap: 20 }],
		['a cap above the market’s own 125× leaves 125×', setting({ kind: 'cap', cap: 125 }), {}],
		[
			'a 2.5%/30 s breaker halting 90 s',
			setting({ kind: 'breaker', move: 2.5, window: 30, halt: 90 }),
			{
				circuitBreaker: true,
				circuitBreakerMove: 0.025,
				circuitBreakerWindowTicks: 30,
				circuitBreakerHaltTicks: 90,
			},
		],
		['partial liquidation', setting({ kind: 'partial' }), { partialLiquidation: true }],
		[
			'a fund ten times the market’s',
			setting({ kind: 'fund', fund: 10 }),
			{ insuranceFundUsd: 500e6 },
		],
		['no fund at all', setting({ kind: 'fund', fund: 0 }), { insuranceFundUsd: 0 }],
	] as const)('%s', (_, policy, changed) => {
		expect(applyPolicy(base, policy)).toEqual({ ...base, ...changed });
	});

	test.each([
		[setting({ kind: 'none' }), 'No policy', 'the market’s own rules'],
		[setting({ kind: 'cap', cap: 20 }), 'Leverage cap 20×', 'no position above 20×'],
		[
			setting({ kind: 'breaker', move: 5, window: 60, halt: 120 }),
			'Circuit breaker 5%/60 s',
			'halts for 120 s after a 5% move within 60 s',
		],
		[
			setting({ kind: 'partial' }),
			'Partial liquidation',
			'positions above $100k a trader closed in 20% slices',
		],
		[setting({ kind: 'fund', fund: 0.5 }), 'Insurance fund ×0.5', '$25M in the fund at the start'],
	] as const)('named %s', (policy, label, detail) => {
		expect(policyName(policy, base)).toEqual({ label, detail });
	});
});

describe('adding and removing panels', () => {
	test('removing panel 2 of 4 moves 3 and 4 up and puts slot 4 back to its default', () => {
		const values: PolicyLabValues = { ...defaults, panels: 4, 'p4-fund': 3, p4: 'fund' };
		removePanel(values, 2);
		expect(values.panels).toBe(3);
		expect(panelSetting(values, 2)).toEqual(setting({ kind: 'breaker' }));
		expect(panelSetting(values, 3)).toEqual(setting({ kind: 'fund', fund: 3 }));
		expect(panelSetting(values, 4)).toEqual(setting({ kind: 'partial' }));
	});

	test.each([
		['two panels never become one', 2, 1, 2],
		['removing a panel that is not shown changes nothing', 2, 3, 2],
		['the last of three', 3, 3, 2],
	] as const)('%s', (_, panels, slot, after) => {
		const values: PolicyLabValues = { ...defaults, panels };
		removePanel(values, slot);
		expect(values.panels).toBe(after);
	});

	test('adding stops at four', () => {
		const values: PolicyLabValues = { ...defaults };
		addPanel(values);
		addPanel(values);
		expect(values.panels).toBe(4);
	});
});

describe('the lab state', () => {
	const lab = new PolicyLabState(() => defaults);

	test('every panel is computed at once, shares the seed and the shock, and differs in its lever', () => {
		expect(lab.ready).toBe(true);
		expect(lab.panels.map((p) => p.fresh)).toEqual([true, true, true]);
		expect(new Set(lab.panels.map((p) => p.scenario.seed))).toEqual(new Set([1]));
		expect(new Set(lab.panels.map((p) => p.scenario.shock))).toEqual(new Set([-0.03]));
		expect(new Set(lab.panels.map((p) => p.key)).size).toBe(3);
	});

	test('each panel’s figures are the simulator’s own for that panel’s scenario', () => {
		for (const panel of lab.panels) {
			const summary = simulate(panel.scenario).summary;
			const outcome = panel.outcome;
			if (outcome?.ok !== true) throw new Error(`panel ${panel.slot} did not run`);
			expect(outcome.run.figures.liquidatedUsd).toBe(summary.liquidatedUsd);
			expect(outcome.run.figures.lowestPrice).toBe(summary.lowestPrice);
			expect(outcome.run.figures.adlUsd).toBe(summary.adlUsd);
		}
	});

	test('the sentence names every panel with its dollars, change and low', () => {
		const figures = lab.panels.map((p) => (p.outcome?.ok === true ? p.outcome.run.figures : null));
		const names = lab.panels.map((p) => p.name);
		expect(figures.every((f) => f !== null)).toBe(true);
		expect(lab.narration).toBe(
			narrateComparison(
				names.map((name, i) => ({ name, figures: figures[i] ?? (null as never) })),
				lab.shared,
				'fall',
			),
		);
		expect(lab.narration).toMatch(
			/^The same 3% drop on seed 1 liquidated \$\d+M with no policy \(lowest \$[\d,]+\), /,
		);
	});

	test('a changed panel waits for its run, showing its previous one faded meanwhile', () => {
		const box = new SvelteMap([['values', defaults]]);
		const changing = new PolicyLabState(() => box.get('values') ?? defaults);
		const before = changing.panels[1]?.outcome;
		box.set('values', { ...defaults, 'p2-cap': 10 });
		const capped = applyPolicy(base, setting({ kind: 'cap', cap: 10 }));
		expect(changing.missing).toEqual([{ key: scenarioKey(capped), scenario: capped }]);
		expect(changing.ready).toBe(false);
		expect(changing.panels.map((p) => p.fresh)).toEqual([true, false, true]);
		expect(changing.panels[1]?.outcome).toBe(before);
		expect(changing.narration).toBe('Replaying the shock under the new settings.');

		const arrived = runPanel(capped);
		changing.receive(scenarioKey(capped), arrived);
		expect(changing.ready).toBe(true);
		expect(changing.panels[1]?.outcome).toBe(arrived);
		expect(changing.panels[1]?.name.label).toBe('Leverage cap 10×');
	});

	test('panels with the same policy share one run', () => {
		const twice = new PolicyLabState(() => ({ ...defaults, p2: 'none', panels: 2 }));
		expect(twice.panels[0]?.outcome).toBe(twice.panels[1]?.outcome);
	});
});

describe('a condensed run', () => {
	const breaker = simulate({ ...base, circuitBreaker: true });
	const run = panelRunOf(breaker);

	test('its running total ends at the summary’s liquidated dollars', () => {
		expectClose(run.liquidated.at(-1) ?? 0, breaker.summary.liquidatedUsd);
	});

	test('a halt spans from the tick after it trips to the resume', () => {
		const halt = breaker.events.find((e) => e.type === 'halt');
		const resume = breaker.events.find((e) => e.type === 'resume');
		expect(run.halts).toEqual([{ from: (halt?.tick ?? 0) + 1, to: resume?.tick }]);
		expect(run.figures.haltedTicks).toBe(120);
	});

	test('the busiest second is the resume, when the held-back liquidations fire together', () => {
		expect(run.figures.busiestTick).toBe(run.halts[0]?.to);
	});

	test('a scenario the simulator refuses comes back as a message', () => {
		const outcome = runPanel({ ...base, accounts: 0 });
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) expect(outcome.message).toMatch(/accounts/);
	});
});

describe('shared scales', () => {
	const ordinary = panelRunOf(simulate(base));
	const capped = panelRunOf(simulate({ ...base, leverageCap: 10 }));

	test('one range covers every run: the lowest low, the longest run, the most dollars', () => {
		const scales = sharedScales([ordinary, capped], 110_000, 30);
		expect(scales.lastTick).toBe(Math.max(ordinary.figures.ticks, capped.figures.ticks) - 1);
		expect(scales.priceDomain[0]).toBeLessThan(ordinary.figures.lowestPrice);
		expect(scales.priceDomain[1]).toBeGreaterThan(110_000);
		expect(scales.usdMax).toBeGreaterThanOrEqual(ordinary.figures.liquidatedUsd);
	});

	test.each([
		['no runs: ±1% around the start, padded by 8% of that', [], [108_724, 111_276], 1, 60],
	] as const)('%s', (_, runs, domain, usdMax, lastTick) => {
		const scales = sharedScales(runs, 110_000, 30);
		expectClose(scales.priceDomain[0], domain[0]);
		expectClose(scales.priceDomain[1], domain[1]);
		expect(scales.usdMax).toBe(usdMax);
		expect(scales.lastTick).toBe(lastTick);
	});

	test('scales computed again from the same runs are the same axes; a run reaching further is not', () => {
		const once = sharedScales([ordinary], 110_000, 30);
		expect(sameScales(once, sharedScales([ordinary], 110_000, 30))).toBe(true);
		// The 10× cap's run lies inside the ordinary one's ranges; the breaker's goes lower and longer.
		expect(sameScales(once, sharedScales([ordinary, capped], 110_000, 30))).toBe(true);
		const breaker = panelRunOf(simulate({ ...base, circuitBreaker: true }));
		expect(sameScales(once, sharedScales([ordinary, breaker], 110_000, 30))).toBe(false);
	});

	test.each([
		[102_000, '$102k'],
		[97_500, '$97.5k'],
		[110_000, '$110k'],
		[9_500, '$9,500'],
		[412.5, '$412.50'],
	])('price tick %d reads %s', (value, label) => {
		expect(priceTickLabel(value)).toBe(label);
	});
});

describe('the comparison sentence', () => {
	const figures = (patch: Partial<PanelFigures>): PanelFigures => ({
		liquidatedUsd: 0,
		liquidatedAccounts: 0,
		liquidatedTraders: 0,
		longShare: 1,
		startPrice: 110_000,
		lowestPrice: 110_000,
		highestPrice: 110_000,
		finalPrice: 110_000,
		adlClosures: 0,
		adlUsd: 0,
		badDebtUsd: 0,
		fundStartUsd: 50e6,
		fundEndUsd: 50e6,
		stopsFilled: 0,
		halts: 0,
		haltedTicks: 0,
		busiestTick: 0,
		busiestTickUsd: 0,
		ticks: 100,
		...patch,
	});
	const named = (label: string) => ({ label, detail: '' });

	test.each([
		[
			'a fall under three policies, with ADL, a halt and bad debt',
			-0.03,
			[
				{
					name: named('No policy'),
					figures: figures({ liquidatedUsd: 391e6, lowestPrice: 101_727 }),
				},
				{
					name: named('Insurance fund ×0'),
					figures: figures({ liquidatedUsd: 327e6, lowestPrice: 103_109, adlClosures: 1666 }),
				},
				{
					name: named('Circuit breaker 5%/60 s'),
					figures: figures({
						liquidatedUsd: 432e6,
						lowestPrice: 100_929,
						halts: 1,
						badDebtUsd: 2e6,
					}),
				},
			],
			'The same 3% drop on seed 1 liquidated $391M with no policy (lowest $101,727), $327M with insurance fund ×0 (−16%, lowest $103,109, 1,666 ADL closures) and $432M with circuit breaker 5%/60 s (+10%, lowest $100,929, 1 halt, $2M uncovered).',
		],
		[
			'a rise reports the highest price',
			0.05,
			[
				{
					name: named('No policy'),
					figures: figures({ liquidatedUsd: 2e9, highestPrice: 120_000 }),
				},
				{
					name: named('Leverage cap 10×'),
					figures: figures({ liquidatedUsd: 2e9, highestPrice: 119_000 }),
				},
			],
			'The same 5% rise on seed 1 liquidated $2B with no policy (highest $120,000) and $2B with leverage cap 10× (same, highest $119,000).',
		],
		[
			'nothing liquidated anywhere',
			-0.005,
			[
				{ name: named('No policy'), figures: figures({ lowestPrice: 109_450 }) },
				{ name: named('Partial liquidation'), figures: figures({ lowestPrice: 109_450 }) },
			],
			'The same 0.5% drop on seed 1 liquidates no one under any of the 2 policies; the lowest price is $109,450.',
		],
		[
			'no shock at all',
			0,
			[
				{ name: named('No policy'), figures: figures({}) },
				{ name: named('Partial liquidation'), figures: figures({}) },
			],
			'With no shock on seed 1, no one is liquidated under any of the 2 policies and the price stays at $110,000.',
		],
	] as const)('%s', (_, shock, panels, sentence) => {
		const direction = shock > 0 ? 'rise' : 'fall';
		expect(narrateComparison(panels, { ...base, shock }, direction)).toBe(sentence);
	});
});

describe('words', () => {
	test.each([
		[361e6, 391e6, '−7.7%'],
		[432e6, 391e6, '+10%'],
		[391e6, 391e6, 'same'],
		[2.5e6, 0, '+$2.5M'],
		[0, 0, 'same'],
	])('%d against %d reads %s', (usd, baseUsd, expected) => {
		expect(liquidatedChange(usd, baseUsd)).toBe(expected);
	});
});

describe('grid of panels', () => {
	test.each([
		[2, false, 2, 1],
		[3, false, 3, 1],
		[4, false, 2, 2],
		[4, true, 1, 4],
	] as const)('%d panels, narrow %s: %d columns, %d rows', (count, narrow, columns, rows) => {
		const g = gridGeometry(count, narrow);
		expect(g.columns).toBe(columns);
		expect(new Set(g.panels.map((p) => p.y)).size).toBe(rows);
		expect(new Set(g.panels.map((p) => p.plotWidth)).size).toBe(1);
		for (const p of g.panels) expect(p.x + p.plotWidth).toBeLessThanOrEqual(g.width);
		expect(g.panels.filter((p) => p.labelled)).toHaveLength(rows);
	});
});

describe('CSV of all panels', () => {
	const lab = new PolicyLabState(() => defaults);
	const panels = lab.panels.map((p) => ({
		panel: p.slot,
		policy: p.name.label,
		scenario: p.scenario,
	}));
	const text = policyCsv(panels, 'ordinary');
	const [frames = '', events = ''] = text.split('\r\n\r\n');
	const rows = frames
		.trim()
		.split('\r\n')
		.map((line) => line.split(','));
	const header = rows[0] ?? [];
	const body = rows.slice(1);
	const column = (name: string): number => header.indexOf(name);

	test('one frame row per panel and tick, each naming its panel, policy, seed and shock', () => {
		const ticks = panels.map((p) => simulate(p.scenario).frames.length);
		expect(body).toHaveLength(ticks.reduce((a, b) => a + b, 0));
		expect(new Set(body.map((r) => r[column('seed')]))).toEqual(new Set(['1']));
		expect(new Set(body.map((r) => r[column('shock (fraction)')]))).toEqual(new Set(['-0.03']));
		expect(new Set(body.map((r) => r[column('policy')]))).toEqual(
			new Set(['No policy', 'Leverage cap 20×', 'Circuit breaker 5%/60 s']),
		);
	});

	test('each panel’s liquidated dollars add up to its run’s total', () => {
		for (const p of panels) {
			const mine = body.filter((r) => r[column('panel')] === String(p.panel));
			const usd = mine.reduce(
				(sum, r) =>
					sum +
					Number(r[column('BTC liquidated longs (USD)')]) +
					Number(r[column('BTC liquidated shorts (USD)')]),
				0,
			);
			expectClose(usd, simulate(p.scenario).summary.liquidatedUsd, 1e-9);
		}
	});

	test('the events follow, with the breaker’s halt and resume in panel 3', () => {
		const lines = events.trim().split('\r\n');
		expect(lines[0]).toMatch(/^panel,policy,market,seed,/);
		const halts = lines.filter((l) => /,(halt|resume),BTC,/.test(l));
		expect(halts).toHaveLength(2);
		for (const l of halts)
			expect(l.startsWith('3,Circuit breaker 5%/60 s,ordinary,1,-0.03,')).toBe(true);
	});
});
