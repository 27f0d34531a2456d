// A sample value for a parameter that differs from its default, for the reference's example links.
import type { ParamDescription } from '../../lib/params';

/** A value in range that is not the default: halfway towards the far end, on the slider's step. */
export function exampleValue(p: ParamDescription): string {
	if (p.kind === 'boolean') return p.default ? '0' : '1';
	if (p.kind === 'choice') {
		const other = p.options.find((option) => option.value !== p.default);
		return (other ?? p.options[0])?.value ?? p.default;
	}
	const target = p.default === p.max ? p.min : p.max;
	const halfway = p.default + (target - p.default) / 2;
	const stepped = Math.round(halfway / p.step) * p.step;
	const value = Math.min(p.max, Math.max(p.min, p.integer ? Math.round(stepped) : stepped));
	return String(Number(value.toPrecision(10)));
}
