// Seeded random numbers for the population: a linear congruential stream, never Math.random.

/** Multiplier and increment of the LCG (Numerical Recipes; the same constants as d3-random). */
const MULTIPLIER = 1_664_525;
const INCREMENT = 1_013_904_223;
const TO_UNIT = 1 / 4_294_967_296;

/**
 * Fills `out` with uniforms on [0, 1) from the stream seeded by `seed`. The state lives in a local
 * 32-bit integer and Math.imul does the step, so a million draws cost a few milliseconds; d3-random's
 * closure-held state boxed a number per draw, which made population generation ten times slower.
 */
export function fillUniform(seed: number, out: Float64Array): void {
	let state = seed >>> 0;
	for (let i = 0; i < out.length; i++) {
		state = (Math.imul(MULTIPLIER, state) + INCREMENT) >>> 0;
		out[i] = state * TO_UNIT;
	}
}
