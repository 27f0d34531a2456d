// Skips the exact margin check of a watched account while the marks stay within a proven-safe distance.
import { accountEquity, accountMaintenance } from './account-math';
import type { MarketSpec } from './markets';
import type { Population } from './population';

/**
 * Relative headroom left for rounding (fraction of the sums involved). The exact check's own
 * rounding is a few units of 2⁻⁵³ of the same sums, so this is far more than enough.
 */
const ROUNDING_SHARE = 1e-9;

/**
 * Answers "is account a at or past maintenance?" exactly as `Exchange.isLiquidatable` does, but
 * without recomputing equity and maintenance while that answer is provably still "no".
 *
 * After an exact check finds slack L = equity − maintenance > 0 at marks m, the slack at marks m′
 * is at least L + Σ over positions of min(s·q·Δ − ΔMaint), Δ = m′ − m. A position's maintenance is
 * continuous and nondecreasing in its notional with slope at most its market's largest maintenance
 * rate r (the brackets' amounts keep it continuous; any rounding jump at a bracket floor is added),
 * so a position loses at most q·Δ·(r − s) on a rise and −s·q·Δ on a fall, and never more than
 * q·(1 + r)·|Δ|. Two tests use this, cheapest first:
 * - the gate: each tick adds every market's |mark move| / starting price to `#level`, so
 *   |m′ − m| ≤ starting price × the level's rise; while the level stays below an account's gate,
 *   its loss stays below its slack;
 * - the bound: the loss from the marks of the last exact check, position by position.
 * Only when both fail does the exact check run. The account's cash and open sizes are compared with
 * those of the last exact check first, so any change to the account (a fill, ADL) forces it.
 */
export class MarginGuard {
	readonly #pop: Population;
	readonly #markets: readonly MarketSpec[];
	/** Largest maintenance rate of each market's brackets (fraction). */
	readonly #maxRate: Float64Array;
	/** Total jump of one trader's maintenance at each market's bracket floors (USD). */
	readonly #jump: Float64Array;
	/** Each market's starting price, the unit of its moves in `#level` (USD). */
	readonly #unit: Float64Array;
	/** The marks last seen by `observe` (USD). */
	readonly #lastMarks: Float64Array;
	/** Sum over ticks and markets of |mark move| / starting price: never decreases. */
	#level = 0;
	readonly #accountCount: number;
	// Per account, allocated at the first exact check (most single-market runs never need one).
	/** Slack less the rounding allowance at the last exact check (USD); NaN: none recorded. */
	#allowance = new Float64Array(0);
	/** `#level` below which account a is known to be safe; NaN: no gate. */
	#gate = new Float64Array(0);
	/** Cash and the two open sizes at that check: a change means the account has moved. */
	#cash = new Float64Array(0);
	#firstSize = new Float64Array(0);
	#secondSize = new Float64Array(0);
	/** Marks of the account's two markets at that check (USD). */
	#firstMark = new Float64Array(0);
	#secondMark = new Float64Array(0);

	constructor(pop: Population, markets: readonly MarketSpec[]) {
		this.#pop = pop;
		this.#markets = markets;
		this.#maxRate = Float64Array.from(markets, (spec) =>
			Math.max(0, ...spec.tiers.map((t) => t.maintenanceMarginRate)),
		);
		this.#jump = Float64Array.from(markets, (spec) => {
			let total = 0;
			for (let k = 1; k < spec.tiers.length; k++) {
				const below = spec.tiers[k - 1];
				const at = spec.tiers[k];
				if (below === undefined || at === undefined) continue;
				total += Math.abs(
					at.floorUsd * (at.maintenanceMarginRate - below.maintenanceMarginRate) -
						(at.maintenanceAmount - below.maintenanceAmount),
				);
			}
			return total;
		});
		this.#unit = Float64Array.from(markets, (spec) => spec.price);
		this.#lastMarks = Float64Array.from(markets, (spec) => spec.price);
		this.#accountCount = pop.accountCount;
	}

	/** Makes room for every account's record. */
	#allocate(): void {
		const n = this.#accountCount;
		this.#allowance = new Float64Array(n).fill(Number.NaN);
		this.#gate = new Float64Array(n).fill(Number.NaN);
		this.#cash = new Float64Array(n);
		this.#firstSize = new Float64Array(n);
		this.#secondSize = new Float64Array(n);
		this.#firstMark = new Float64Array(n);
		this.#secondMark = new Float64Array(n);
	}

	/** Takes in this tick's marks; call once per tick after they change and before any check. */
	observe(marks: ArrayLike<number>): void {
		let rise = 0;
		for (let m = 0; m < this.#lastMarks.length; m++) {
			const mark = marks[m] ?? 0;
			rise += Math.abs(mark - (this.#lastMarks[m] ?? 0)) / (this.#unit[m] ?? 1);
			this.#lastMarks[m] = mark;
		}
		this.#level += rise;
	}

	/** The level: the marks' path length so far, each market's in units of its starting price. */
	get level(): number {
		return this.#level;
	}

	/**
	 * The gate of account a if it alone proves a safe now (unchanged since its last exact check and
	 * the level below its gate): a stays safe until the level reaches it. NaN otherwise.
	 */
	safeUntil(a: number): number {
		const gate = this.#gate[a] ?? Number.NaN;
		return this.#level < gate && this.#unchanged(a) ? gate : Number.NaN;
	}

	/** Whether account a is at or past maintenance at `marks` (the same answer as the exact check). */
	isLiquidatable(a: number, marks: ArrayLike<number>): boolean {
		if (this.#unchanged(a)) {
			if (this.#level < (this.#gate[a] ?? Number.NaN)) return false;
			const left = (this.#allowance[a] ?? Number.NaN) - this.#lossSince(a, marks);
			if (left > 0) {
				this.#gate[a] = this.#gateFor(a, left);
				return false;
			}
		}
		const pop = this.#pop;
		const maintenance = accountMaintenance(pop, a, marks, this.#markets);
		const equity = accountEquity(pop, a, marks);
		if (maintenance > 0 && equity <= maintenance) return true;
		this.#record(a, marks, equity, maintenance);
		return false;
	}

	/** Whether a's cash and open sizes are those of its last exact check (false if none). */
	#unchanged(a: number): boolean {
		const pop = this.#pop;
		const second = pop.secondPosition[a] ?? -1;
		return (
			(this.#allowance[a] ?? Number.NaN) > 0 &&
			pop.collateral[a] === this.#cash[a] &&
			pop.quantity[a] === this.#firstSize[a] &&
			(second >= 0 ? (pop.quantity[second] ?? 0) : 0) === this.#secondSize[a]
		);
	}

	/** Most slack a can have lost since its last exact check, at `marks` (USD). */
	#lossSince(a: number, marks: ArrayLike<number>): number {
		const pop = this.#pop;
		const second = pop.secondPosition[a] ?? -1;
		let loss = this.#loss(
			a,
			this.#firstSize[a] ?? 0,
			(marks[pop.market[a] ?? 0] ?? 0) - (this.#firstMark[a] ?? 0),
		);
		if (second >= 0) {
			const move = (marks[pop.market[second] ?? 0] ?? 0) - (this.#secondMark[a] ?? 0);
			loss += this.#loss(second, this.#secondSize[a] ?? 0, move);
		}
		return loss;
	}

	/**
	 * Most slack position p (of size q) can lose when its mark moves by `move`, with the jumps and a
	 * rounding allowance on the move (USD; may be negative, a sure gain).
	 */
	#loss(p: number, q: number, move: number): number {
		if (q === 0) return 0;
		const pop = this.#pop;
		const m = pop.market[p] ?? 0;
		const s = pop.sign[p] ?? 1;
		const change = move > 0 ? q * move * ((this.#maxRate[m] ?? 0) - s) : -s * q * move;
		const jumps = (this.#jump[m] ?? 0) * pop.tradersPerAccount;
		return change + jumps + ROUNDING_SHARE * q * Math.abs(move);
	}

	/**
	 * The level below which a, with `left` of slack to spare now, stays safe: its positions lose at
	 * most q·(1 + r)·starting price per unit of level, plus the jumps.
	 */
	#gateFor(a: number, left: number): number {
		const pop = this.#pop;
		const second = pop.secondPosition[a] ?? -1;
		const first = pop.market[a] ?? 0;
		let perLevel = (this.#firstSize[a] ?? 0) * this.#perUnit(first);
		let jumps = (this.#firstSize[a] ?? 0) > 0 ? (this.#jump[first] ?? 0) : 0;
		if (second >= 0) {
			const m = pop.market[second] ?? 0;
			perLevel += (this.#secondSize[a] ?? 0) * this.#perUnit(m);
			if ((this.#secondSize[a] ?? 0) > 0) jumps += this.#jump[m] ?? 0;
		}
		const spare = left - jumps * pop.tradersPerAccount;
		if (!(spare > 0) || !(perLevel > 0)) return Number.NaN;
		return this.#level + spare / (perLevel * (1 + ROUNDING_SHARE)) - ROUNDING_SHARE;
	}

	/** Most slack one unit of size in market m loses per unit of level (USD). */
	#perUnit(m: number): number {
		return (1 + (this.#maxRate[m] ?? 0)) * (this.#unit[m] ?? 0);
	}

	/** Keeps what the bounds start from after an exact check found slack. */
	#record(a: number, marks: ArrayLike<number>, equity: number, maintenance: number): void {
		const pop = this.#pop;
		const second = pop.secondPosition[a] ?? -1;
		const firstSize = pop.quantity[a] ?? 0;
		const secondSize = second >= 0 ? (pop.quantity[second] ?? 0) : 0;
		const firstMark = marks[pop.market[a] ?? 0] ?? 0;
		const secondMark = second >= 0 ? (marks[pop.market[second] ?? 0] ?? 0) : 0;
		const cash = pop.collateral[a] ?? 0;
		// Every term the exact check adds up (a bracket's amount times the traders is at most the
		// position's notional times its rate), so the allowance outweighs the check's rounding.
		const scale =
			Math.abs(cash) +
			firstSize * (firstMark + (pop.entryPrice[a] ?? 0)) +
			(second >= 0 ? secondSize * (secondMark + (pop.entryPrice[second] ?? 0)) : 0) +
			Math.abs(maintenance);
		const allowance = equity - maintenance - ROUNDING_SHARE * scale;
		if (this.#allowance.length === 0) this.#allocate();
		this.#allowance[a] = allowance;
		this.#cash[a] = cash;
		this.#firstSize[a] = firstSize;
		this.#secondSize[a] = secondSize;
		this.#firstMark[a] = firstMark;
		this.#secondMark[a] = secondMark;
		this.#gate[a] = allowance > 0 ? this.#gateFor(a, allowance) : Number.NaN;
	}
}
