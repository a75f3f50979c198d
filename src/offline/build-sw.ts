/**
 * node src/offline/build-sw.ts [dir]
 *
 * The last step of `npm run build`: writes `sw.js` into the built site (dist/ by default),
 * a Workbox service worker that precaches every file of the site, pagefind's bundle
 * included, so the course works offline once it has been opened. Run by Node (type
 * stripping); nothing here ships to the browser except the generated worker.
 *
 * The worker sits at the site's base (dist/sw.js is served as <base>sw.js), so its scope
 * is the base path and nothing outside it; the precache URLs are relative to it, so the
 * same step serves a root build and a sub-path build. The LMS copy never runs this step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';

/** The worker's file name, at the root of the built site (the page registers `<base>sw.js`). */
export const SW_FILE = 'sw.js';

/** The largest file the precache takes: above the barcode scanner's wasm, the site's biggest file. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Files whose names carry their content hash: Astro's `_astro/` chunks and pagefind's index,
 * fragments and meta. Workbox then skips its cache-busting request for them.
 */
const HASHED = /^(?:_astro\/|pagefind\/(?:fragment|index)\/|pagefind\/[^/]+\.pf_meta$)/;

/** What both the manifest check and the worker precache: every file but the worker itself. */
function manifestOptions(dir: string) {
  return {
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: [SW_FILE, `${SW_FILE}.map`],
    dontCacheBustURLsMatching: HASHED,
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
  };
}

/** The precache manifest of a built site: every URL (relative to the base) and the total bytes. */
export async function precacheManifest(
  dir: string,
): Promise<{ urls: string[]; count: number; size: number }> {
  const { manifestEntries, count, size, warnings } = await getManifest(manifestOptions(dir));
  if (warnings.length) throw new Error(warnings.join('\n'));
  return { urls: (manifestEntries ?? []).map((e) => e.url), count, size };
}

/** Writes `<dir>/sw.js`; returns what it precaches. Throws (failing the build) on any warning. */
export async function buildServiceWorker(dir: string): Promise<{ count: number; size: number }> {
  if (!existsSync(join(dir, 'pagefind', 'pagefind-entry.json')))
    throw new Error(`${dir} 里没有搜索索引：离线缓存要在 pagefind 之后生成。`);
  const { count, size, warnings } = await generateSW({
    ...manifestOptions(dir),
    swDest: join(dir, SW_FILE),
    cacheId: 'cs-course',
    // Page URLs end in '/', and each is a folder's index.html.
    directoryIndex: 'index.html',
    // Pagefind asks for `pagefind-entry.json?ts=<cache tag>`; the precached copy belongs to
    // the same version of the site as the fragments it lists, whatever the tag says.
    ignoreURLParametersMatching: [/^ts$/, /^utm_/],
    // A new version waits until the learner applies it (the page posts SKIP_WAITING), so
    // no page is ever served files of two versions. The first install takes over at once.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  if (warnings.length) throw new Error(warnings.join('\n'));
  return { count, size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dir = process.argv[2] ?? join(root, 'dist');
  const { count, size } = await buildServiceWorker(dir);
  const version = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    version: string;
  };
  if (!process.argv.includes('--quiet'))
    console.log(
      `offline: ${SW_FILE} precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB (pagefind ${version.version})`,
    );
}
