// PolicyLab's state: the shared scenario, each panel's policy and run, and the scales all panels share.
import { SvelteMap } from 'svelte/reactivity';
import type { PredictionOutcomes } from '../../lib/predict';
import type { Scenario } from '../../sim/index';
import { runPanel, scenarioKey, type PanelOutcome, type PanelRun } from './panel-run';
import { PanelRunner, type RunRequest } from './panel-runner';
import { activeSlots, sharedScenario, type PanelSlot, type PolicyLabValues } from './params';
import {
	applyPolicy,
	panelSetting,
	policyName,
	type PolicyName,
	type PolicySetting,
} from './policies';
import { policyLabOutcomes } from './predictions';
import { sameScales, sharedScales, type SharedScales } from './scales';
import { narrateComparison, type Direction } from './text';

/** One panel as the view draws it. */
export interface PanelView {
	readonly slot: PanelSlot;
	readonly setting: PolicySetting;
	readonly name: PolicyName;
	readonly scenario: Scenario;
	readonly key: string;
	/** What is drawn: the panel's own outcome, or while that is computed its previous one. */
	readonly outcome: PanelOutcome | null;
	/** The outcome drawn belongs to the panel's current settings. */
	readonly fresh: boolean;
}

/** Wait after the last change before asking for runs, so a held key or a drag starts none (ms). */
const SETTLE_MS = 120;

/** Runs kept for settings the reader may come back to (count). */
const KEPT_RUNS = 24;

/**
 * Runs first the scenarios whose population is already built: the simulator remembers only the
 * last population, and a leverage cap changes it, so capped panels go last.
 */
function byPopulation(requests: readonly RunRequest[]): RunRequest[] {
	return [...requests].sort((a, b) => b.scenario.leverageCap - a.scenario.leverageCap);
}

/**
 * The lab over values read through `valuesOf` (reactive). Panels' scenarios and the comparison
 * are derived; runs arrive from a worker as they finish and are kept by scenario, so a change to
 * one panel runs only that panel. The first runs are computed at once, on the server and again at
 * hydration, so the static page and the first client render draw the same picture.
 */
export class PolicyLabState {
	readonly #valuesOf: () => PolicyLabValues;
	readonly values: PolicyLabValues = $derived.by(() => this.#valuesOf());
	/** The market, shock and seed every panel shares. */
	readonly shared: Scenario = $derived(sharedScenario(this.values));
	readonly direction: Direction = $derived(this.shared.shock > 0 ? 'rise' : 'fall');
	readonly #requests = $derived.by(() =>
		activeSlots(this.values).map((slot) => {
			const setting = panelSetting(this.values, slot);
			const scenario = applyPolicy(this.shared, setting);
			return {
				slot,
				setting,
				name: policyName(setting, this.shared),
				scenario,
				key: scenarioKey(scenario),
			};
		}),
	);
	/** Finished runs by scenario key, the current panels' and a few earlier ones. */
	readonly #outcomes = new SvelteMap<string, PanelOutcome>();
	/**
	 * The last outcome each slot drew, by slot, shown faded while its new one is computed. A memo
	 * the panels write as they derive, not state: nothing needs to react to it.
	 */
	readonly #previous: (PanelOutcome | undefined)[] = [];

	readonly panels: PanelView[] = $derived.by(() =>
		this.#requests.map((r) => {
			const own = this.#outcomes.get(r.key);
			if (own !== undefined) this.#previous[r.slot] = own;
			return {
				...r,
				outcome: own ?? this.#previous[r.slot] ?? null,
				fresh: own !== undefined,
			};
		}),
	);
	/** Runs still to compute, in the order they should run. */
	readonly missing: RunRequest[] = $derived(
		byPopulation(
			this.#requests
				.filter((r) => !this.#outcomes.has(r.key))
				.filter((r, i, all) => all.findIndex((o) => o.key === r.key) === i)
				.map((r) => ({ key: r.key, scenario: r.scenario })),
		),
	);
	/** Every panel shows its own current run. */
	readonly ready: boolean = $derived(this.missing.length === 0);
	/** The runs drawn, one per panel (null where a panel has none to show). */
	readonly runs: (PanelRun | null)[] = $derived(
		this.panels.map((p) => (p.outcome?.ok === true ? p.outcome.run : null)),
	);
	/** The last scales handed out, kept while equal so the panels do not redraw for nothing. */
	#lastScales: SharedScales | null = null;
	readonly scales: SharedScales = $derived.by(() => {
		const next = sharedScales(
			this.runs.filter((r): r is PanelRun => r !== null),
			this.shared.price,
			this.shared.shockTicks,
		);
		const last = this.#lastScales;
		if (last !== null && sameScales(last, next)) return last;
		this.#lastScales = next;
		return next;
	});
	/** Predict mode's outcomes by question id (predictions.ts), each in its question's unit. */
	readonly predictionOutcomes: PredictionOutcomes = $derived(policyLabOutcomes(this.panels));
	/** The comparison in one sentence, or what is being waited for. */
	readonly narration: string = $derived.by(() => {
		const failed = this.panels.find((p) => p.outcome?.ok === false);
		if (failed?.outcome?.ok === false)
			return `Panel ${failed.slot} could not run: ${failed.outcome.message}`;
		if (!this.ready) return 'Replaying the shock under the new settings.';
		const shown = this.panels.flatMap((p) =>
			p.outcome?.ok === true ? [{ name: p.name, figures: p.outcome.run.figures }] : [],
		);
		return narrateComparison(shown, this.shared, this.direction);
	});

	constructor(valuesOf: () => PolicyLabValues) {
		this.#valuesOf = valuesOf;
		for (const r of this.missing) this.#outcomes.set(r.key, runPanel(r.scenario));
	}

	/**
	 * Keeps the runs current in the browser: whenever panels lack their run, computes the missing
	 * ones off the main thread. Call once while the owning component initialises.
	 */
	connect(): void {
		const runner = new PanelRunner((key, outcome) => this.receive(key, outcome));
		let timer: ReturnType<typeof setTimeout> | undefined;
		$effect(() => {
			// Drawing four new runs takes longer than a frame: while keys repeat, only the slider moves.
			const missing = this.missing;
			clearTimeout(timer);
			timer = setTimeout(() => runner.want(missing), SETTLE_MS);
		});
		$effect(() => () => {
			clearTimeout(timer);
			runner.dispose();
		});
	}

	/** Takes a finished run, forgetting the oldest ones no panel shows once there are too many. */
	receive(key: string, outcome: PanelOutcome): void {
		this.#outcomes.set(key, outcome);
		const current = this.#requests.map((r) => r.key);
		for (const old of [...this.#outcomes.keys()]) {
			if (this.#outcomes.size <= KEPT_RUNS) break;
			if (!current.includes(old)) this.#outcomes.delete(old);
		}
	}
}
