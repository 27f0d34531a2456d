// Where every dollar goes: insurance fund, venue losses, market makers and the outside shock trader.

/**
 * Balances of everyone who is not a simulated trader. Market makers take the other side of every
 * book trade and of the population's starting imbalance; the outside trader sends the shock order.
 */
export class Ledger {
	/** Insurance fund balance (USD). */
	fundUsd: number;
	/** Shortfalls nobody covered, carried by the venue (USD). */
	badDebtUsd = 0;
	/** Fees the fund received (USD). */
	feesUsd = 0;
	/** Market makers' cash from book trades (USD). */
	marketMakerCashUsd = 0;
	/** Market makers' inventory per market, starting with the population's mirror (base units). */
	readonly marketMakerInventory: Float64Array;
	/** Outside trader's cash from the shock order (USD). */
	outsideCashUsd = 0;
	/** Outside trader's inventory in the shocked market (base units). */
	outsideInventory = 0;

	constructor(fundUsd: number, startingInventory: Float64Array) {
		this.fundUsd = fundUsd;
		this.marketMakerInventory = startingInventory;
	}

	/** Records a trade of `quantity` (signed, the taker's side) at `price` against market makers. */
	bookTrade(market: number, quantity: number, price: number): void {
		this.marketMakerInventory[market] = (this.marketMakerInventory[market] ?? 0) - quantity;
		this.marketMakerCashUsd += quantity * price;
	}

	/** The fund pays what it can of a shortfall; the rest becomes the venue's bad debt. */
	coverShortfall(shortfallUsd: number): { paidUsd: number; uncoveredUsd: number } {
		const paidUsd = Math.min(this.fundUsd, shortfallUsd);
		this.fundUsd -= paidUsd;
		const uncoveredUsd = shortfallUsd - paidUsd;
		this.badDebtUsd += uncoveredUsd;
		return { paidUsd, uncoveredUsd };
	}

	/** The fund receives a liquidation fee. */
	collectFee(feeUsd: number): void {
		this.fundUsd += feeUsd;
		this.feesUsd += feeUsd;
	}
}
