// The depth profile, fills and refill of one order book, with exact values.
import { describe, expect, test } from 'vitest';
import { OrderBook } from '../../src/sim';
import { expectClose } from '../helpers/close';

const fresh = (model: 'book' | 'power' | 'linear' | 'sqrt' = 'book', permanence = 1): OrderBook =>
	new OrderBook(100_000, 20_000_000, model, 60, permanence);

describe('depth profile', () => {
	const rows = [
		{ why: 'every model passes through depthUsd at 1%', model: 'book', x: 0.01, usd: 20e6 },
		{
			why: 'Amberdata fit inside 1%: 0.1% holds 0.1^0.67 of it',
			model: 'book',
			x: 0.001,
			usd: 20e6 * Math.pow(0.1, 0.67),
		},
		{
			why: 'beyond 1% the book model grows as x² (square-root law)',
			model: 'book',
			x: 0.03,
			usd: 20e6 * 9,
		},
		{
			why: 'the pure power model keeps 0.67 beyond 1%',
			model: 'power',
			x: 0.03,
			usd: 20e6 * Math.pow(3, 0.67),
		},
		{ why: 'linear impact: depth proportional to distance', model: 'linear', x: 0.005, usd: 10e6 },
		{ why: 'square-root law: depth grows as the square', model: 'sqrt', x: 0.005, usd: 5e6 },
	] as const;
	test.each(rows)('$why', ({ model, x, usd }) => {
		expectClose(fresh(model).depthWithin(x), usd);
	});
});

describe('market orders', () => {
	test('selling exactly depthUsd of a fresh book moves the price to e^−1% of mid', () => {
		const book = fresh();
		const fill = book.trade(-20e6 / 100_000);
		expectClose(fill.priceAfter, 100_000 * Math.exp(-0.01));
		// Mean distance over D ∝ x^0.67 from 0 to 1%: 0.67/1.67 of 1%.
		expectClose(fill.averagePrice, 100_000 * Math.exp((-0.01 * 0.67) / 1.67));
		expectClose(book.bidHole, 0.01);
		expect(book.askHole).toBe(0);
	});

	test('a second order starts where the first stopped: the same size moves the price further', () => {
		const book = fresh();
		const first = book.trade(-100);
		const before = book.price;
		const second = book.trade(-100);
		expect(Math.log(before / second.priceAfter)).toBeGreaterThan(
			Math.log(100_000 / first.priceAfter),
		);
	});

	test('buying mirrors selling on the ask side', () => {
		const fill = fresh().trade(200);
		expectClose(fill.priceAfter, 100_000 * Math.exp(0.01));
	});

	test('quote does not trade', () => {
		const book = fresh();
		book.quote(-1_000);
		expect(book.price).toBe(100_000);
		expect(book.bidHole).toBe(0);
	});

	test('a single order moves the price at most 10% (the price band)', () => {
		const fill = fresh().trade(-1e9);
		expectClose(fill.priceAfter, 100_000 * Math.exp(-0.1));
	});
});

describe('refill', () => {
	test('the hole halves after one half-life', () => {
		const book = fresh();
		book.trade(-200);
		for (let t = 0; t < 60; t++) book.refill();
		expectClose(book.bidHole, 0.005);
	});

	test('with no permanent impact the price returns to where it was', () => {
		const book = fresh('book', 0);
		book.trade(-200);
		for (let t = 0; t < 6_000; t++) book.refill();
		expectClose(book.price, 100_000, 1e-9);
		expect(book.settled(1e-9)).toBe(true);
	});

	test('with 70% permanent impact, 70% of the log move stays', () => {
		const book = fresh('book', 0.7);
		book.trade(-200);
		for (let t = 0; t < 6_000; t++) book.refill();
		expectClose(book.price, 100_000 * Math.exp(-0.007), 1e-9);
	});

	test('the first percent of bids empties when swept and refills with the half-life', () => {
		const book = fresh();
		book.trade(-100);
		// $10M sold: the hole holds exactly $10M of the profile, so $10M of the first percent is left.
		expectClose(book.depthNearMid().bidUsd, 10e6);
		expectClose(book.depthNearMid().askUsd, 20e6);
		for (let t = 0; t < 60; t++) book.refill();
		expectClose(book.depthNearMid().bidUsd, 20e6 - 10e6 * Math.pow(0.5, 0.67));
	});

	test('a sweep past 1% leaves no bids within the first percent', () => {
		const book = fresh();
		book.trade(-300);
		expect(book.depthNearMid().bidUsd).toBe(0);
	});
});
