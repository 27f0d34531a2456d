// Benchmark: population, cascade and whole simulate() at 10k, 100k and 1M accounts, beside a sort,
// then every preset's whole run.
import { CascadeModel, defaultScenario, PRESET_NAMES, presets, simulate } from '../src/sim/index';

/** Median of a few timings (ms). */
function median(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Times `work` `repeats` times after `warmup` untimed runs; returns the median (ms). */
function time(work: () => void, repeats: number, warmup: number): number {
	return timeBoth(work, repeats, warmup).wallMs;
}

/**
 * Median wall time and median CPU time of this process (user + system) over `repeats` runs (ms).
 * CPU time counts only this process's work, so other jobs on a shared machine inflate it less.
 */
function timeBoth(
	work: () => void,
	repeats: number,
	warmup: number,
): { wallMs: number; cpuMs: number } {
	for (let i = 0; i < warmup; i++) work();
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const cpuStart = process.cpuUsage();
		const start = performance.now();
		work();
		wall.push(performance.now() - start);
		const used = process.cpuUsage(cpuStart);
		cpu.push((used.user + used.system) / 1000);
	}
	return { wallMs: median(wall), cpuMs: median(cpu) };
}

/** A reproducible array of n numbers to sort (the same LCG the simulator uses). */
function randomKeys(n: number): Float64Array {
	const keys = new Float64Array(n);
	let state = 12_345;
	for (let i = 0; i < n; i++) {
		state = (Math.imul(1_664_525, state) + 1_013_904_223) >>> 0;
		keys[i] = state / 4_294_967_296;
	}
	return keys;
}

const rows: string[] = [];
for (const [accounts, repeats, warmup] of [
	[10_000, 31, 10],
	[100_000, 11, 3],
	[1_000_000, 3, 1],
] as const) {
	const scenario = { ...defaultScenario(), accounts };
	const keys = randomKeys(accounts);
	const sortMs = time(() => keys.slice().sort(), repeats, warmup);
	const buildMs = time(() => new CascadeModel(scenario), repeats, warmup);
	const model = new CascadeModel(scenario);
	const cascadeMs = time(
		() => {
			model.reset();
			model.runToEnd();
		},
		repeats,
		warmup,
	);
	const totalMs = time(() => simulate(scenario), repeats, warmup);
	const run = simulate(scenario);
	rows.push(
		`| ${accounts.toLocaleString('en-US')} | ${buildMs.toFixed(2)} | ${cascadeMs.toFixed(2)} | ${totalMs.toFixed(2)} | ${sortMs.toFixed(2)} | ${(cascadeMs / sortMs).toFixed(2)} | ${String(run.summary.ticks)} | ${String(run.events.length)} |`,
	);
}

console.log(`Node ${process.version}, default scenario (shock −3%), median of repeated runs.\n`);
console.log(
	'| accounts | population + queues (ms) | cascade run (ms) | simulate() total (ms) | sort Float64Array (ms) | cascade / sort | ticks | events |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);

const presetRows: string[] = [];
for (const name of PRESET_NAMES) {
	const scenario = presets[name];
	const { wallMs, cpuMs } = timeBoth(() => simulate(scenario), 5, 1);
	const run = simulate(scenario);
	presetRows.push(
		`| ${name} | ${scenario.accounts.toLocaleString('en-US')} | ${String(scenario.otherAssets.length + 1)} | ${wallMs.toFixed(1)} | ${cpuMs.toFixed(1)} | ${String(run.summary.ticks)} | ${String(run.events.length)} |`,
	);
}
console.log('\nPresets, whole simulate(), median of 5 runs after 1 warm-up.\n');
console.log('| preset | accounts | markets | wall (ms) | CPU (ms) | ticks | events |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const row of presetRows) console.log(row);
