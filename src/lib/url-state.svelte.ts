// Keeps a widget's parameter values in the page URL: read after hydration, written back debounced.
import { untrack } from 'svelte';
import { pageSearch, replacePageQuery } from './page-url';
import {
	defaultValues,
	parseParams,
	writeParams,
	type ParamSchema,
	type ParamValues,
} from './params';

/** Options of a widget's URL state. */
export interface UrlStateOptions<S extends ParamSchema> {
	/** Prefix of this widget's query keys, so several widgets can share one page URL. */
	readonly prefix?: string;
	/** Values to start from instead of the schema defaults (a chapter's chosen setup). */
	readonly initial?: Partial<ParamValues<S>>;
	/** Quiet time before the URL is rewritten (ms). */
	readonly debounceMs?: number;
}

/**
 * A widget's values, mirrored in the URL. The server render and the first client render use the
 * initial values (so hydration matches the static HTML); `connect()` then applies the URL's values
 * and keeps the URL current with `history.replaceState`. A URL without this widget's keys is left
 * clean until the reader changes something; from then on it holds the full state.
 */
export class UrlState<S extends ParamSchema> {
	readonly schema: S;
	readonly prefix: string;
	/** The current values; controls may write to them directly. */
	values: ParamValues<S>;
	/** What reading the URL had to change, as plain-text sentences. */
	notices: string[] = $state([]);
	readonly #start: ParamValues<S>;
	readonly #debounceMs: number;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#pending: string | null = null;

	constructor(schema: S, options: UrlStateOptions<S> = {}) {
		this.schema = schema;
		this.prefix = options.prefix ?? '';
		this.#debounceMs = options.debounceMs ?? 250;
		this.#start = { ...defaultValues(schema), ...options.initial };
		this.values = $state({ ...this.#start });
	}

	/** Starts syncing with the URL; call once while the owning component initialises. */
	connect(): void {
		let last: string | null = null;
		$effect(() => {
			const search = pageSearch();
			const present = this.schema.some((p) => search.has(this.prefix + p.key));
			untrack(() => {
				if (present) {
					const parsed = parseParams(this.schema, search, this.prefix);
					Object.assign(this.values, parsed.values);
					this.notices = parsed.notices;
				}
				// A clean URL stays clean until the reader changes something.
				last = present ? null : this.query();
			});
			return () => {
				if (this.#pending !== null) this.flush();
			};
		});
		$effect(() => {
			const query = this.query();
			if (query === last) return;
			last = query;
			this.#schedule(query);
		});
	}

	/** This widget's state as a query string (prefixed keys only). */
	query(): string {
		return writeParams(this.schema, this.values, this.prefix).toString();
	}

	/** Writes the full current state to the URL now (before sharing, say). */
	flush(): void {
		clearTimeout(this.#timer);
		this.#pending = null;
		this.#write(this.query());
	}

	/** Back to the starting values; the URL follows. */
	reset(): void {
		Object.assign(this.values, this.#start);
		this.notices = [];
	}

	/** Hides the notices once read. */
	dismissNotices(): void {
		this.notices = [];
	}

	#schedule(query: string): void {
		this.#pending = query;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#pending = null;
			this.#write(query);
		}, this.#debounceMs);
	}

	#write(query: string): void {
		replacePageQuery(
			this.schema.map((p) => this.prefix + p.key),
			query,
		);
	}
}

/**
 * Copies the page address to the clipboard. Resolves true when copied, false when the clipboard is
 * unavailable or refused (the caller then shows the address in a field to copy by hand).
 */
export async function copyPageUrl(): Promise<boolean> {
	if (typeof navigator === 'undefined' || typeof window === 'undefined') return false;
	try {
		await navigator.clipboard.writeText(window.location.href);
		return true;
	} catch {
		return false;
	}
}
