/**
 * npm run package:scorm [-- --mastery 80] [--out dir]
 *
 * Builds the LMS copy of the course (COURSE_TARGET=lms), makes every URL in it relative,
 * indexes it for search, and writes one SCORM 1.2 and one SCORM 2004 4th Edition zip
 * into dist-lms/. Run by Node (type stripping); nothing here ships in a package.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { manifestFor, schemaFolder, type PackageEdition } from './manifest.ts';
import { rewriteFile } from './rewrite.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const LAUNCH = 'lms/index.html';

export interface PackageOptions {
  mastery?: number | undefined;
  outDir: string;
}

/** Every file under `dir`, relative, with `/`, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function parseMastery(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 100)
    throw new Error(`--mastery 应为 0–100 之间的数字，收到「${raw}」`);
  return n;
}

/** The environment of the build: the LMS target, and nothing a caller (a test runner) set for its own Vite. */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, COURSE_TARGET: 'lms' };
  for (const name of ['BASE_PATH', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
  return env;
}

/** Builds the LMS copy into `siteDir` with relative URLs and its search index. */
export function buildLmsSite(siteDir: string): void {
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  rmSync(siteDir, { recursive: true, force: true });
  execFileSync(process.execPath, [bin('astro'), 'build', '--outDir', siteDir], {
    cwd: root,
    env: buildEnv(),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // An LMS never serves a 404 page, and Astro writes this one for the site root.
  rmSync(join(siteDir, '404.html'), { force: true });
  for (const file of listFiles(siteDir)) {
    if (!/\.(html|css|m?js)$/.test(file)) continue;
    const full = join(siteDir, file);
    const text = readFileSync(full, 'utf8');
    const out = rewriteFile(file, text);
    if (out !== text) writeFileSync(full, out);
  }
  // Result URLs keep index.html: an LMS serves files, not folders.
  execFileSync(process.execPath, [bin('pagefind'), '--site', siteDir, '--keep-index-url', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** The launch page of one edition: the packager fills in what the shell needs to know. */
export function shellFor(html: string, edition: PackageEdition, mastery: number | undefined): string {
  return html
    .replace(/data-scorm-edition="[^"]*"/, `data-scorm-edition="${edition}"`)
    .replace(/data-mastery="[^"]*"/, `data-mastery="${mastery ?? ''}"`);
}

/** Zips `siteDir` as a package of `edition`; returns the zip's bytes. */
export function packageSite(
  siteDir: string,
  edition: PackageEdition,
  mastery: number | undefined,
): Uint8Array {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const course = JSON.parse(readFileSync(join(root, 'content/course.json'), 'utf8')) as { title: string };
  const schemaDir = join(root, 'src/lms/schemas', schemaFolder(edition));
  const schemaFiles = readdirSync(schemaDir).filter((f) => /\.(xsd|dtd)$/.test(f));
  const siteFiles = listFiles(siteDir);
  const files: Zippable = {};
  for (const file of siteFiles) {
    let data: Uint8Array = readFileSync(join(siteDir, file));
    if (file === LAUNCH)
      data = new TextEncoder().encode(shellFor(new TextDecoder().decode(data), edition, mastery));
    files[file] = data;
  }
  for (const file of schemaFiles) files[file] = readFileSync(join(schemaDir, file));
  const manifest = manifestFor(edition, {
    identifier: `${pkg.name}-${edition === '1.2' ? 'scorm12' : 'scorm2004'}`,
    title: course.title,
    version: pkg.version,
    mastery,
    launch: LAUNCH,
    files: siteFiles,
  });
  files['imsmanifest.xml'] = new TextEncoder().encode(manifest);
  return zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

export function zipName(edition: PackageEdition): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string };
  return `${pkg.name}-${edition === '1.2' ? 'scorm12' : 'scorm2004'}.zip`;
}

export function packageScorm(options: PackageOptions): string[] {
  const siteDir = join(options.outDir, 'site');
  mkdirSync(options.outDir, { recursive: true });
  buildLmsSite(siteDir);
  const written: string[] = [];
  for (const edition of ['1.2', '2004'] as const) {
    const target = join(options.outDir, zipName(edition));
    writeFileSync(target, packageSite(siteDir, edition, options.mastery));
    written.push(target);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: { mastery: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: false,
  });
  const outDir = values.out ?? join(root, 'dist-lms');
  const written = packageScorm({ mastery: parseMastery(values.mastery), outDir });
  for (const file of written) {
    console.log(`${relative(process.cwd(), file) || file}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
  }
}
