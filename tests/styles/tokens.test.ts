// The design tokens' two dark blocks (system setting, reader's choice) must stay identical and complete.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');

/** The custom properties declared in the first block that follows `selector`, in order. */
function declarations(selector: string): Map<string, string> {
	const start = css.indexOf(`${selector} {`);
	if (start === -1) throw new Error(`No block for ${selector} in tokens.css`);
	const body = css.slice(start, css.indexOf('}', start));
	return new Map(
		[...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
	);
}

const light = declarations(':root');
const systemDark = declarations(":root:not([data-theme='light'])");
const chosenDark = declarations(":root[data-theme='dark']");

describe('tokens.css', () => {
	it('declares the same dark values for the system setting and for the toggle', () => {
		expect([...chosenDark]).toEqual([...systemDark]);
	});

	it('gives every colour of the light theme a dark value', () => {
		const lightColours = [...light.keys()].filter((name) => /^--(color|shadow)-/.test(name));
		expect(lightColours.filter((name) => !systemDark.has(name))).toEqual([]);
	});

	it.each([
		'--color-long',
		'--color-short',
		'--color-liquidation',
		'--color-fund',
		'--color-price',
	])('has the chart role %s in both themes', (role) => {
		expect(light.get(role)).toMatch(/^#[0-9a-f]{6}$/);
		expect(systemDark.get(role)).toMatch(/^#[0-9a-f]{6}$/);
	});
});
