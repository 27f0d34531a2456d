// The per-tick picture of the market that charts and tables draw: prices, depth, interest, fund.

/** One market at the end of one tick. */
export interface MarketFrame {
	/** Last traded price (USD). */
	readonly last: number;
	/** Mark price, which triggers liquidations (USD). */
	readonly mark: number;
	/** Spot index across venues (USD). */
	readonly index: number;
	/** Bids of the fresh book's first percent not yet eaten or already refilled (USD). */
	readonly bidDepthUsd: number;
	/** The same for asks (USD). */
	readonly askDepthUsd: number;
	/** Notional of the population's open positions, long plus short, at the last price (USD). */
	readonly openInterestUsd: number;
	/** Longs liquidated during this tick (USD notional). */
	readonly liquidatedLongUsd: number;
	/** Shorts liquidated during this tick (USD notional). */
	readonly liquidatedShortUsd: number;
	/** Matching halted by the circuit breaker during this tick. */
	readonly halted: boolean;
}

/** The whole venue at the end of one tick. */
export interface Frame {
	/** Tick (ticks from the start; one tick is one second). */
	readonly tick: number;
	/** One entry per market, primary first. */
	readonly markets: readonly MarketFrame[];
	/** Insurance fund balance (USD). */
	readonly insuranceFundUsd: number;
	/** Notional closed by auto-deleveraging so far (USD). */
	readonly adlUsd: number;
	/** Shortfalls nobody covered so far (USD). */
	readonly badDebtUsd: number;
}
