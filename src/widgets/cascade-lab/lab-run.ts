// One lab run: the population's liquidation levels read before the shock, then the run to its end.
import {
	CascadeModel,
	InvalidScenarioError,
	runOf,
	type Scenario,
	type SimulationRun,
} from '../../sim/index';

/** Every BTC position's liquidation level and size as the run starts, as parallel arrays. */
export interface PositionLevels {
	/** Starting price of BTC (USD). */
	readonly price: number;
	/** Liquidation price at the start (USD); NaN when the position has none (1× longs, say). */
	readonly liquidationPrice: Float64Array;
	/** Position value at the starting price, size × price (USD). */
	readonly notionalUsd: Float64Array;
	/** +1 long, −1 short. */
	readonly sign: Int8Array;
}

/** A run with the levels it started from, or the reason it could not run. */
export type LabRun =
	| { readonly ok: true; readonly run: SimulationRun; readonly levels: PositionLevels }
	| { readonly ok: false; readonly message: string };

/**
 * The levels of each population already read, by its liquidation-price array: runs share their
 * population's immutable arrays, so a slider that moves only the shock or the book finds them here.
 */
const levelsByPopulation = new WeakMap<Float64Array, PositionLevels>();

/** Copies the BTC positions' levels out of a model that has not stepped yet (once per population). */
function levelsOf(model: CascadeModel): PositionLevels {
	const pop = model.exchange.pop;
	const known = levelsByPopulation.get(pop.liquidationPrice);
	if (known !== undefined) return known;
	const price = model.scenario.price;
	let count = 0;
	for (let p = 0; p < pop.positionCount; p++) if (pop.market[p] === 0) count++;
	const liquidationPrice = new Float64Array(count);
	const notionalUsd = new Float64Array(count);
	const sign = new Int8Array(count);
	let at = 0;
	for (let p = 0; p < pop.positionCount; p++) {
		if (pop.market[p] !== 0) continue;
		liquidationPrice[at] = pop.liquidationPrice[p] ?? Number.NaN;
		notionalUsd[at] = (pop.quantity[p] ?? 0) * price;
		sign[at] = pop.sign[p] ?? 1;
		at++;
	}
	const levels = { price, liquidationPrice, notionalUsd, sign };
	levelsByPopulation.set(pop.liquidationPrice, levels);
	return levels;
}

/**
 * Builds the model once, reads the levels (sizes change as the run closes positions, so they are
 * copied first), runs it to the end and returns both. Never throws: an invalid scenario comes back
 * as a message for the reader.
 */
export function runLab(scenario: Scenario): LabRun {
	try {
		const model = new CascadeModel(scenario);
		const levels = levelsOf(model);
		model.runToEnd();
		return { ok: true, run: runOf(model), levels };
	} catch (error) {
		if (error instanceof InvalidScenarioError) {
			return { ok: false, message: error.errors.map((e) => e.message).join(' ') };
		}
		throw error;
	}
}
