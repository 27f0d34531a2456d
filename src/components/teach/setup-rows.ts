// A widget's settings as a worksheet lists them: the main ones and any changed from their default.
import { formatParam, type ParamSchema } from '../../lib/params';

/** One setting as printed: its name and its value as it reads on screen. */
export interface SetupRow {
	readonly key: string;
	readonly label: string;
	readonly value: string;
}

/** Schemas up to this long are listed whole; longer ones keep the main and the changed settings. */
const LIST_ALL_UP_TO = 8;

/**
 * The rows for `values`, in schema order: every parameter of a small schema; of a larger one, the
 * primary parameters and those not at their default, so a lab's twenty knobs do not fill a sheet.
 */
export function setupRows(
	schema: ParamSchema,
	values: Readonly<Record<string, number | boolean | string>>,
): SetupRow[] {
	const whole = schema.length <= LIST_ALL_UP_TO;
	return schema.flatMap((p) => {
		const value = values[p.key] ?? p.default;
		if (!whole && p.primary !== true && value === p.default) return [];
		let text: string;
		if (p.kind === 'number') text = formatParam(p, Number(value));
		else if (p.kind === 'boolean') text = value === true ? 'on' : 'off';
		else text = p.options.find((option) => option.value === value)?.label ?? String(value);
		return [{ key: p.key, label: p.label, value: text }];
	});
}
