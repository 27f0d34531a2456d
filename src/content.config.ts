// The content collections: one MDX file per chapter in content/chapters, and one YAML file of teaching notes per chapter in content/teach.
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

/** Teaching notes for one chapter: objectives, a predict–observe–explain activity, discussion, exercises. */
const teach = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/teach' }),
	schema: z.object({
		/** The chapter's slug (its file name without the number), e.g. `leverage`. */
		chapter: z.string().regex(/^[a-z-]+$/),
		objectives: z.array(z.string().min(1)).min(2),
		activity: z.object({
			title: z.string().min(1),
			/** Time the activity takes in class, in minutes. */
			minutes: z.number().int().min(5).max(20),
			widget: widgetId,
			/** Site-relative link that opens the chapter with the widget set up for the activity. */
			scenario: z.string().startsWith('/chapters/'),
			scenarioLabel: z.string().min(1),
			setup: z.string().min(1),
			predict: z.array(z.string().min(1)).min(1),
			observe: z.array(z.string().min(1)).min(1),
			explain: z.array(z.string().min(1)).min(1),
		}),
		discussion: z.array(z.string().min(1)).min(2),
		exercises: z
			.array(z.object({ question: z.string().min(1), answer: z.string().min(1) }))
			.min(3)
			.max(5),
	}),
});

export const collections = { chapters, teach };
