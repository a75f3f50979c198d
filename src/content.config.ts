import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { unitSchema } from './lib/schemas/unit';
import { courseSchema } from './lib/schemas/course';
import { checkSchema } from './lib/schemas/check';

/** Course text lives in the top-level content/ folder, not in src/. */
const lectures = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/lectures' }),
  schema: unitSchema,
});

const checks = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/checks' }),
  schema: checkSchema,
});

const course = defineCollection({
  loader: glob({ pattern: 'course.json', base: './content' }),
  schema: courseSchema,
});

export const collections = { lectures, checks, course };
