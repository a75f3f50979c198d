import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  matcher,
  START_MODULES,
  STATE_MODULES,
  SVELTE_MODULES,
  UNIT_KIT_MODULES,
} from '../../../src/integrations/chunk-groups.mjs';

const root = join(import.meta.dirname, '../../..');

describe('chunk groups', () => {
  it('names only files and folders that exist, so a rename cannot drop a module from its group', () => {
    for (const entry of [...STATE_MODULES, ...START_MODULES, ...UNIT_KIT_MODULES, ...SVELTE_MODULES]) {
      if (entry.startsWith('vite/')) continue;
      expect(existsSync(join(root, entry)), entry).toBe(true);
    }
  });

  it('puts no module in two groups', () => {
    const all = [...STATE_MODULES, ...START_MODULES, ...UNIT_KIT_MODULES, ...SVELTE_MODULES];
    expect(new Set(all).size).toBe(all.length);
  });

  it('matches project files by their path from the root, packages wherever they are installed', () => {
    const state = matcher(STATE_MODULES);
    const start = matcher(START_MODULES);
    expect(state(join(root, 'src/lib/state/registry.ts'))).toBe(true);
    expect(state('/elsewhere/node_modules/nanostores/atom/index.js')).toBe(true);
    expect(start(join(root, 'src/lib/offline/element.ts'))).toBe(true);
    expect(start('\0vite/preload-helper.js')).toBe(true);
    expect(start(`${join(root, 'src/components/site-menu.ts')}?v=1`)).toBe(true);
    // Islands are not grouped: Svelte's runtime stays out of what every page runs at start.
    expect(start(join(root, 'node_modules/svelte/src/internal/client/runtime.js'))).toBe(false);
    // Svelte's runtime shares its file with the renderer and the version mark, nothing else.
    const svelte = matcher(SVELTE_MODULES);
    expect(svelte(join(root, 'node_modules/svelte/src/internal/disclose-version.js'))).toBe(true);
    expect(svelte(join(root, 'node_modules/@astrojs/svelte/dist/client.svelte.js'))).toBe(true);
    expect(svelte(join(root, 'src/lib/state/use-draft.svelte.ts'))).toBe(false);
    // The same path inside a package is not the project's file.
    expect(start(join(root, 'node_modules/x/src/lib/theme.ts'))).toBe(false);
    // The unit kit holds plain modules only: a Svelte component in it would bring Svelte's
    // runtime along, and every page that needs the runtime would then load the kit too.
    expect(UNIT_KIT_MODULES.filter((entry) => entry.endsWith('.svelte'))).toEqual([]);
    // What loads on demand stays out of every group.
    for (const lazy of [
      'src/lib/state/notice-messages.ts',
      'src/lib/state/session.ts',
      'src/lib/backup/keeping.ts',
      'src/lib/class-session/trainee-strings.ts',
      'src/islands/class-session/HandIn.svelte',
    ])
      expect(
        [state, start, matcher(UNIT_KIT_MODULES), svelte].some((test) => test(join(root, lazy))),
        lazy,
      ).toBe(false);
  });
});
