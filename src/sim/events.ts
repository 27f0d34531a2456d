// The run's event log: every forced close, stop, auto-deleveraging fill, fund payment and halt.
import type { Side } from './side';

/** Fields every event carries. */
interface EventBase {
	/** Tick of the event (ticks from the start; one tick is one second). */
	readonly tick: number;
	/** Market symbol, e.g. 'BTC'. */
	readonly asset: string;
}

/** The exogenous shock starting (a price move, or a market order). */
export interface ShockEvent extends EventBase {
	readonly type: 'shock';
	/** Exogenous move over the shock (signed fraction). */
	readonly move: number;
	/** Market order sent at tick 0 (signed USD). */
	readonly orderUsd: number;
	/** Last price before the shock (USD). */
	readonly price: number;
}

/** A position closed, wholly or in part, by the liquidation engine. */
export interface LiquidationEvent extends EventBase {
	readonly type: 'liquidation';
	readonly account: number;
	readonly side: Side;
	/** A slice of a larger position rather than the whole. */
	readonly partial: boolean;
	/** Size closed (base units). */
	readonly quantity: number;
	/** Size × fill price (USD). */
	readonly notionalUsd: number;
	/** Average fill in the book, or the bankruptcy price when closed by ADL (USD). */
	readonly price: number;
	/** Mark price that triggered it (USD). */
	readonly markPrice: number;
	/** Price at which the account's equity is zero (USD). */
	readonly bankruptcyPrice: number;
	/** Fee paid to the insurance fund (USD). */
	readonly feeUsd: number;
	/** Traders the account stands for (count). */
	readonly traders: number;
}

/** A stop-loss order that became a market order. */
export interface StopEvent extends EventBase {
	readonly type: 'stop';
	readonly account: number;
	readonly side: Side;
	readonly quantity: number;
	readonly notionalUsd: number;
	/** Average fill (USD). */
	readonly price: number;
	/** The stop's trigger (USD). */
	readonly stopPrice: number;
}

/** A profitable opposite position closed by auto-deleveraging at a bankrupt position's price. */
export interface AdlEvent extends EventBase {
	readonly type: 'adl';
	/** The deleveraged (profitable) account. */
	readonly account: number;
	/** Side of the deleveraged position. */
	readonly side: Side;
	readonly quantity: number;
	readonly notionalUsd: number;
	/** The bankrupt position's bankruptcy price (USD). */
	readonly price: number;
	/** The bankrupt account whose position it absorbed. */
	readonly bankruptAccount: number;
}

/** The insurance fund paying an account's shortfall, and any part nobody covered. */
export interface FundEvent extends EventBase {
	readonly type: 'fund';
	readonly account: number;
	/** Change of the fund (USD, negative when it pays). */
	readonly deltaUsd: number;
	/** Fund balance after (USD). */
	readonly balanceUsd: number;
	/** Shortfall the fund could not pay, left to the venue (USD). */
	readonly uncoveredUsd: number;
}

/** Matching halted by the circuit breaker, or resumed. */
export interface HaltEvent extends EventBase {
	readonly type: 'halt' | 'resume';
	/** Last price (USD). */
	readonly price: number;
}

export type SimEvent = ShockEvent | LiquidationEvent | StopEvent | AdlEvent | FundEvent | HaltEvent;
