import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

export const SUB_PATH = '/x/y/';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    subSiteUrl: string;
  }
}

/**
 * Serves the built site (`npm run build` → dist/) at the root, and builds and serves a
 * second copy under a sub-path, as an IT person would host it on a CDN folder.
 */
export default async function setup(project: TestProject) {
  const root = project.config.root;
  // SITE_DIST points at another build; SKIP_SUBPATH=1 reuses it for the sub-path tests' server
  // as well (quicker while working on one feature; `npm test` always builds both).
  const dist = process.env.SITE_DIST ?? join(root, 'dist');
  if (!existsSync(join(dist, 'pagefind'))) {
    throw new Error(`${dist} 里没有搜索索引：请先运行 npm run build（npm test 会自动执行）。`);
  }
  const subDir = mkdtempSync(join(tmpdir(), 'course-subpath-'));
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  if (!process.env.SKIP_SUBPATH) {
    execFileSync(bin('astro'), ['build', '--outDir', subDir], {
      cwd: root,
      env: { ...process.env, BASE_PATH: SUB_PATH },
      stdio: 'ignore',
    });
    execFileSync(bin('pagefind'), ['--site', subDir, '--quiet'], { cwd: root, stdio: 'inherit' });
    // The offline worker, as `npm run build` writes it (its last step).
    execFileSync(process.execPath, ['src/offline/build-sw.ts', subDir, '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
  }

  const site = await startStaticServer(dist, '/');
  const sub = process.env.SKIP_SUBPATH ? site : await startStaticServer(subDir, SUB_PATH);
  project.provide('siteUrl', site.url);
  project.provide('subSiteUrl', sub.url);

  return async () => {
    await site.close();
    if (sub !== site) await sub.close();
    rmSync(subDir, { recursive: true, force: true });
  };
}
