// The market picker's words: each starting market's name and a sentence on what it is.
import type { LabPreset } from './params';

export const PRESET_LABELS: Readonly<Record<LabPreset, { label: string; description: string }>> = {
	ordinary: {
		label: 'Ordinary market',
		description: 'BTC at $110,000, 60% of positions long at a median 10×, $20M of depth.',
	},
	calm: {
		label: 'Calm',
		description: 'Balanced sides, modest leverage and a deep book: a small dip barely spreads.',
	},
	'crowded-longs': {
		label: 'Crowded longs',
		description: 'Most positions long at high leverage: the set-up of a long squeeze.',
	},
	'short-squeeze': {
		label: 'Crowded shorts',
		description: 'Three positions in four short at high leverage, pushed up from $91,000.',
	},
	'oct-10-2025': {
		label: '10 Oct 2025',
		description: 'BTC from $122,000 with thin books and a fall spread over ten minutes.',
	},
	'nov-2025': {
		label: '3–4 Nov 2025',
		description: 'A slow five-minute slide from $110,000 at low leverage.',
	},
};
