// A copy of the project with ten times the course (70 units): each lecture, its knowledge
// check and its 1-day plan entry nine more times under new ids. The bench builds it to
// check that the site grows to a second course (and more) without the build time running
// away (issue 19: 10× content in at most 2× the time).
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', 'dist', 'dist-lms', '.git', '.astro', 'coverage']);

/**
 * Writes the copy into a new temporary folder and returns its path.
 * @param {string} root the project
 * @param {number} times how many copies of the course (10 → 70 units)
 */
export function tenfoldCopy(root, times = 10) {
  const dir = mkdtempSync(join(tmpdir(), 'course-10x-'));
  for (const name of readdirSync(root)) {
    if (!SKIP.has(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const lectures = join(dir, 'content/lectures');
  const checks = join(dir, 'content/checks');
  const planFile = join(dir, 'content/agenda/one-day.json');
  const plan = JSON.parse(readFileSync(planFile, 'utf8'));
  for (const file of readdirSync(lectures).filter((f) => f.endsWith('.mdx'))) {
    const id = file.replace(/\.mdx$/, '');
    const mdx = readFileSync(join(lectures, file), 'utf8');
    const entry = plan.units.find((u) => u.unit === id);
    for (let k = 2; k <= times; k++) {
      const copy = `${id}-${k}`;
      // Same text, its own title (titles name pages and search results).
      writeFileSync(
        join(lectures, `${copy}.mdx`),
        mdx.replace(/^title: (.*)$/m, (_, title) => `title: ${title}（${k}）`),
      );
      if (existsSync(join(checks, `${id}.json`))) {
        cpSync(join(checks, `${id}.json`), join(checks, `${copy}.json`));
      }
      if (entry) plan.units.push({ ...entry, unit: copy });
    }
  }
  writeFileSync(planFile, JSON.stringify(plan, null, 2));
  return dir;
}
