// WorkerJob and WorkerRun: newest request wins, stale answers dropped, failures kept apart, fallback.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { WorkerJob, type JobAnswer, type JobMessage } from '../../src/lib/worker-job';
import { WorkerRun } from '../../src/lib/worker-run.svelte';

/** A stand-in worker: keeps what it is sent and answers only when the test says so. */
class FakeWorker {
	static made: FakeWorker[] = [];
	sent: JobMessage<number>[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent<JobAnswer<number>>) => void) | null = null;
	onerror: ((event: { preventDefault: () => void }) => void) | null = null;
	constructor() {
		FakeWorker.made.push(this);
	}
	postMessage(message: JobMessage<number>): void {
		this.sent.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
	/** Answers the oldest message still waiting: doubled, or failed when `fail` is given. */
	answer(fail?: string): void {
		const message = this.sent.shift();
		if (message === undefined) throw new Error('nothing to answer');
		const data: JobAnswer<number> =
			fail === undefined
				? { id: message.id, ok: true, result: message.request * 2 }
				: { id: message.id, ok: false, message: fail };
		this.onmessage?.({ data } as MessageEvent<JobAnswer<number>>);
	}
	crash(): void {
		this.onerror?.({ preventDefault: () => undefined });
	}
}

interface Log {
	results: [number, number][];
	errors: [string, number][];
}

function jobOf(log: Log, create: () => Worker | null): WorkerJob<number, number> {
	return new WorkerJob<number, number>({
		create,
		here: (n) => {
			if (n < 0) throw new Error(`no run for ${String(n)}`);
			return n * 2;
		},
		onresult: (result, request) => log.results.push([result, request]),
		onerror: (message, request) => log.errors.push([message, request]),
	});
}

beforeEach(() => {
	FakeWorker.made = [];
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('WorkerJob with a worker', () => {
	const fake = (): Worker => new FakeWorker() as unknown as Worker;
	const worker = (): FakeWorker => {
		const w = FakeWorker.made[0];
		if (w === undefined) throw new Error('no worker');
		return w;
	};

	test.each([
		{
			name: 'one request, one answer',
			steps: (job: WorkerJob<number, number>) => {
				job.request(1);
				worker().answer();
			},
			results: [[2, 1]],
			errors: [],
		},
		{
			name: 'a request made while one runs supersedes it: its answer is dropped',
			steps: (job: WorkerJob<number, number>) => {
				job.request(1);
				job.request(2);
				job.request(3);
				worker().answer(); // 1's answer: stale
				worker().answer(); // 3, sent once 1 came back; 2 was never sent
			},
			results: [[6, 3]],
			errors: [],
		},
		{
			name: 'a failure reaches onerror with its message, and later requests still run',
			steps: (job: WorkerJob<number, number>) => {
				job.request(4);
				worker().answer('out of range');
				job.request(5);
				worker().answer();
			},
			results: [[10, 5]],
			errors: [['out of range', 4]],
		},
		{
			name: 'cancel drops the answer under way',
			steps: (job: WorkerJob<number, number>) => {
				job.request(1);
				job.cancel();
				worker().answer();
			},
			results: [],
			errors: [],
		},
		{
			name: 'a crashed worker hands its job to the main thread',
			steps: (job: WorkerJob<number, number>) => {
				job.request(7);
				worker().crash();
				vi.runAllTimers();
				job.request(8);
				vi.runAllTimers();
			},
			results: [
				[14, 7],
				[16, 8],
			],
			errors: [],
		},
	])('$name', ({ steps, results, errors }) => {
		vi.stubGlobal('Worker', FakeWorker);
		const log: Log = { results: [], errors: [] };
		const job = jobOf(log, fake);
		steps(job);
		expect(log.results).toEqual(results);
		expect(log.errors).toEqual(errors);
		expect(FakeWorker.made.length).toBe(1);
		job.destroy();
		expect(worker().terminated).toBe(true);
	});

	test('only the newest request is sent after the running one', () => {
		vi.stubGlobal('Worker', FakeWorker);
		const job = jobOf({ results: [], errors: [] }, fake);
		job.request(1);
		job.request(2);
		job.request(3);
		expect(worker().sent.map((m) => m.request)).toEqual([1]);
		worker().answer();
		expect(worker().sent.map((m) => m.request)).toEqual([3]);
		expect(job.pending).toBe(true);
		worker().answer();
		expect(job.pending).toBe(false);
	});
});

describe('WorkerJob without Worker', () => {
	test.each([
		{ name: 'no Worker at all', create: () => null },
		{
			name: 'a Worker that cannot start',
			create: () => {
				throw new Error('blocked');
			},
		},
	])('$name: runs in a later task on the main thread, newest only', ({ create }) => {
		if (create === undefined) return;
		const log: Log = { results: [], errors: [] };
		const job = jobOf(log, create);
		job.request(1);
		job.request(2);
		job.request(-1);
		expect(log.results).toEqual([]);
		vi.runAllTimers();
		expect(log.results).toEqual([]);
		expect(log.errors).toEqual([['no run for -1', -1]]);
		job.request(21);
		vi.runAllTimers();
		expect(log.results).toEqual([[42, 21]]);
	});
});

describe('WorkerRun', () => {
	const options = {
		key: () => 'a',
		request: () => 1,
		job: {
			create: () => null,
			here: (n: number) => {
				if (n < 0) throw new Error('negative');
				return n * 10;
			},
		},
	};

	test('shows what it is given, keeps it through a failure and says why', () => {
		const run = new WorkerRun(options, { key: 'a', view: 10 });
		expect([run.view, run.fresh, run.running, run.failed]).toEqual([10, true, false, false]);
		run.fail('a', 'no luck');
		expect([run.view, run.error, run.failed]).toEqual([10, 'no luck', true]);
		run.show('b', 20);
		expect([run.view, run.viewKey, run.error, run.fresh]).toEqual([20, 'b', '', false]);
	});

	test('computeNow runs the current request here once, and a throw becomes the error', () => {
		const run = new WorkerRun(options);
		expect(run.view).toBeNull();
		run.computeNow();
		expect([run.view, run.fresh]).toEqual([10, true]);
		const bad = new WorkerRun({ ...options, request: () => -1 });
		bad.computeNow();
		expect([bad.view, bad.error, bad.failed]).toEqual([null, 'negative', true]);
	});
});
