// The content collections: chapters (MDX), teaching notes (YAML), the glossary, the sources list and doc/model.md.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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
		chapter: z.string().regex(/^[a-z0-9-]+$/),
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

/** The glossary: one entry per term, keyed by the id that `<Term id>` and /glossary/#id use. */
const glossary = defineCollection({
	loader: file('./content/glossary.yaml'),
	schema: z.object({
		term: z.string().min(1),
		abbr: z.string().min(1).optional(),
		aliases: z.array(z.string().min(1)).default([]),
		/** Plain text (it is also the pop-up in the chapters), a few sentences. */
		definition: z.string().min(20).max(420),
		related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
		/** Phrases that count as a chapter using the term; see the comment atop glossary.yaml. */
		match: z.array(z.string().min(1)).optional(),
	}),
});

/** The sources the chapters' notes cite; src/lib/sources.ts matches each note to them. */
const sources = defineCollection({
	loader: file('./content/sources.json'),
	schema: z.object({
		publisher: z.string().min(1),
		title: z.string().min(1),
		kind: z.enum(['exchange', 'data', 'research', 'press', 'project']),
		/** An https address, or a site-relative one for the project's own pages. */
		url: z
			.string()
			.regex(/^(https:\/\/|\/)\S+$/)
			.optional(),
		usedFor: z.string().min(1),
		match: z.array(z.string().min(3)).min(1),
	}),
});

/** The project's documents rendered on the site: doc/model.md at /about/. */
const docs = defineCollection({
	loader: glob({ pattern: 'model.md', base: './doc' }),
});

export const collections = { chapters, teach, glossary, sources, docs };
