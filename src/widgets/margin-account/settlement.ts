// What the liquidation engine does once the mark reaches the liquidation price: fill, fee, fund.
import { sideSign, type Side } from '../../sim/index';

/** The engine's close-out of a liquidated position. */
export interface SettlementInput {
	readonly side: Side;
	/** Position size (BTC). */
	readonly quantity: number;
	/** Entry price (USD). */
	readonly entryPrice: number;
	/** Wallet balance backing the position (USD). */
	readonly walletBalance: number;
	/** Mark price that triggered the engine (USD). */
	readonly liquidationPrice: number;
	/** How far the fill lands beyond the liquidation price, against the trader (fraction). */
	readonly slippage: number;
	/** Liquidation fee on the filled notional (fraction). */
	readonly feeRate: number;
	/**
	 * The venue deems the position closed at its bankruptcy price, so the fund keeps the whole
	 * surplus, fee included (Binance); otherwise the trader keeps what is left after the fee.
	 */
	readonly surplusToFund: boolean;
}

export interface Settlement {
	/** Price the closing order fills at (USD). */
	readonly fillPrice: number;
	/** Size × fill (USD). */
	readonly fillNotional: number;
	/**
	 * Margin left at the fill: s × size × (fill − bankruptcy) (USD). Positive is a surplus over the
	 * bankruptcy price, negative a shortfall somebody else must pay.
	 */
	readonly equityAtFill: number;
	/** Fee the schedule asks for: rate × fill notional (USD). */
	readonly feeDue: number;
	/** Fee actually taken, never more than the margin left (USD). */
	readonly feeCharged: number;
	/** What goes back to the trader's wallet after the fee (USD, ≥ 0). */
	readonly traderKeeps: number;
	/** The fund's change: + the fee it collects, − the shortfall it covers (USD). */
	readonly fundChange: number;
}

/**
 * The close-out rule the simulator uses too (doc/model.md §3.6): the whole position fills at the
 * liquidation price moved by the slippage against the trader; the fee is taken from what margin is
 * left; the rest goes to the fund where the venue closes at bankruptcy (Binance), else back to the
 * trader; a negative balance is paid by the fund.
 */
export function settle(input: SettlementInput): Settlement {
	const s = sideSign(input.side);
	const fillPrice = input.liquidationPrice * (1 - s * input.slippage);
	const fillNotional = input.quantity * fillPrice;
	const equityAtFill = input.walletBalance + s * input.quantity * (fillPrice - input.entryPrice);
	const feeDue = input.feeRate * fillNotional;
	const feeCharged = Math.min(feeDue, Math.max(0, equityAtFill));
	const rest = Math.max(0, equityAtFill - feeCharged);
	const traderKeeps = input.surplusToFund ? 0 : rest;
	const fundChange =
		equityAtFill >= 0 ? feeCharged + (input.surplusToFund ? rest : 0) : equityAtFill;
	return { fillPrice, fillNotional, equityAtFill, feeDue, feeCharged, traderKeeps, fundChange };
}
