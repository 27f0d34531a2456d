// The first lab run handed from the server to the browser: the server draws exactly what it hands over.
import { expect, test } from 'vitest';
import { CascadeLabState } from '../../src/widgets/cascade-lab/cascade-lab.svelte';
import { decodeDigest } from '../../src/widgets/cascade-lab/digest-codec';
import { digestLab } from '../../src/widgets/cascade-lab/lab-digest';
import { scenarioOf, type CascadeValues } from '../../src/widgets/cascade-lab/params';
import { runHandoff } from '../../src/widgets/cascade-lab/run-handoff';

const values: CascadeValues = {
	preset: 'ordinary',
	leverage: 10,
	longs: 60,
	depth: 20,
	shock: -0.2,
	seed: 1,
};

test('tests run as the server does: no document', () => {
	expect(typeof document).toBe('undefined');
});

test('the server draws the run as the page carries it, not the unrounded one', () => {
	const lab = new CascadeLabState(() => scenarioOf(values));
	const text = runHandoff(lab, 'lab-run');
	expect(text).toBeDefined();
	const copy = decodeDigest(text, lab.key);
	expect(copy?.ok).toBe(true);
	expect(lab.outcome).toEqual(copy);
	// What the page carries is condensed: the frames stay on the server.
	expect(lab.run?.frames).toEqual([]);
	expect(lab.series?.ticks).toBe(462);
});

test('a lab whose scenario then changes runs the new one itself', () => {
	const current = $state({ ...values });
	const lab = new CascadeLabState(() => scenarioOf(current));
	runHandoff(lab, 'lab-run');
	current.shock = -3;
	const fresh = digestLab(scenarioOf(current), true);
	expect(fresh.ok).toBe(true);
	expect(lab.run?.frames.length).toBeGreaterThan(0);
	expect(lab.series?.ticks).toBe(fresh.ok ? fresh.digest.series.ticks : -1);
});

test('connected without a copy, the server runs the scenario whole, as before', () => {
	const lab = new CascadeLabState(() => scenarioOf(values));
	lab.connect();
	expect(lab.run?.frames.length).toBe(462);
});
