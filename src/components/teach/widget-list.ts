// The four widgets as the teaching hub refers to them: id, name, home chapter, URL prefix and schema.
import { cascadeSchema } from '../../widgets/cascade-lab/params';
import { leverageAmplifierSchema } from '../../widgets/leverage-amplifier/params';
import { marginAccountSchema } from '../../widgets/margin-account/params';
import { squeezeSchema } from '../../widgets/squeeze-lab/params';
import type { ParamSchema } from '../../lib/params';

/** One widget as the teaching pages list it. */
export interface TeachWidget {
	readonly id: 'leverage-amplifier' | 'margin-account' | 'cascade-lab' | 'squeeze-lab';
	readonly name: string;
	/** Site-relative URL of the chapter that embeds it. */
	readonly chapterHref: string;
	/** Prefix of its query keys on that chapter page (the component's default). */
	readonly prefix: string;
	readonly schema: ParamSchema;
}

export const TEACH_WIDGETS: readonly TeachWidget[] = [
	{
		id: 'leverage-amplifier',
		name: 'Leverage amplifier',
		chapterHref: '/chapters/leverage/',
		prefix: '',
		schema: leverageAmplifierSchema,
	},
	{
		id: 'margin-account',
		name: 'Margin account',
		chapterHref: '/chapters/margin/',
		prefix: '',
		schema: marginAccountSchema,
	},
	{
		id: 'cascade-lab',
		name: 'Cascade lab',
		chapterHref: '/chapters/cascade/',
		prefix: 'cl-',
		schema: cascadeSchema,
	},
	{
		id: 'squeeze-lab',
		name: 'Squeeze lab',
		chapterHref: '/chapters/short-squeeze/',
		prefix: 'sq-',
		schema: squeezeSchema,
	},
];

/** The widget with this id, or undefined for anything else (presenter mode's `?widget=`). */
export function teachWidget(id: string | null): TeachWidget | undefined {
	return TEACH_WIDGETS.find((widget) => widget.id === id);
}
