// Builds the site and prints the figures to watch over time: build time, JS/CSS per page,
// the state layer, render-blocking requests and layout shift from a browser run, the
// speaker window's sync delay, 我的学习 with a year of attempts, typing in a SWOT matrix of
// 200 factors, Lighthouse's mobile audit of the pages issue 19 names, and a 10× content
// build. Issue 19's budget lines are checked at the end; the run exits non-zero when one
// is exceeded.
//
//   npm run bench                    everything
//   npm run bench -- --no-lighthouse skip Lighthouse (five runs a page, a few minutes)
//   npm run bench -- --no-starlight  skip the Starlight reference (its build and its Lighthouse runs)
//   npm run bench -- --no-tenfold    skip the 10× content build (a minute or more)
//   npm run bench -- --no-build      use the dist/ already built
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { tenfoldCopy } from './tenfold.mjs';
import { browserFigures, myLearningAtScale, swotTyping } from './browser.mjs';
import { lighthouseFigures } from './lighthouse.mjs';
import { buildStarlightReference, pageWeight } from './starlight.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));

/** Builds `dir` as `npm run build` does and returns the seconds it took. */
function timedBuild(dir) {
  const started = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

const buildSeconds = args.has('--no-build') ? undefined : timedBuild(root);

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

/** Budget lines: [what, measured, limit, unit], checked at the end. */
const budgets = [];
const budget = (what, measured, limit, unit = '', atLeast = false) =>
  budgets.push({ what, measured, limit, unit, atLeast });

if (buildSeconds !== undefined) console.log(`build time            ${buildSeconds.toFixed(1)} s`);
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

// The state layer every page loads: its entry chunk and the chunks it imports (the entry
// alone is a fraction of it).
{
  const entry = js.filter((f) => /\/state\.[^/]+\.js$/.test(f));
  const layer = closure(entry);
  const s = sum(layer.map(size));
  console.log(
    `state layer           ${kb(s.raw)} raw, ${kb(s.gzip)} gzip in ${layer.length} chunks (${layer.map((f) => f.split('/').pop()).join(', ')})`,
  );
  budget('state layer, gzip', s.gzip / 1024, 6, 'KB');
}

const hrefFile = (href) => join(dist, href.replace(/^\/[^_]*?(?=_astro\/)/, '/'));
console.log('\nper page: JS at start / islands (each with its static imports) / CSS, render-blocking sheets');
const unitJs = [];
for (const page of html.sort()) {
  const text = readFileSync(page, 'utf8');
  const refs = (pattern) => [...text.matchAll(pattern)].map((m) => hrefFile(m[1]));
  const scripts = closure(refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g));
  const islands = closure([...refs(/component-url="([^"]+)"/g), ...refs(/renderer-url="([^"]+)"/g)]).filter(
    (f) => !scripts.includes(f),
  );
  const styles = refs(/<link rel="stylesheet" href="([^"]+)"/g);
  const measure = (list) => sum(list.filter((p) => files.includes(p)).map(size));
  const f = (s) => `${kb(s.raw)} (${kb(s.gzip)} gz)`;
  const start = measure(scripts);
  const late = measure(islands);
  const sheets = measure(styles);
  const name = relative(dist, page);
  console.log(
    `  ${name.padEnd(34)} start ${f(start).padEnd(22)} islands ${f(late).padEnd(22)} css ${f(sheets).padEnd(22)} ${styles.length} sheet(s)`,
  );
  if (/^units\/[^/]+\/index\.html$/.test(name)) {
    unitJs.push({ name, gzip: start.gzip + late.gzip, files: [...scripts, ...islands] });
    budget(`${name}: stylesheets`, styles.length, 3);
    budget(`${name}: CSS gzip`, sheets.gzip / 1024, 12, 'KB');
  }
  if (/^present\/[^/]+\/index\.html$/.test(name)) budget(`${name}: stylesheets`, styles.length, 3);
}
{
  const page = readFileSync(join(dist, 'me/index.html'), 'utf8');
  const props = [...page.matchAll(/<astro-island[^>]*\sprops="([^"]*)"/g)].reduce(
    (n, m) => n + m[1].length,
    0,
  );
  console.log(`我的学习 island props  ${kb(props)} in the HTML`);
  budget('我的学习: island props', props / 1024, 30, 'KB');
}
// Where a unit page's JS goes: what every unit page loads (Svelte's runtime, the start
// files, the knowledge check and the room poll) and what is the unit's own (its exercises).
if (unitJs.length) {
  const everywhere = unitJs
    .map((u) => u.files)
    .reduce((shared, list) => shared.filter((f) => list.includes(f)));
  const shared = sum(everywhere.filter((f) => files.includes(f)).map(size)).gzip;
  console.log(`every unit page loads  ${kb(shared)} gzip of the same files (${everywhere.length})`);
  for (const { name, files: list } of unitJs) {
    const own = sum(list.filter((f) => !everywhere.includes(f) && files.includes(f)).map(size)).gzip;
    console.log(`  ${name.padEnd(34)} its own ${kb(own)} gzip`);
  }
}
const heaviest = unitJs.sort((a, b) => b.gzip - a.gzip)[0];
if (heaviest) {
  console.log(`heaviest unit page    ${heaviest.name}: ${kb(heaviest.gzip)} gzip of JS, islands included`);
  budget(`heaviest unit page JS (${heaviest.name}), gzip`, heaviest.gzip / 1024, 45, 'KB');
  for (const { name, gzip } of unitJs) budget(`${name}: JS gzip`, gzip / 1024, 45, 'KB');
}

{
  const byHash = new Map();
  for (const file of css) {
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    byHash.set(hash, [...(byHash.get(hash) ?? []), file]);
  }
  const twice = [...byHash.values()].filter((list) => list.length > 1).length;
  console.log(`CSS shipped twice     ${twice} byte-identical group(s)`);
  budget('byte-identical CSS files', twice, 0);
  const zod = js.filter((f) => readFileSync(f, 'utf8').includes('_zod'));
  console.log(`zod in the browser    ${zod.length} chunk(s)`);
  budget('client chunks with zod', zod.length, 0);
  const small = js.filter((f) => statSync(f).size < 1024).length;
  console.log(`chunks under 1 KB     ${small} of ${js.length}`);
}

// Class sessions (issue 13): what a trainee's unit page carries for 交给讲师 and polls, and
// what loads only when opened (the hand-in panel with its QR code; the trainer's scanner).
{
  const unitPage = join(dist, 'units/communication/index.html');
  const text = readFileSync(unitPage, 'utf8');
  const refs = [...text.matchAll(/(?:component-url|renderer-url|src)="([^"]+\.js)"/g)].map((m) =>
    hrefFile(m[1]),
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
  budget('class session on a unit page, gzip', ownAll.gzip / 1024, 6, 'KB');
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
  // The public build injects the offline element on every page (astro.config.mjs); it ships
  // inside the start file (src/integrations/chunk-groups.mjs), so it is weighed on its own:
  // the element and what it imports, bundled and minified as the build does.
  const { build } = await import('rolldown');
  const bundle = await build({
    input: join(root, 'src/lib/offline/element.ts'),
    write: false,
    output: { format: 'esm', minify: true },
    logLevel: 'silent',
  });
  const code = bundle.output[0].code;
  const own = { raw: Buffer.byteLength(code), gzip: gzipSync(code).length };
  console.log(`offline registration  ${kb(own.raw)} raw, ${kb(own.gzip)} gzip per page (budget 2 KB gzip)`);
}

const largest = html.map((p) => ({ p, ...size(p) })).sort((a, b) => b.raw - a.raw)[0];
console.log(
  `\nlargest HTML page     ${relative(dist, largest.p)}: ${kb(largest.raw)} raw, ${kb(largest.gzip)} gzip`,
);

// A browser run (Chromium, no throttling): layout shift and render-blocking requests of
// each page as it loads, and how long the speaker window takes to follow the projector.
{
  const units = readdirSync(join(dist, 'units'));
  const pages = [
    { path: '/', label: 'home (first visit)' },
    { path: '/', label: 'home (returning learner)', returning: true },
    ...units.map((u) => ({ path: `/units/${u}/`, label: `units/${u}` })),
    { path: '/me/', label: 'me' },
    { path: '/present/swot/', label: 'present/swot' },
  ];
  const { loads, speaker } = await browserFigures(dist, pages, 'swot');
  console.log('\nbrowser run: layout shift (CLS) / render-blocking requests');
  for (const { label, cls, blocking } of loads) {
    console.log(`  ${label.padEnd(34)} CLS ${cls.toFixed(3)}   render-blocking ${blocking.length}`);
    budget(`${label}: CLS`, cls, 0.001);
  }
  console.log(
    `speaker window follows the projector: median ${speaker.median.toFixed(1)} ms over ${speaker.samples} slides (max ${speaker.max.toFixed(1)} ms)`,
  );
  budget('speaker sync, median', speaker.median, 50, 'ms');

  // 我的学习 for a learner with a year of retakes: 1,000 attempts over the self-tests.
  const assessments = readdirSync(join(root, 'content/assessments')).map((f) =>
    JSON.parse(readFileSync(join(root, 'content/assessments', f), 'utf8')),
  );
  const { empty, full } = await myLearningAtScale(dist, assessments, 1000);
  const runs = (list) => list.map((t) => t.toFixed(0)).join(', ');
  console.log(
    `\n我的学习, 1,000 attempts (median of five loads)  first paint ${full.fcp.toFixed(0)} ms (empty ${empty.fcp.toFixed(0)} ms), longest task ${full.longest.toFixed(0)} ms (empty ${empty.longest.toFixed(0)} ms), ${full.elements} elements`,
  );
  console.log(
    `  longest task of each load: ${runs(full.longestRuns)} ms (empty page: ${runs(empty.longestRuns)} ms)`,
  );
  budget('我的学习 1,000 attempts: first paint over empty', Math.max(0, full.fcp - empty.fcp), 300, 'ms');
  budget('我的学习 1,000 attempts: longest task', full.longest, 50, 'ms');
  budget('我的学习 1,000 attempts: elements', full.elements, 2000);

  // Typing in the SWOT matrix of a learner with 200 factors (50 per quadrant, 50 strategies).
  const typing = await swotTyping(dist, 200);
  console.log(
    `SWOT, 200 factors     a keystroke takes ${typing.median.toFixed(1)} ms median (90th percentile ${typing.p90.toFixed(1)} ms, max ${typing.max.toFixed(1)} ms) over ${typing.samples} keys: the text going in, script, style and layout`,
  );
  console.log(
    `                      to the next task, the frame painted: ${typing.frame.median.toFixed(1)} ms median (90th percentile ${typing.frame.p90.toFixed(1)} ms)`,
  );
  budget('SWOT 200 factors: keystroke, median', typing.median, 16, 'ms');
}

// Lighthouse mobile (its default phone, slow 4G, 4× CPU) on the pages issue 19 names:
// home, every unit, 我的学习 and a presenter page, served gzipped as a CDN does.
if (!args.has('--no-lighthouse')) {
  // Without a CJK font Chromium falls back glyph by glyph, and every page's first layout
  // takes hundreds of milliseconds: the scores would be this machine's, not the pages'.
  let cjk = '';
  try {
    cjk = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  } catch {
    // No fontconfig: the warning below says so.
  }
  if (!cjk.trim())
    console.warn(
      "\nWarning: no Chinese font on this machine (fc-list :lang=zh is empty); Lighthouse figures will be far too slow. Install one, e.g. Debian's fonts-noto-cjk.",
    );
  const units = readdirSync(join(dist, 'units'));
  const pages = [
    { path: '/', label: 'home' },
    ...units.map((u) => ({ path: `/units/${u}/`, label: `units/${u}` })),
    { path: '/me/', label: 'me' },
    { path: '/present/swot/', label: 'present/swot' },
  ];
  const audits = await lighthouseFigures(dist, pages);
  console.log(
    '\nLighthouse mobile (median of five runs): score, FCP, LCP, TBT, CLS; what the page loads before any scrolling',
  );
  const ms = (n) => `${(n / 1000).toFixed(2)} s`;
  for (const a of audits) {
    console.log(
      `  ${a.label.padEnd(22)} ${String(a.score).padStart(3)}   FCP ${ms(a.fcp)}  LCP ${ms(a.lcp)}  TBT ${a.tbt.toFixed(0).padStart(3)} ms  CLS ${a.cls.toFixed(3)}   JS ${a.scriptKb.toFixed(1)} KB of ${a.transferKb.toFixed(1)} KB transferred`,
    );
    budget(`Lighthouse ${a.label}: performance`, a.score, 98, '', true);
    budget(`Lighthouse ${a.label}: CLS`, a.cls, 0.001);
  }

  // The yardstick: the same lectures as a Starlight site, built and audited in this run.
  if (!args.has('--no-starlight')) {
    const reference = buildStarlightReference(root);
    try {
      const theirs = await lighthouseFigures(
        reference.dist,
        reference.units.map((u) => ({ path: `/units/${u}/`, label: `units/${u}` })),
      );
      console.log(
        '\nStarlight, the same lectures (five runs): median score with its FCP, median LCP; JS its scripts import, JS the run fetched with no click (its search UI loads once the page is idle), CSS, stylesheets',
      );
      for (const t of theirs) {
        const w = pageWeight(reference.dist, `/${t.label}/`);
        const ours = audits.find((a) => a.label === t.label);
        console.log(
          `  ${t.label.padEnd(22)} ${String(t.score).padStart(3)}   FCP ${ms(t.fcp)}  LCP ${ms(t.lcpMedian)}   JS ${kb(w.js)} gzip, ${t.scriptKb.toFixed(1)} KB fetched  CSS ${kb(w.css)} gzip  ${w.sheets} sheet(s)   ours: LCP ${ours ? ms(ours.lcpMedian) : '?'}`,
        );
        if (ours)
          budget(`Lighthouse ${t.label}: LCP (median) ≤ Starlight's`, ours.lcpMedian, t.lcpMedian, 'ms');
      }
    } finally {
      rmSync(reference.dir, { recursive: true, force: true });
    }
  }
}

// Ten times the course (70 units) must build, in at most twice the time of the course.
if (!args.has('--no-tenfold')) {
  const copy = tenfoldCopy(root, 10);
  try {
    const single = timedBuild(root);
    const tenfold = timedBuild(copy);
    console.log(
      `\n10× content (70 units) build ${tenfold.toFixed(1)} s; 1× just before ${single.toFixed(1)} s`,
    );
    budget('10× content build time ÷ 1×', tenfold / single, 2);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

console.log('\nbudget lines (issue 19)');
let over = 0;
for (const { what, measured, limit, unit, atLeast } of budgets) {
  const ok = atLeast ? measured >= limit : measured <= limit;
  if (!ok) over++;
  const figure = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(n < 1 ? 3 : 1));
  const shown = figure(measured);
  console.log(
    `  ${ok ? 'ok  ' : 'OVER'} ${what.padEnd(52)} ${`${shown} ${unit}`.padStart(12)}  (${atLeast ? '≥' : '≤'} ${figure(limit)} ${unit})`,
  );
}
if (over) {
  console.error(`\n${over} budget line(s) exceeded.`);
  process.exitCode = 1;
}
