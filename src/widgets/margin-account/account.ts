// One trader's single-position account at a mark price: margins, ratio, liquidation and bankruptcy.
import {
	binanceTieredLiquidationPrice,
	hyperliquidLiquidationPrice,
	sideSign,
	type Side,
} from '../../sim/index';
import { bracketOf, bracketOfTier, type Bracket, type VenueRules } from './venues';

/** Isolated: the position's own margin is all it can lose. Cross: the whole wallet backs it. */
export type MarginMode = 'isolated' | 'cross';

/** The account as the reader set it up, in domain units. */
export interface AccountInput {
	readonly venue: VenueRules;
	readonly mode: MarginMode;
	readonly side: Side;
	/** Entry price (USD). */
	readonly entryPrice: number;
	/** Position size (BTC), positive. */
	readonly quantity: number;
	/** Leverage the reader asked for (×); the venue's bracket may allow less. */
	readonly leverage: number;
	/** Wallet balance beyond the initial margin, counted in cross mode only (USD). */
	readonly extraBalance: number;
	/** Mark price the account is valued at (USD). */
	readonly markPrice: number;
}

/** Everything the widget shows about the account at one mark price. */
export interface AccountState {
	/** Size × entry price (USD). */
	readonly entryNotional: number;
	/** Bracket of the entry notional: it sets the highest leverage allowed. */
	readonly entryBracket: Bracket;
	/** Leverage in force (×): the reader's, capped by the entry bracket. */
	readonly leverage: number;
	/** Whether the reader's leverage was above the venue's limit. */
	readonly leverageCapped: boolean;
	/** Notional / leverage (USD). */
	readonly initialMargin: number;
	/** Initial margin, plus the extra balance in cross mode (USD). */
	readonly walletBalance: number;
	/** s × size × (mark − entry) (USD). */
	readonly unrealizedPnl: number;
	/** Wallet balance + unrealised PnL (USD). */
	readonly marginBalance: number;
	/** Size × mark (USD). */
	readonly markNotional: number;
	/** Bracket of the mark notional, whose rate and amount give the maintenance margin. */
	readonly markBracket: Bracket;
	/** Notional at mark × rate − amount (USD). */
	readonly maintenanceMargin: number;
	/** Maintenance / margin balance (fraction); Infinity once the balance is used up. */
	readonly marginRatio: number;
	/** Mark price at which the ratio reaches 100% (USD), or null where none is positive. */
	readonly liquidationPrice: number | null;
	/** Bracket whose rate and amount produced the liquidation price (after the re-check). */
	readonly liquidationBracket: Bracket;
	/** Price at which the margin balance is exactly zero (USD), or null where none is positive. */
	readonly bankruptcyPrice: number | null;
	/** Whether the mark has reached the liquidation price: the engine has taken over. */
	readonly liquidated: boolean;
}

/** The highest leverage the venue allows for a position of this notional (×). */
export function maxLeverageFor(venue: VenueRules, notionalUsd: number): number {
	return bracketOf(venue.tiers, notionalUsd).tier.maxLeverage;
}

/**
 * Maintenance margin of a position of `notionalUsd` (Binance FAQ 25edcd7f…: notional × MMR − cum of
 * the notional's bracket; Hyperliquid: notional / (2 × max leverage), one bracket here).
 */
export function maintenanceMargin(venue: VenueRules, notionalUsd: number): number {
	const { tier } = bracketOf(venue.tiers, notionalUsd);
	return notionalUsd * tier.maintenanceMarginRate - tier.maintenanceAmount;
}

/** The venue's liquidation price for the account, with the bracket that produced it. */
function venueLiquidation(
	input: AccountInput,
	walletBalance: number,
	entryBracket: Bracket,
): { price: number | null; bracket: Bracket } {
	const { venue, side, quantity, entryPrice } = input;
	if (venue.id === 'hyperliquid') {
		const price = hyperliquidLiquidationPrice({
			side,
			size: quantity,
			price: entryPrice,
			margin: walletBalance,
			maxLeverage: entryBracket.tier.maxLeverage,
		});
		return { price, bracket: entryBracket };
	}
	// One position only, so the other positions' maintenance and PnL (TMM1, UPNL1) are zero.
	const { price, tier } = binanceTieredLiquidationPrice(
		{ side, quantity, entryPrice, walletBalance },
		venue.tiers,
	);
	return { price, bracket: bracketOfTier(venue.tiers, tier) };
}

/** The account at its mark price. Inputs are assumed in range (the parameter schema clamps them). */
export function accountAt(input: AccountInput): AccountState {
	const { venue, mode, side, entryPrice, quantity, markPrice } = input;
	const s = sideSign(side);
	const entryNotional = quantity * entryPrice;
	const entryBracket = bracketOf(venue.tiers, entryNotional);
	const maxLeverage = entryBracket.tier.maxLeverage;
	const leverage = Math.min(Math.max(1, input.leverage), maxLeverage);
	const initialMargin = entryNotional / leverage;
	const walletBalance = initialMargin + (mode === 'cross' ? Math.max(0, input.extraBalance) : 0);

	const unrealizedPnl = s * quantity * (markPrice - entryPrice);
	const marginBalance = walletBalance + unrealizedPnl;
	const markNotional = quantity * markPrice;
	const markBracket = bracketOf(venue.tiers, markNotional);
	const maintenance = maintenanceMargin(venue, markNotional);
	const marginRatio = marginBalance > 0 ? maintenance / marginBalance : Number.POSITIVE_INFINITY;

	const liquidation = venueLiquidation(input, walletBalance, entryBracket);
	// Zero balance where s·Q·(P − EP) = −WB (Bybit help centre, "Bankruptcy Price", any wallet size).
	const bankrupt = entryPrice - (s * walletBalance) / quantity;

	return {
		entryNotional,
		entryBracket,
		leverage,
		leverageCapped: input.leverage > maxLeverage,
		initialMargin,
		walletBalance,
		unrealizedPnl,
		marginBalance,
		markNotional,
		markBracket,
		maintenanceMargin: maintenance,
		marginRatio,
		liquidationPrice: liquidation.price,
		liquidationBracket: liquidation.bracket,
		bankruptcyPrice: bankrupt > 0 ? bankrupt : null,
		liquidated: liquidation.price !== null && s * (markPrice - liquidation.price) <= 0,
	};
}
