// The toolkit's small pure parts: playhead arithmetic, slider tracks, shortcut ownership, moments.
import { describe, expect, test } from 'vitest';
import { momentMarks } from '../../src/lib/moments';
import { Playback, prefersReducedMotion, SPEEDS } from '../../src/lib/playback.svelte';
import { controlOwnsKey, type KeyTarget } from '../../src/lib/shortcuts';
import { logPosition, logValue, snapToStep, stepDecimals } from '../../src/lib/slider-scale';

describe('Playback', () => {
	test('steps, seeks and resets inside the run, in whole frames', () => {
		const p = new Playback({ length: 10 });
		expect([p.tick, p.lastTick, p.atStart, p.atEnd]).toStrictEqual([0, 9, true, false]);
		p.step();
		p.step(3);
		expect(p.tick).toBe(4);
		p.stepBack();
		expect(p.tick).toBe(3);
		p.seek(7.6);
		expect(p.tick).toBe(8);
		p.seek(99);
		expect([p.tick, p.atEnd]).toStrictEqual([9, true]);
		p.seek(-5);
		expect(p.tick).toBe(0);
		p.seek(Number.NaN);
		expect(p.tick).toBe(0);
		p.seek(5);
		p.reset();
		expect([p.tick, p.playing]).toStrictEqual([0, false]);
	});

	test('a shorter run keeps the playhead inside it', () => {
		const p = new Playback({ length: 100 });
		p.seek(80);
		p.setLength(20);
		expect([p.tick, p.lastTick]).toStrictEqual([19, 19]);
		p.setLength(0);
		expect(p.tick).toBe(0);
	});

	test('never starts a loop on the server', () => {
		const p = new Playback({ length: 100 });
		p.play();
		expect(p.playing).toBe(false);
		expect(prefersReducedMotion()).toBe(false);
	});

	test('speeds run from very slow to fast', () => {
		expect(SPEEDS[0]).toBe(0.1);
		expect(SPEEDS.at(-1)).toBe(10);
		expect(SPEEDS).toContain(1);
	});
});

describe('slider tracks', () => {
	test.each([
		[1, 0],
		[125, 1000],
		[Math.sqrt(125), 500],
		[0.5, 0],
		[500, 1000],
	])('logPosition(%d) on 1…125 is %d', (value, position) => {
		expect(logPosition(value, 1, 125)).toBe(position);
	});

	test('logValue inverts logPosition at the ends and the middle', () => {
		expect(logValue(0, 1, 125)).toBe(1);
		expect(logValue(1000, 1, 125)).toBeCloseTo(125, 10);
		expect(logValue(500, 1, 125)).toBeCloseTo(Math.sqrt(125), 10);
	});

	test.each([
		[0.1 + 0.2, 0.1, 0, 0.3, 'no floating-point dust'],
		[7.4, 1, 0, 7, 'whole steps'],
		[-5.04, 0.1, -50, -5, 'steps counted from the minimum'],
		[1234, 100, 100, 1200, 'margin in hundreds'],
		[Number.NaN, 1, 3, 3, 'NaN falls back to the minimum'],
	])('snapToStep(%d, %d, %d) is %d', (value, step, min, expected) => {
		expect(snapToStep(value, step, min)).toBe(expected);
	});

	test.each([
		[1, 0],
		[0.05, 2],
		[0.1, 1],
		[1e-7, 7],
		[2.5e-3, 4],
		[0, 0],
	])('stepDecimals(%d) is %d', (step, expected) => {
		expect(stepDecimals(step)).toBe(expected);
	});
});

describe('which keys a focused control keeps', () => {
	test.each<[KeyTarget, string, boolean, string]>([
		[{ tagName: 'INPUT', type: 'number' }, ' ', true, 'typing a space in a number field'],
		[{ tagName: 'INPUT', type: 'text' }, 'r', true, 'typing in a text field'],
		[{ tagName: 'INPUT', type: 'range' }, 'ArrowLeft', true, 'arrows move a slider'],
		[{ tagName: 'INPUT', type: 'range' }, ' ', false, 'space on a slider plays'],
		[{ tagName: 'INPUT', type: 'radio' }, 'ArrowRight', true, 'arrows change a radio choice'],
		[{ tagName: 'INPUT', type: 'checkbox' }, ' ', true, 'space ticks a checkbox'],
		[{ tagName: 'BUTTON' }, ' ', true, 'space presses a button'],
		[{ tagName: 'BUTTON' }, 'ArrowRight', false, 'arrows on a button step'],
		[{ tagName: 'SELECT' }, 'ArrowDown', true, 'a select keeps everything'],
		[{ tagName: 'DIV', isContentEditable: true }, 'r', true, 'editable text'],
		[{ tagName: 'DIV', role: 'slider' }, 'Home', true, 'a custom slider'],
		[{ tagName: 'FIGURE' }, ' ', false, 'the widget itself'],
	])('%j with %j → %s', (target, key, expected) => {
		expect(controlOwnsKey(target, key)).toBe(expected);
	});
});

describe('momentMarks', () => {
	test('in time order, skipping moments that never happened and repeats of a tick', () => {
		expect(
			momentMarks({
				firstLiquidationTick: 3,
				steepestMoveTick: 12,
				adlStartTick: null,
				firstHaltTick: 12,
				endTick: 240,
			}),
		).toStrictEqual([
			{ tick: 3, label: 'First liquidation' },
			{ tick: 12, label: 'Steepest fall' },
			{ tick: 240, label: 'End' },
		]);
	});

	test('a squeeze names its steepest rise', () => {
		const marks = momentMarks(
			{
				firstLiquidationTick: null,
				steepestMoveTick: 5,
				adlStartTick: 9,
				firstHaltTick: null,
				endTick: 20,
			},
			'rise',
		);
		expect(marks.map((m) => m.label)).toStrictEqual([
			'Steepest rise',
			'Auto-deleveraging starts',
			'End',
		]);
	});
});
