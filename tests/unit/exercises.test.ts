// @vitest-environment jsdom
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exercises, exerciseIds, isExerciseId } from '../../src/lib/exercises';
import { docTypeFor } from '../../src/lib/state/registry';
import { draftKey } from '../../src/lib/state/drafts';
import { attemptsKey } from '../../src/lib/state/attempts';
import { importUnitComponents, wrapperNames } from '../../src/integrations/unit-components.mjs';

const root = join(import.meta.dirname, '../..');
const exists = (path: string) => existsSync(join(root, path));
const units = readdirSync(join(root, 'content/lectures')).map((f) => f.replace(/\.mdx$/, ''));

describe.each(exerciseIds)('exercise %s', (id) => {
  const entry = exercises[id];

  it('has a registered stored form, so 我的学习 can export and import it', () => {
    const key = entry.stores === 'attempts' ? attemptsKey(id) : draftKey(id);
    expect(docTypeFor(key)).toBeDefined();
  });

  it('has the wrapper its catalogue entry names, so a unit never ships without it', () => {
    expect(exists(`src/components/exercises/${entry.component}.astro`)).toBe(true);
  });

  it('keeps its island in the folder named by its id', () => {
    const folder = entry.stores === 'attempts' ? 'assessment' : id;
    expect(exists(`src/islands/${folder}/`)).toBe(true);
    if (entry.stores === 'draft') expect(exists(`src/islands/${id}/${entry.component}.svelte`)).toBe(true);
  });

  it('defines itself in lib/<id>/exercise.ts', () => {
    const folder = entry.stores === 'attempts' ? 'assessments' : id;
    expect(exists(`src/lib/${folder}/exercise.ts`)).toBe(true);
  });

  it('belongs to a unit that exists', () => {
    expect(units).toContain(entry.unit);
  });
});

describe('isExerciseId', () => {
  it.each([
    ['swot', true],
    ['grow-planner', true],
    ['grow', false],
    ['constructor', false],
    ['__proto__', false],
  ])('%s → %s', (id, expected) => {
    expect(isExerciseId(id)).toBe(expected);
  });
});

describe('each unit imports its own exercise wrappers and diagrams', () => {
  it('reads the same wrapper names as the catalogue, so the build finds every wrapper', () => {
    const names = wrapperNames(root);
    expect(Object.fromEntries(names)).toEqual(
      Object.fromEntries(exerciseIds.map((id) => [id, exercises[id].component])),
    );
  });

  it('hands each <Exercise> its wrapper and imports it after the front matter', () => {
    const mdx = '---\ntitle: x\n---\n\n## 一\n\n<Exercise id="grow-planner" />\n\n<ServiceGaps />\n';
    const out = importUnitComponents(mdx, new Map([['ServiceGaps', '/d/ServiceGaps.astro']]));
    expect(out).toMatch(
      /^---\ntitle: x\n---\n\nimport \* as __exercise_grow_planner from 'virtual:exercise-wrapper\/grow-planner';\nimport ServiceGaps from "\/d\/ServiceGaps.astro";\n\n/,
    );
    expect(out).toContain('<Exercise wrapper={__exercise_grow_planner} id="grow-planner" />');
  });

  it('leaves a unit without exercises or diagrams as it is', () => {
    expect(importUnitComponents('---\na: 1\n---\n\n<Tip>x</Tip>\n')).toBe('---\na: 1\n---\n\n<Tip>x</Tip>\n');
  });
});
