// Benchmark: population, cascade and whole simulate() at 10k, 100k and 1M accounts, beside a sort.
import { CascadeModel, defaultScenario, simulate } from '../src/sim/index';

/** Median of a few timings (ms). */
function median(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Times `work` `repeats` times after `warmup` untimed runs; returns the median (ms). */
function time(work: () => void, repeats: number, warmup: number): number {
	for (let i = 0; i < warmup; i++) work();
	const samples: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const start = performance.now();
		work();
		samples.push(performance.now() - start);
	}
	return median(samples);
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
