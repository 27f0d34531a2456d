// The content collections: one MDX file per chapter in content/chapters, with a checked frontmatter.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** A widget id as used in src/widgets/<id>/, e.g. `leverage-amplifier`. */
const widgetId = z.string().regex(/^[a-z-]+$/, 'a widget id is lowercase words joined by hyphens');

const chapters = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: './content/chapters' }),
	schema: z.object({
		/** The chapter's heading and the first part of its page title. */
		title: z.string().min(1),
		/** One or two sentences: shown under the title, in the chapter list and in link previews. */
		summary: z.string().min(1).max(320),
		/** Position in the story, 1–8; also the chapter number shown to readers. */
		order: z.number().int().min(1).max(8),
		/** The widgets the chapter embeds, by id. */
		widgets: z.array(widgetId),
	}),
});

export const collections = { chapters };
