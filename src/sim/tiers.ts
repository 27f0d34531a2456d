// Maintenance-margin brackets: the table a venue publishes, and the lookup of a notional's bracket.

/** One notional bracket of a venue's maintenance-margin table. */
export interface MarginTier {
	/** Lower bound of the bracket, inclusive (USD notional). */
	readonly floorUsd: number;
	/** Upper bound of the bracket, exclusive (USD notional). */
	readonly capUsd: number;
	/** Highest leverage the venue allows in this bracket (×). */
	readonly maxLeverage: number;
	/** Maintenance-margin rate (fraction of notional). */
	readonly maintenanceMarginRate: number;
	/** Maintenance amount `cum`, subtracted from notional × rate (USD). */
	readonly maintenanceAmount: number;
}

/**
 * Binance BTCUSDT USDⓈ-M brackets, October 2024 snapshot of the leverage-bracket API
 * (shared/domain/mechanics.md §2). cum_n = floor_n × (MMR_n − MMR_(n−1)) + cum_(n−1).
 */
export const BINANCE_BTCUSDT_TIERS: readonly MarginTier[] = [
	tier(0, 50e3, 125, 0.004, 0),
	tier(50e3, 600e3, 100, 0.005, 50),
	tier(600e3, 3e6, 75, 0.0065, 950),
	tier(3e6, 12e6, 50, 0.01, 11_450),
	tier(12e6, 70e6, 25, 0.02, 131_450),
	tier(70e6, 100e6, 20, 0.025, 481_450),
	tier(100e6, 230e6, 10, 0.05, 2_981_450),
	tier(230e6, 480e6, 5, 0.1, 14_481_450),
	tier(480e6, 600e6, 4, 0.125, 26_481_450),
	tier(600e6, 800e6, 3, 0.15, 41_481_450),
	tier(800e6, 1.2e9, 2, 0.25, 121_481_450),
	tier(1.2e9, 1.8e9, 1, 0.5, 421_481_450),
];

function tier(
	floorUsd: number,
	capUsd: number,
	maxLeverage: number,
	maintenanceMarginRate: number,
	maintenanceAmount: number,
): MarginTier {
	return { floorUsd, capUsd, maxLeverage, maintenanceMarginRate, maintenanceAmount };
}

/**
 * The bracket holding a notional (USD). Notionals past the last cap stay in the last bracket,
 * as the venue would refuse to open more; negative input is treated as its absolute value.
 */
export function maintenanceTier(notionalUsd: number, tiers: readonly MarginTier[]): MarginTier {
	const notional = Math.abs(notionalUsd);
	for (const t of tiers) {
		if (notional < t.capUsd) return t;
	}
	const last = tiers.at(-1);
	if (last === undefined) throw new Error('maintenanceTier: the tier table is empty');
	return last;
}
