// MarginAccount's state: the account, the engine's settlement and the words, derived from the values.
import type { PredictionOutcomes } from '../../lib/predict';
import type { Side } from '../../sim/index';
import { accountAt, type AccountState, type MarginMode } from './account';
import { accountFigures, ladderMarks, type Figure } from './figures';
import type { LadderMark } from './ladder';
import { MARK_SPAN, type MarginAccountValues } from './params';
import { settle, type Settlement } from './settlement';
import {
	bracketNote,
	describeSettlement,
	leverageNotice,
	markNotice,
	narrate,
	type Situation,
} from './text';
import { VENUES, type VenueRules } from './venues';

/** The mark prices the slider offers for an entry price (USD). */
export function markRange(entryPrice: number): { min: number; max: number } {
	return { min: entryPrice * (1 - MARK_SPAN), max: entryPrice * (1 + MARK_SPAN) };
}

/** A round step for the mark slider near 0.1% of the entry price: 1, 2 or 5 × a power of ten (USD). */
export function markStep(entryPrice: number): number {
	const target = entryPrice * 0.001;
	const power = 10 ** Math.floor(Math.log10(target));
	const nice = [5, 2, 1].find((m) => m * power <= target) ?? 1;
	return nice * power;
}

/**
 * One trader's account, everything `$derived` from the parameter values (which the caller owns,
 * usually a UrlState's). Nothing here writes state; the view writes the values.
 */
export class MarginAccount {
	readonly #values: () => MarginAccountValues;

	constructor(values: () => MarginAccountValues) {
		this.#values = values;
	}

	// Read through a method: field initialisers run before the constructor body assigns #values.
	#read(): MarginAccountValues {
		return this.#values();
	}

	readonly venue: VenueRules = $derived(VENUES[this.#read().venue]);
	readonly mode: MarginMode = $derived(this.#read().mode);
	readonly side: Side = $derived(this.#read().side);
	readonly entryPrice: number = $derived(this.#read().entry);
	readonly quantity: number = $derived(this.#read().size);
	readonly markRange = $derived(markRange(this.entryPrice));
	readonly markStep: number = $derived(markStep(this.entryPrice));
	/** The reader's mark, kept within the slider's span around entry (USD). */
	readonly markPrice: number = $derived(
		Math.min(this.markRange.max, Math.max(this.markRange.min, this.#read().mark)),
	);
	/** Liquidation fee in force (fraction): none where the venue charges none. */
	readonly feeRate: number = $derived(
		this.venue.chargesLiquidationFee ? this.#read().fee / 100 : 0,
	);
	/** Slippage of the closing order (fraction). */
	readonly slippage: number = $derived(this.#read().slip / 100);

	readonly account: AccountState = $derived(
		accountAt({
			venue: this.venue,
			mode: this.mode,
			side: this.side,
			entryPrice: this.entryPrice,
			quantity: this.quantity,
			leverage: this.#read().lev,
			extraBalance: this.#read().wallet,
			markPrice: this.markPrice,
		}),
	);

	/** What the engine does at the liquidation price: done once liquidated, a forecast before. */
	readonly settlement: Settlement | null = $derived.by(() => {
		const lp = this.account.liquidationPrice;
		if (lp === null) return null;
		return settle({
			side: this.side,
			quantity: this.quantity,
			entryPrice: this.entryPrice,
			walletBalance: this.account.walletBalance,
			liquidationPrice: lp,
			slippage: this.slippage,
			feeRate: this.feeRate,
			surplusToFund: this.venue.id === 'binance',
		});
	});

	/** Distance from the mark to the liquidation price, in the adverse direction (fraction). */
	readonly distanceToLiquidation: number | null = $derived.by(() => {
		const lp = this.account.liquidationPrice;
		if (lp === null) return null;
		return Math.abs(this.markPrice - lp) / this.markPrice;
	});

	/** What the words are built from. */
	readonly situation: Situation = $derived({
		venue: this.venue,
		side: this.side,
		quantity: this.quantity,
		markPrice: this.markPrice,
		requestedMark: this.#read().mark,
		requestedLeverage: this.#read().lev,
		account: this.account,
		settlement: this.settlement,
	});

	/** Why the leverage in force is lower than the reader's, or null. */
	readonly leverageNotice: string | null = $derived(leverageNotice(this.situation));
	/** Why the mark differs from the one in the link, or null. */
	readonly markNotice: string | null = $derived(markNotice(this.situation));
	/** The bracket re-check in words, when it changed the bracket, or null. */
	readonly bracketNote: string | null = $derived(bracketNote(this.situation));
	/** What the engine did or will do. */
	readonly settlementText: string = $derived(describeSettlement(this.situation));

	/** The live region's sentence. */
	readonly narration: string = $derived(narrate(this.situation));

	/** Every figure, for the readout, the data table and the CSV. */
	readonly figures: Figure[] = $derived(
		accountFigures(this.situation, {
			mode: this.mode,
			entryPrice: this.entryPrice,
			slippage: this.slippage,
			feeRate: this.feeRate,
		}),
	);

	/** Predict mode's outcomes by question id (predictions.ts), each in its question's unit. */
	readonly predictionOutcomes: PredictionOutcomes = $derived.by(() => {
		const lp = this.account.liquidationPrice;
		if (lp === null) {
			const missing = {
				missing: 'This account has no liquidation price: the wallet covers any fall.',
			};
			return { distance: missing, liquidation: missing };
		}
		return {
			distance: (Math.abs(lp - this.entryPrice) / this.entryPrice) * 100,
			liquidation: lp,
		};
	});

	/** The prices the ladder marks. */
	readonly ladderMarks: LadderMark[] = $derived(ladderMarks(this.situation, this.entryPrice));
}
