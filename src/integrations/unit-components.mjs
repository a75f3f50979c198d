// @ts-check
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Each unit imports only the exercise wrappers and diagrams it places. A lecture's
 * `<Exercise id="swot" />` is rewritten, before the MDX is compiled, to
 * `<Exercise wrapper={…} id="swot" />` with an import of that exercise's wrapper at the top
 * of the file; a diagram tag (`<ServiceGaps />`, a file in src/components/diagrams/) gets
 * its import. They (and their islands' CSS) are then part of that unit's module graph only,
 * so Astro ships their stylesheets to that unit's reading and presenter pages and to no
 * other page (issue 19). Importing every wrapper from `Exercise.astro` and every diagram
 * from components/mdx put all of their CSS on every unit page.
 */

const PREFIX = 'virtual:exercise-wrapper/';
const RESOLVED = '\0exercise-wrapper:';
const TAG = /<Exercise(\s+)id="([^"]+)"/g;

/**
 * The wrapper each exercise names in its catalogue entry (`component` in
 * src/lib/<folder>/exercise.ts), read from the source so the build needs no TypeScript
 * loader. A unit test holds this map equal to the catalogue (src/lib/exercises.ts).
 * @param {string} root the project folder
 * @returns {Map<string, string>} exercise id → wrapper name
 */
export function wrapperNames(root) {
  const lib = join(root, 'src/lib');
  /** @type {Map<string, string>} */
  const names = new Map();
  for (const folder of readdirSync(lib)) {
    const file = join(lib, folder, 'exercise.ts');
    if (!existsSync(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const [, body] of source.matchAll(/=\s*\{([^{}]*)\}\s*as const satisfies ExerciseEntry/g)) {
      const id = body?.match(/\bid:\s*'([^']+)'/)?.[1];
      const component = body?.match(/\bcomponent:\s*'([^']+)'/)?.[1];
      if (id && component) names.set(id, component);
    }
  }
  return names;
}

/**
 * Adds the imports of the wrappers and diagrams a lecture places and hands each
 * `<Exercise>` its wrapper.
 * @param {string} source the MDX file, front matter included
 * @param {Map<string, string>} diagrams diagram name → its .astro file
 * @returns {string}
 */
export function importUnitComponents(source, diagrams = new Map()) {
  const ids = [...new Set([...source.matchAll(TAG)].map((m) => /** @type {string} */ (m[2])))];
  const used = [...new Set([...source.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)].map((m) => m[1]))].filter(
    (name) => name !== undefined && diagrams.has(name),
  );
  if (ids.length === 0 && used.length === 0) return source;
  const local = (/** @type {string} */ id) => `__exercise_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
  const imports = [
    ...ids.map((id) => `import * as ${local(id)} from '${PREFIX}${id}';`),
    ...used.map(
      (name) => `import ${name} from ${JSON.stringify(diagrams.get(/** @type {string} */ (name)))};`,
    ),
  ].join('\n');
  const body = source.replace(TAG, (_, space, id) => `<Exercise${space}wrapper={${local(id)}} id="${id}"`);
  // The import block goes after the front matter and needs a blank line after it (mdxjs-rs).
  const frontMatter = body.match(/^---\r?\n[\s\S]*?\r?\n---\r?\n/)?.[0] ?? '';
  return `${frontMatter}\n${imports}\n\n${body.slice(frontMatter.length)}`;
}

/**
 * The Astro integration.
 * @returns {import('astro').AstroIntegration}
 */
export default function unitComponents() {
  return {
    name: 'unit-components',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = config.root.pathname;
        const lectures = join(root, 'content/lectures/');
        const diagramDir = join(root, 'src/components/diagrams');
        const diagrams = new Map(
          readdirSync(diagramDir)
            .filter((f) => f.endsWith('.astro'))
            .map((f) => [f.replace(/\.astro$/, ''), join(diagramDir, f)]),
        );
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'unit-components',
                enforce: 'pre',
                resolveId(id) {
                  return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
                },
                load(id) {
                  if (!id.startsWith(RESOLVED)) return undefined;
                  const exercise = id.slice(RESOLVED.length);
                  const names = wrapperNames(root);
                  const component = names.get(exercise);
                  if (!component) {
                    throw new Error(
                      `<Exercise id="${exercise}"> 不存在。可用的练习：${[...names.keys()].join('、')}`,
                    );
                  }
                  const file = join(root, 'src/components/exercises', `${component}.astro`);
                  if (!existsSync(file)) {
                    // A renamed or missing wrapper must stop the build, not ship the unit without it.
                    throw new Error(
                      `练习 ${exercise} 的组件 src/components/exercises/${component}.astro 不存在：` +
                        `请检查该练习 exercise.ts 里的 component 与文件名是否一致。`,
                    );
                  }
                  return `export { default } from ${JSON.stringify(file)};\nexport const component = ${JSON.stringify(component)};\n`;
                },
                transform: {
                  order: 'pre',
                  handler(code, id) {
                    if (!id.startsWith(lectures) || !id.endsWith('.mdx')) return undefined;
                    return { code: importUnitComponents(code, diagrams), map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
