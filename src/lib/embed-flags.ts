// The render flags an embed page takes besides its widget's own keys: theme, controls, autoplay, title.

/** One render flag: its query key, the values it accepts, its default and what it does. */
export interface EmbedFlag {
	readonly key: string;
	/** Accepted values, exactly as written in the URL; anything else is ignored. */
	readonly values: readonly string[];
	readonly default: string;
	readonly description: string;
}

export const EMBED_FLAGS = [
	{
		key: 'theme',
		values: ['auto', 'light', 'dark'],
		default: 'auto',
		description: "Colour scheme: 'auto' follows the reader's system setting.",
	},
	{
		key: 'controls',
		values: ['full', 'minimal', 'none'],
		default: 'full',
		description:
			"'full' shows every control; 'minimal' keeps the main slider(s) and play; 'none' shows the picture alone.",
	},
	{
		key: 'autoplay',
		values: ['0', '1'],
		default: '0',
		description:
			'1 plays the run once the widget scrolls into view (widgets that play over time; reduced motion shows the end at once).',
	},
	{
		key: 'title',
		values: ['1', '0'],
		default: '1',
		description: "0 hides the widget's title (it stays available to screen readers).",
	},
] as const satisfies readonly EmbedFlag[];

/** The flags' settings, typed. */
export interface EmbedFlags {
	theme: 'auto' | 'light' | 'dark';
	controls: 'full' | 'minimal' | 'none';
	autoplay: boolean;
	title: boolean;
}

export const DEFAULT_FLAGS: Readonly<EmbedFlags> = {
	theme: 'auto',
	controls: 'full',
	autoplay: false,
	title: true,
};

/** The accepted values of each flag by key, for the embed page's inline script. */
export function allowedFlagValues(): Record<string, readonly string[]> {
	return Object.fromEntries(EMBED_FLAGS.map((flag) => [flag.key, flag.values]));
}

/** The flags as query pairs, leaving out those at their default so links stay short. */
export function flagParams(flags: EmbedFlags): [string, string][] {
	const pairs: [string, string][] = [];
	if (flags.theme !== DEFAULT_FLAGS.theme) pairs.push(['theme', flags.theme]);
	if (flags.controls !== DEFAULT_FLAGS.controls) pairs.push(['controls', flags.controls]);
	if (flags.autoplay !== DEFAULT_FLAGS.autoplay)
		pairs.push(['autoplay', flags.autoplay ? '1' : '0']);
	if (flags.title !== DEFAULT_FLAGS.title) pairs.push(['title', flags.title ? '1' : '0']);
	return pairs;
}

/** True when `key` is a render flag rather than a widget's own parameter. */
export function isFlagKey(key: string): boolean {
	return EMBED_FLAGS.some((flag) => flag.key === key);
}
