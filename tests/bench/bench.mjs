// Prints build time, JS/CSS weight per page (raw and gzip), the search index size and the
// largest HTML page. Figures to watch over time, not assertions.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');

const started = performance.now();
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const files = walk(dist);
const size = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sum = (list) =>
  list.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });

const js = files.filter((f) => f.endsWith('.js') && !f.includes('/pagefind/'));
const css = files.filter((f) => f.endsWith('.css') && !f.includes('/pagefind/'));
const pagefind = files.filter((f) => f.includes('/pagefind/'));
const html = files.filter((f) => f.endsWith('.html'));

console.log(`build time            ${buildSeconds.toFixed(1)} s`);
const totalJs = sum(js.map(size));
const totalCss = sum(css.map(size));
console.log(`all JS                ${kb(totalJs.raw)} raw, ${kb(totalJs.gzip)} gzip (${js.length} files)`);
console.log(`all CSS               ${kb(totalCss.raw)} raw, ${kb(totalCss.gzip)} gzip (${css.length} files)`);
console.log(`pagefind bundle       ${kb(sum(pagefind.map(size)).raw)} (${pagefind.length} files)`);

/** A script and every module it imports statically, as files in dist/. */
function closure(entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !files.includes(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) visit(join(file, '..', m[1]));
  };
  entries.forEach(visit);
  return [...seen];
}

const stateChunk = js.filter((f) => /\/state\.[^/]+\.js$/.test(f));
for (const f of stateChunk) {
  const s = size(f);
  console.log(`state layer chunk     ${kb(s.raw)} raw, ${kb(s.gzip)} gzip (budget 6 KB gzip)`);
}

console.log(
  '\nper page: JS loaded at start (with its imports) / islands hydrated later (with imports) / CSS',
);
for (const page of html.sort()) {
  const text = readFileSync(page, 'utf8');
  const refs = (pattern) =>
    [...text.matchAll(pattern)].map((m) => join(dist, m[1].replace(/^\/[^_]*?(?=_astro\/)/, '/')));
  const scripts = closure(refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g));
  const islands = closure([...refs(/component-url="([^"]+)"/g), ...refs(/renderer-url="([^"]+)"/g)]).filter(
    (f) => !scripts.includes(f),
  );
  const styles = refs(/<link rel="stylesheet" href="([^"]+)"/g);
  const f = (list) => {
    const s = sum(list.filter((p) => files.includes(p)).map(size));
    return `${kb(s.raw)} (${kb(s.gzip)} gz)`;
  };
  console.log(
    `  ${relative(dist, page).padEnd(34)} start ${f(scripts).padEnd(22)} islands ${f(islands).padEnd(22)} css ${f(styles)}`,
  );
}

// Class sessions (issue 13): what a trainee's unit page carries for 交给讲师 and polls, and
// what loads only when opened (the hand-in panel with its QR code; the trainer's scanner).
{
  const unitPage = join(dist, 'units/communication/index.html');
  const text = readFileSync(unitPage, 'utf8');
  const refs = [...text.matchAll(/(?:component-url|renderer-url|src)="([^"]+\.js)"/g)].map((m) =>
    join(dist, m[1].replace(/^\/[^_]*?(?=_astro\/)/, '/')),
  );
  const onPage = closure(refs);
  const classModule =
    /\/(HandInGate|PollCard|ClassJoin[^/]*|tab|ids|code|activities|poll-strings|trainee-strings|strings)\.[^/]+\.js$/;
  const lazy = (pattern) => {
    const entry = js.filter((f) => pattern.test(f));
    return sum(
      closure(entry)
        .filter((f) => !onPage.includes(f))
        .map(size),
    );
  };
  const shared = onPage.filter(
    (f) => /\/strings\.[^/]+\.js$/.test(f) && readFileSync(f, 'utf8').includes('交给讲师'),
  );
  const ownAll = sum(
    [...onPage.filter((f) => classModule.test(f) && !/\/strings\./.test(f)), ...shared].map(size),
  );
  console.log(
    `\nclass session: unit page (communication) adds ${kb(ownAll.raw)} raw, ${kb(ownAll.gzip)} gzip (budget 6 KB gzip)`,
  );
  const handIn = lazy(/\/HandIn\.[^/]+\.js$/);
  console.log(`class session: hand-in panel + QR, on open  ${kb(handIn.raw)} raw, ${kb(handIn.gzip)} gzip`);
  const scan = lazy(/\/(ScanCollector|ponyfill)\.[^/]+\.js$/);
  const wasm = files.filter((f) => f.endsWith('.wasm') && !f.includes('/pagefind/')).map(size);
  console.log(`class session: scanner JS, on open           ${kb(scan.raw)} raw, ${kb(scan.gzip)} gzip`);
  console.log(
    `class session: zxing wasm, on open           ${kb(sum(wasm).raw)} raw, ${kb(sum(wasm).gzip)} gzip`,
  );
  const collector = lazy(/\/ClassCollector\.[^/]+\.js$/);
  console.log(
    `class session: trainer's collector (deck)    ${kb(collector.raw)} raw, ${kb(collector.gzip)} gzip`,
  );
}

// Offline (issue 15): what the service worker precaches, and what registering it costs a page.
{
  const { precacheManifest } = await import('../../src/offline/build-sw.ts');
  const { count, size: bytes } = await precacheManifest(dist);
  console.log(
    `\noffline precache      ${kb(bytes)} (${count} files), plus sw.js ${kb(size(join(dist, 'sw.js')).raw)}`,
  );
  // The public build injects one page script: the offline element (astro.config.mjs).
  const registration = js.filter((f) => /\/page\.[^/]+\.js$/.test(f));
  const own = sum(closure(registration).map(size));
  console.log(`offline registration  ${kb(own.raw)} raw, ${kb(own.gzip)} gzip per page (budget 2 KB gzip)`);
}

const largest = html.map((p) => ({ p, ...size(p) })).sort((a, b) => b.raw - a.raw)[0];
console.log(
  `\nlargest HTML page     ${relative(dist, largest.p)}: ${kb(largest.raw)} raw, ${kb(largest.gzip)} gzip`,
);
