// The simulator's public API: formulas, tiers, scenarios, presets and the cascade run.
export type { Side } from './side';
export { sideSign } from './side';
export type { MarginTier } from './tiers';
export { BINANCE_BTCUSDT_TIERS, maintenanceTier } from './tiers';
export type {
	BankruptcyInput,
	BinanceLiquidationInput,
	HyperliquidLiquidationInput,
	TieredLiquidation,
} from './liquidation-price';
export {
	bankruptcyPrice,
	binanceLiquidationPrice,
	binanceTieredLiquidationPrice,
	hyperliquidLiquidationPrice,
	hyperliquidMaintenanceRate,
} from './liquidation-price';
export type { AssetSpec } from './assets';
export { ETH, HYPERLIQUID_BTC_MAX_LEVERAGE, SOL } from './assets';
export type { ImpactModel, MarkPriceRule, Scenario, Venue } from './scenario';
export { defaultScenario } from './scenario';
export type { BooleanField, ChoiceField, NumberField, ScalarField } from './scenario-schema';
export { ASSET_FIELDS, SCENARIO_FIELDS } from './scenario-schema';
export type { ScenarioError, ScenarioValidation } from './validate';
export { InvalidScenarioError, validateScenario } from './validate';
export type { PresetName } from './presets';
export { PRESET_NAMES, presets } from './presets';
export type {
	AdlEvent,
	FundEvent,
	HaltEvent,
	LiquidationEvent,
	ShockEvent,
	SimEvent,
	StopEvent,
} from './events';
export type { Frame, MarketFrame } from './frames';
export type { MarketSummary, RunMoments, RunSummary } from './summary';
export type { RunAccounting, SimulationRun } from './simulate';
export { runOf, simulate } from './simulate';
export { CascadeModel } from './cascade-model';
export { DEPTH_EXPONENTS, OrderBook } from './order-book';
export type { PathSpec, StandardPaths, StepDistribution } from './price-paths';
export {
	drawStandardPaths,
	firstStepAtOrBelow,
	MINUTES_PER_YEAR,
	normalQuantile,
	pathPrice,
	pathSpecError,
	stepVolatility,
	studentT4Quantile,
} from './price-paths';
export type { LongPlan, PathMarket, PositionLines } from './survival-plan';
export { positionLines, survivalInputError } from './survival-plan';
export type { Exit, PathFate, SurvivalOdds } from './survival';
export {
	liquidationCurve,
	liquidationShare,
	pathFate,
	quantileSorted,
	survivalOdds,
} from './survival';
