// Number formats readers see: exact strings, and never NaN or Infinity on screen.
import { describe, expect, test } from 'vitest';
import {
	formatCount,
	formatLeverage,
	formatPercent,
	formatPrice,
	formatSignedPercent,
	formatTicks,
	formatUsd,
} from '../../src/lib/format';

const bad = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

describe('formatUsd', () => {
	test.each([
		[412_000_000, '$412M', 'hundreds of millions, no decimals'],
		[1_300_000_000, '$1.3B', 'billions with one decimal'],
		[1_000_000_000, '$1B', 'a trailing .0 is dropped'],
		[19_100_000_000, '$19B', 'ten units and more: no decimals'],
		[9_960_000, '$10M', 'rounding up past ten drops the decimal'],
		[999_960_000, '$1B', 'rounds up into the next unit, not $1000M'],
		[4_560_000, '$4.6M', 'millions with one decimal'],
		[97_180, '$97,180', 'below a million: whole dollars with separators'],
		[999_999.7, '$1M', 'rounds up to a million'],
		[1_000, '$1,000', 'thousands'],
		[4.567, '$4.57', 'under ten dollars: cents'],
		[0, '$0', 'zero'],
		[0.001, '$0', 'a fraction of a cent is zero'],
		[-412_000_000, '−$412M', 'losses take a true minus sign'],
		[-52.4, '−$52', 'negative whole dollars'],
		[2.5e12, '$2.5T', 'trillions'],
		[3.2e15, '$3200T', 'beyond trillions stays in trillions'],
	])('%d → %s', (value, expected) => {
		expect(formatUsd(value)).toBe(expected);
	});
});

describe('formatPrice', () => {
	test.each([
		[97_180.4, '$97,180'],
		[110_000, '$110,000'],
		[412.5, '$412.50'],
		[1, '$1.00'],
		[0.012345, '$0.01235'],
		[0, '$0'],
		[-5_000, '−$5,000'],
	])('%d → %s', (value, expected) => {
		expect(formatPrice(value)).toBe(expected);
	});
});

describe('percentages', () => {
	test.each([
		[0.046, '4.6%'],
		[0.04, '4%'],
		[0.9, '90%'],
		[0.123, '12%'],
		[0.004, '0.4%'],
		[0.00456, '0.46%'],
		[0, '0%'],
		[-0.00001, '0%'],
		[-0.05, '−5%'],
		[1.5, '150%'],
	])('formatPercent(%d) → %s', (value, expected) => {
		expect(formatPercent(value)).toBe(expected);
	});

	test('fixed digits', () => {
		expect(formatPercent(0.12345, 2)).toBe('12.35%');
		expect(formatPercent(0.5, 1)).toBe('50%');
	});

	test.each([
		[0.046, '+4.6%'],
		[-0.046, '−4.6%'],
		[0, '0%'],
		[2, '+200%'],
	])('formatSignedPercent(%d) → %s', (value, expected) => {
		expect(formatSignedPercent(value)).toBe(expected);
	});
});

describe('counts, leverage and time', () => {
	test.each([
		[3214, '3,214'],
		[3213.6, '3,214'],
		[0, '0'],
		[-12_000, '−12,000'],
	])('formatCount(%d) → %s', (value, expected) => {
		expect(formatCount(value)).toBe(expected);
	});

	test.each([
		[20, '20×'],
		[2.5, '2.5×'],
		[1.04, '1×'],
		[125, '125×'],
	])('formatLeverage(%d) → %s', (value, expected) => {
		expect(formatLeverage(value)).toBe(expected);
	});

	test.each([
		[0, '0 s'],
		[45, '45 s'],
		[125, '2 min 05 s'],
		[-3, '0 s'],
	])('formatTicks(%d) → %s', (value, expected) => {
		expect(formatTicks(value)).toBe(expected);
	});
});

test.each(bad)('%d is shown as a dash by every formatter', (value) => {
	for (const format of [
		formatUsd,
		formatPrice,
		formatPercent,
		formatSignedPercent,
		formatCount,
		formatLeverage,
		formatTicks,
	]) {
		expect(format(value)).toBe('—');
	}
});
