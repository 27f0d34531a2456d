// Position direction and its sign, the `s` of every venue formula (+1 long, −1 short).

/** Which way a position is exposed to the price. */
export type Side = 'long' | 'short';

/** The venues' side sign: +1 for a long, −1 for a short. */
export function sideSign(side: Side): 1 | -1 {
	return side === 'long' ? 1 : -1;
}
