// What each policy does in the lab, what it buys and what it costs: the help under each panel's choice.
import type { PolicyKind } from './params';

export const POLICY_HELP: Readonly<Record<PolicyKind, string>> = {
	none: "The market's own rules: whole positions closed at once, no halts, auto-deleveraging only when the fund cannot pay.",
	cap: 'No one may hold more leverage than this. Liquidation prices move further away; traders who wanted more must post more margin (or, in reality, go elsewhere, which the lab cannot show).',
	breaker:
		'After a large move within the window, trading and liquidations pause. The pause buys time, but every trigger crossed meanwhile fires together when trading resumes.',
	partial:
		"Positions above $100k a trader are closed in 20% slices, 30 s apart (Hyperliquid's rule). Each forced order is smaller; what is left stays at risk meanwhile.",
	fund: 'The insurance fund pays the losses of accounts that go below zero. Only when it cannot pay does auto-deleveraging close winners’ positions.',
};
