// @ts-check
import { fileURLToPath } from 'node:url';

/**
 * The state layer every page loads (src/lib/state/index.ts and what it needs to read and
 * write records), as one file of its own: the bench and a build-output test weigh it.
 * Paths relative to the project, as in a module id; a folder ends with `/`.
 */
export const STATE_MODULES = [
  'src/lib/state/index.ts',
  'src/lib/state/storage.ts',
  'src/lib/state/namespace.ts',
  'src/lib/state/instance.ts',
  'src/lib/state/notices.ts',
  'src/lib/state/shape.ts',
  'src/lib/state/salvage.ts',
  'src/lib/state/document.ts',
  'src/lib/state/registry.ts',
  'src/lib/state/progress.ts',
  'node_modules/nanostores/',
  'node_modules/@nanostores/persistent/',
];

/**
 * Modules every page with the site's header runs at start, besides the state layer: the
 * page behaviours (src/layouts/page-scripts.ts), the offline worker's status (injected on
 * every page of the public build) and the helpers they share.
 */
export const START_MODULES = [
  'src/layouts/page-scripts.ts',
  'src/components/theme-toggle.ts',
  'src/components/site-menu.ts',
  'src/components/search-dialog.ts',
  'src/components/storage-notices.ts',
  'src/components/status-badges.ts',
  'src/components/unit-progress.ts',
  'src/components/class-session/class-join.ts',
  'src/lib/ui-strings.ts',
  'src/lib/theme.ts',
  'src/lib/keyboard.ts',
  'src/lib/state/badges.ts',
  'src/lib/backup/persist.ts',
  'src/lib/class-session/tab.ts',
  'src/lib/class-session/ids.ts',
  'src/lib/offline/',
  'vite/preload-helper',
];

/**
 * What every unit page's knowledge check and room poll share (the two islands on every
 * unit): attempts, the room's activities and the hand-in gate, and the small helpers under
 * them. Each was a file of under a kilobyte.
 */
export const UNIT_KIT_MODULES = [
  'src/lib/class-session/hand-in-label.ts',
  'src/lib/class-session/activities.ts',
  'src/lib/class-session/body.ts',
  'src/lib/class-session/poll-answers.ts',
  'src/lib/state/attempts.ts',
  'src/lib/assessments/shuffle.ts',
  'src/lib/assessments/checks.ts',
];

/**
 * Svelte's runtime with what always comes with it: Astro's Svelte renderer (the
 * `renderer-url` of every island) and the version mark each compiled component imports,
 * two files of under a kilobyte that every page with an island loaded beside the runtime.
 */
export const SVELTE_MODULES = ['node_modules/svelte/', 'node_modules/@astrojs/svelte/'];

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\\/g, '/');

/**
 * Whether a module id is one of `list`: a project file or folder (`src/…`), a package
 * (`node_modules/…`, wherever it is installed) or a virtual module (`vite/preload-helper`).
 * @param {string[]} list
 * @returns {(id: string) => boolean}
 */
export function matcher(list) {
  return (id) => {
    const path = id.replace(/\\/g, '/').replace(/\?.*$/, '');
    return list.some((entry) =>
      entry.startsWith('src/') ? path.startsWith(ROOT + entry) : path.includes(entry),
    );
  };
}

/**
 * Fewer, larger script files: left to itself the bundler cut what every page runs into some
 * thirty files of under a kilobyte or two, each its own request and each compressed alone.
 * Four groups each become one file: the state layer, the rest of what every page runs at
 * start, the unit kit, and Svelte's runtime with its renderer. What loads on demand (search,
 * the records' export, hand-in, results) stays apart, and so does what only some pages
 * share (grouping the worksheet kit made the units without one heavier). Svelte's runtime
 * is not in the unit kit: that would save another 0.5 KB a unit page, but the Johari peer
 * page (3.7 KB) and the learning record (1.1 KB), which need the runtime and not the kit,
 * would load both.
 * Only the browser build is grouped.
 * @returns {import('astro').AstroIntegration}
 */
export default function chunkGroups() {
  return {
    name: 'chunk-groups',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'chunk-groups',
                configEnvironment(name) {
                  if (name !== 'client') return;
                  return {
                    build: {
                      rolldownOptions: {
                        output: {
                          codeSplitting: {
                            groups: [
                              { name: 'state', test: matcher(STATE_MODULES), priority: 30 },
                              { name: 'start', test: matcher(START_MODULES), priority: 20 },
                              { name: 'unit-kit', test: matcher(UNIT_KIT_MODULES), priority: 10 },
                              { name: 'svelte', test: matcher(SVELTE_MODULES), priority: 5 },
                            ],
                          },
                        },
                      },
                    },
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
