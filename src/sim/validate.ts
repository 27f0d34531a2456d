// Checks untrusted input against the scenario schema and names every bad field, value and range.
import { defaultScenario, type Scenario } from './scenario';
import {
	ASSET_FIELDS,
	MAX_OTHER_ASSETS,
	SCENARIO_FIELDS,
	type ScalarField,
} from './scenario-schema';
import type { AssetSpec } from './assets';

/** One problem with one field. */
export interface ScenarioError {
	/** Path of the field, e.g. 'shock' or 'otherAssets[1].price'. */
	readonly field: string;
	/** The value received, rendered as text (never evaluated). */
	readonly received: string;
	/** The allowed values, e.g. '−0.9 to 0.9' or 'true or false'. */
	readonly allowed: string;
	/** One sentence for people. */
	readonly message: string;
}

export type ScenarioValidation =
	| { readonly ok: true; readonly scenario: Scenario }
	| { readonly ok: false; readonly errors: readonly ScenarioError[] };

/** Thrown by `simulate` for invalid input; carries the field errors. */
export class InvalidScenarioError extends Error {
	readonly errors: readonly ScenarioError[];
	constructor(errors: readonly ScenarioError[]) {
		super(`Invalid scenario: ${errors.map((e) => e.message).join(' ')}`);
		this.name = 'InvalidScenarioError';
		this.errors = errors;
	}
}

/** Shows a received value safely and briefly. */
function show(value: unknown): string {
	let text: string;
	if (typeof value === 'string') text = JSON.stringify(value);
	else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
	else if (value === null) text = 'null';
	else if (value === undefined) text = 'undefined';
	else if (Array.isArray(value)) text = `an array of ${String(value.length)}`;
	else text = typeof value === 'object' ? 'an object' : typeof value;
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function allowedText(spec: ScalarField): string {
	if (spec.kind === 'boolean') return 'true or false';
	if (spec.kind === 'choice') return spec.options.join(', ');
	return `${spec.integer ? 'a whole number ' : ''}from ${String(spec.min)} to ${String(spec.max)}`;
}

function checkScalar(field: string, spec: ScalarField, value: unknown): ScenarioError | null {
	let good: boolean;
	if (spec.kind === 'boolean') good = typeof value === 'boolean';
	else if (spec.kind === 'choice') good = typeof value === 'string' && spec.options.includes(value);
	else
		good =
			typeof value === 'number' &&
			Number.isFinite(value) &&
			value >= spec.min &&
			value <= spec.max &&
			(!spec.integer || Number.isInteger(value));
	if (good) return null;
	const allowed = allowedText(spec);
	return {
		field,
		received: show(value),
		allowed,
		message: `${field} must be ${allowed}; received ${show(value)}.`,
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkAssets(value: unknown, errors: ScenarioError[]): AssetSpec[] {
	const allowed = `a list of at most ${String(MAX_OTHER_ASSETS)} assets`;
	if (!Array.isArray(value) || value.length > MAX_OTHER_ASSETS) {
		errors.push({
			field: 'otherAssets',
			received: show(value),
			allowed,
			message: `otherAssets must be ${allowed}; received ${show(value)}.`,
		});
		return [];
	}
	const assets: AssetSpec[] = [];
	let shareTotal = 0;
	value.forEach((entry: unknown, i) => {
		const at = `otherAssets[${String(i)}]`;
		if (!isRecord(entry)) {
			errors.push({
				field: at,
				received: show(entry),
				allowed: 'an asset object',
				message: `${at} must be an asset object; received ${show(entry)}.`,
			});
			return;
		}
		const symbol = entry['symbol'];
		if (typeof symbol !== 'string' || !/^[A-Z0-9]{1,10}$/.test(symbol)) {
			errors.push({
				field: `${at}.symbol`,
				received: show(symbol),
				allowed: '1 to 10 capital letters or digits',
				message: `${at}.symbol must be 1 to 10 capital letters or digits; received ${show(symbol)}.`,
			});
		}
		for (const [key, spec] of Object.entries(ASSET_FIELDS)) {
			const problem = checkScalar(`${at}.${key}`, spec, entry[key]);
			if (problem) errors.push(problem);
		}
		const share = entry['openInterestShare'];
		if (typeof share === 'number' && Number.isFinite(share)) shareTotal += share;
		assets.push(entry as unknown as AssetSpec);
	});
	if (shareTotal > 0.95) {
		errors.push({
			field: 'otherAssets',
			received: `open-interest shares adding up to ${String(shareTotal)}`,
			allowed: 'shares adding up to at most 0.95',
			message: `otherAssets' open-interest shares must add up to at most 0.95; they add up to ${String(shareTotal)}.`,
		});
	}
	return assets;
}

/**
 * Validates untrusted input. Fields left out take their default; unknown fields are errors, so a
 * misspelt lever is never silently ignored.
 */
export function validateScenario(input: unknown): ScenarioValidation {
	if (!isRecord(input)) {
		return {
			ok: false,
			errors: [
				{
					field: 'scenario',
					received: show(input),
					allowed: 'an object of scenario fields',
					message: `A scenario must be an object of scenario fields; received ${show(input)}.`,
				},
			],
		};
	}
	const errors: ScenarioError[] = [];
	const merged: Record<string, unknown> = { ...defaultScenario() };
	for (const [key, value] of Object.entries(input)) {
		if (key === 'otherAssets') {
			merged[key] = checkAssets(value, errors);
			continue;
		}
		const spec = (SCENARIO_FIELDS as Record<string, ScalarField | undefined>)[key];
		if (spec === undefined) {
			const name = key === '' ? '(unnamed field)' : show(key).slice(1, -1);
			errors.push({
				field: name,
				received: show(value),
				allowed: 'a known scenario field',
				message: `${name} is not a scenario field.`,
			});
			continue;
		}
		const problem = checkScalar(key, spec, value);
		if (problem) errors.push(problem);
		else merged[key] = value;
	}
	const markets = merged['otherAssets'];
	const shocked = merged['shockMarket'];
	if (Array.isArray(markets) && typeof shocked === 'number' && shocked > markets.length) {
		const allowed = `a whole number from 0 to ${String(markets.length)} (BTC, then otherAssets)`;
		errors.push({
			field: 'shockMarket',
			received: show(shocked),
			allowed,
			message: `shockMarket must be ${allowed}; received ${show(shocked)}.`,
		});
	}
	if (errors.length > 0) return { ok: false, errors };
	return { ok: true, scenario: merged as unknown as Scenario };
}
