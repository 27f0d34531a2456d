// Each panel's policy: its setting read from the lab's values, the scenario it runs, and its name.
import { formatLeverage, formatUsd } from '../../lib/format';
import { defaultValues } from '../../lib/params';
import type { Scenario } from '../../sim/index';
import {
	MAX_PANELS,
	MIN_PANELS,
	PANEL_SLOTS,
	panelCount,
	panelKeys,
	policyLabSchema,
	type PanelSlot,
	type PolicyKind,
	type PolicyLabValues,
} from './params';

/** One panel's policy and the settings its lever takes. */
export interface PolicySetting {
	readonly kind: PolicyKind;
	/** Highest leverage allowed (×). */
	readonly cap: number;
	/** Move that trips the breaker (percent of price). */
	readonly move: number;
	/** Window over which the move is measured (seconds, one tick each). */
	readonly window: number;
	/** Length of a halt (seconds). */
	readonly halt: number;
	/** Insurance fund as a multiple of the market's own (×). */
	readonly fund: number;
}

/** The setting of the panel in slot n. */
export function panelSetting(values: PolicyLabValues, n: PanelSlot): PolicySetting {
	const k = panelKeys(n);
	return {
		kind: values[k.kind],
		cap: values[k.cap],
		move: values[k.move],
		window: values[k.window],
		halt: values[k.halt],
		fund: values[k.fund],
	};
}

/** Writes a setting into slot n of the values, in place. */
export function writePanelSetting(
	values: PolicyLabValues,
	n: PanelSlot,
	setting: PolicySetting,
): void {
	const k = panelKeys(n);
	values[k.kind] = setting.kind;
	values[k.cap] = setting.cap;
	values[k.move] = setting.move;
	values[k.window] = setting.window;
	values[k.halt] = setting.halt;
	values[k.fund] = setting.fund;
}

/** The keys of the settings a policy uses, beside its kind (shown as that panel's sliders). */
export function settingKeys(n: PanelSlot, kind: PolicyKind): string[] {
	const k = panelKeys(n);
	switch (kind) {
		case 'cap':
			return [k.cap];
		case 'breaker':
			return [k.move, k.window, k.halt];
		case 'fund':
			return [k.fund];
		case 'none':
		case 'partial':
			return [];
	}
}

/** The shared scenario with one policy applied: the only thing that differs between panels. */
export function applyPolicy(shared: Scenario, setting: PolicySetting): Scenario {
	switch (setting.kind) {
		case 'none':
			return shared;
		case 'cap':
			return { ...shared, leverageCap: Math.min(shared.leverageCap, setting.cap) };
		case 'breaker':
			return {
				...shared,
				circuitBreaker: true,
				circuitBreakerMove: setting.move / 100,
				circuitBreakerWindowTicks: setting.window,
				circuitBreakerHaltTicks: setting.halt,
			};
		case 'partial':
			return { ...shared, partialLiquidation: true };
		case 'fund':
			return { ...shared, insuranceFundUsd: shared.insuranceFundUsd * setting.fund };
	}
}

/** A policy as a reader sees it: a short name, and what it sets. */
export interface PolicyName {
	/** "Leverage cap 20×". */
	readonly label: string;
	/** "no one above 20×". */
	readonly detail: string;
}

/** The policy's name and what it sets, for panel titles, cards and the CSV. */
export function policyName(setting: PolicySetting, shared: Scenario): PolicyName {
	switch (setting.kind) {
		case 'none':
			return { label: 'No policy', detail: 'the market’s own rules' };
		case 'cap':
			return {
				label: `Leverage cap ${formatLeverage(setting.cap)}`,
				detail: `no position above ${formatLeverage(setting.cap)}`,
			};
		case 'breaker':
			return {
				label: `Circuit breaker ${String(setting.move)}%/${String(setting.window)} s`,
				detail: `halts for ${String(setting.halt)} s after a ${String(setting.move)}% move within ${String(setting.window)} s`,
			};
		case 'partial':
			return {
				label: 'Partial liquidation',
				detail: 'positions above $100k a trader closed in 20% slices',
			};
		case 'fund':
			return {
				label: `Insurance fund ×${String(setting.fund)}`,
				detail: `${formatUsd(shared.insuranceFundUsd * setting.fund)} in the fund at the start`,
			};
	}
}

/** The setting a slot starts with: the schema's defaults for that panel. */
export function defaultSetting(n: PanelSlot): PolicySetting {
	return panelSetting(defaultValues(policyLabSchema), n);
}

/** Adds a panel after the last, with the settings its slot holds; none beyond the maximum. */
export function addPanel(values: PolicyLabValues): void {
	values.panels = Math.min(MAX_PANELS, panelCount(values) + 1);
}

/**
 * Removes panel n: the panels after it move up one place and the freed last slot returns to its
 * defaults, so adding a panel again brings back the default policy. Never fewer than the minimum.
 */
export function removePanel(values: PolicyLabValues, n: PanelSlot): void {
	const count = panelCount(values);
	if (count <= MIN_PANELS || n > count) return;
	const slots: readonly PanelSlot[] = PANEL_SLOTS;
	for (let s = n; s < count; s++) {
		const here = slots[s - 1];
		const next = slots[s];
		if (here !== undefined && next !== undefined) {
			writePanelSetting(values, here, panelSetting(values, next));
		}
	}
	const last = slots[count - 1];
	if (last !== undefined) writePanelSetting(values, last, defaultSetting(last));
	values.panels = count - 1;
}
