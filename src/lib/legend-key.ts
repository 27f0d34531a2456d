// The entries of a chart's key, as ChartLegend draws them; colours are CSS values (palette role tokens).

/** One entry of a chart's key. */
export interface LegendKey {
	/** What the mark stands for, in words. */
	label: string;
	/** A filled square (areas and bars), a stroke (lines) or a circle (points). */
	mark: 'swatch' | 'line' | 'dot';
	/** The mark's stroke or edge colour (a CSS colour). */
	colour: string;
	/** A swatch's or dot's fill (a CSS colour); the edge colour when absent. */
	fill?: string;
	/** The stroke is dashed, as the chart draws it. */
	dashed?: boolean;
	/** The stroke's width, CSS px (2 when absent). */
	weight?: number;
}

/** A CSS colour: a palette role's colour thinned to `percent` % over transparent. */
export function tint(role: string, percent: number): string {
	return `color-mix(in srgb, var(--color-${role}) ${String(percent)}%, transparent)`;
}

/** A CSS colour: a palette role's own colour. */
export function role(name: string): string {
	return `var(--color-${name})`;
}
