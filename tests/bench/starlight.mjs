// The bench's yardstick (issue 19): the same seven lectures as an Astro Starlight site, the
// docs site issue 19 measures unit pages against. Built in a temporary folder from
// content/lectures/*.mdx on every bench run, so "LCP ≤ Starlight's on the same run" compares
// two builds served and audited the same way on the same machine.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Components whose reading view shows nothing (slide summaries, speaker notes, slide
 * breaks) or that Starlight has no counterpart for (exercises, polls, diagrams): left out
 * with what they hold.
 */
const DROPPED_WITH_CONTENT = ['Slide', 'Notes', 'PresenterNotes'];

/**
 * A lecture as plain Markdown for Starlight: its front matter's label and title as the
 * page title and its summary as the description; imports, exports and self-closing
 * component tags dropped; slide summaries and notes dropped with what they hold; every
 * other component's tags dropped and its Markdown kept (a 提示 box becomes its text).
 * @param {string} mdx
 * @returns {string}
 */
export function lectureAsMarkdown(mdx) {
  const match = mdx.match(/^---\n([\s\S]*?)\n---\n/);
  const front = match?.[1] ?? '';
  const field = (name) => front.match(new RegExp(`^${name}:\\s*(.*)$`, 'm'))?.[1]?.trim() ?? '';
  let body = mdx.slice(match?.[0].length ?? 0);
  for (const name of DROPPED_WITH_CONTENT) {
    body = body.replace(new RegExp(`<${name}(\\s[^>]*)?>[\\s\\S]*?</${name}>`, 'g'), '');
  }
  body = body
    .replace(/^(import|export)\s.*$/gm, '')
    // A callout's title shows on the page: it stays, in bold, above the callout's text.
    .replace(/<[A-Z][A-Za-z0-9]*\s[^<>]*?\btitle="([^"]*)"[^<>]*?>/g, '\n**$1**\n')
    // Self-closing tags, props over several lines included: <Exercise id="swot" />.
    .replace(/<[A-Z][A-Za-z0-9]*(\s[^<>]*?)?\/>/g, '')
    // Opening and closing tags of the components that keep their Markdown.
    .replace(/<\/?[A-Z][A-Za-z0-9]*(\s[^<>]*)?>/g, '')
    .replace(/\n{3,}/g, '\n\n');
  const quote = (text) => JSON.stringify(text);
  return `---\ntitle: ${quote(`${field('label')} ${field('title')}`)}\ndescription: ${quote(field('summary'))}\n---\n${body}`;
}

/**
 * Writes the Starlight copy of the course into a new temporary folder, builds it with this
 * project's Astro, and returns the folder, its build and the path of each unit's page.
 * @param {string} root the project
 * @returns {{ dir: string, dist: string, units: string[] }}
 */
export function buildStarlightReference(root) {
  // Inside the project, as a package of a monorepo is, so the project's node_modules serve it
  // (through a link, Astro would see each Starlight component under two paths).
  const dir = mkdtempSync(join(root, '.starlight-reference-'));
  // Astro finds the packages to bundle (Starlight's components) among those a project lists.
  const version = (name) =>
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'starlight-reference',
      type: 'module',
      dependencies: { astro: version('astro'), '@astrojs/starlight': version('@astrojs/starlight') },
    }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [
    starlight({
      title: '客服一线经理',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
`,
  );
  mkdirSync(join(dir, 'src/content/docs/units'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const lectures = join(root, 'content/lectures');
  const units = readdirSync(lectures)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
  for (const id of units) {
    const markdown = lectureAsMarkdown(readFileSync(join(lectures, `${id}.mdx`), 'utf8'));
    writeFileSync(join(dir, 'src/content/docs/units', `${id}.md`), markdown);
  }
  writeFileSync(
    join(dir, 'src/content/docs/index.md'),
    `---\ntitle: 客服一线经理\n---\n\n${units.map((id) => `- [${id}](units/${id}/)`).join('\n')}\n`,
  );
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    stdio: 'ignore',
  });
  return { dir, dist: join(dir, 'dist'), units };
}

/**
 * What one built page loads: its scripts with every module they import statically, and its
 * stylesheets (render-blocking ones counted apart), in gzip bytes.
 * @param {string} dist
 * @param {string} page a path such as `/units/swot/`
 */
export function pageWeight(dist, page) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const file = (href) => join(dist, href.replace(/^\//, '').split(/[?#]/)[0]);
  const gz = (path) => gzipSync(readFileSync(path)).length;
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    for (const m of readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      visit(m[1].startsWith('/') ? file(m[1]) : join(dirname(path), m[1]));
    }
  };
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) visit(file(m[1]));
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) visit(file(m[1]));
  const sheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => file(m[1]));
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .join('');
  return {
    js: [...seen].reduce((sum, path) => sum + gz(path), 0) + (inlineJs ? gzipSync(inlineJs).length : 0),
    css: sheets.reduce((sum, path) => sum + gz(path), 0),
    sheets: sheets.length,
  };
}
