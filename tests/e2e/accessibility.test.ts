import { describe, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expectNoAxeViolations, site, useBrowser } from './support/browser';

const dist = process.env.SITE_DIST ?? join(import.meta.dirname, '../../dist');

/** Every page of the built site, by URL path, so a new unit or page is swept without editing this test. */
function builtPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : builtPages(path);
    if (!name.endsWith('.html')) return [];
    const url = relative(dist, path).replace(/index\.html$/, '');
    return [url === '404.html' ? 'no-such-page/' : url];
  });
}

const paths = builtPages(dist).sort();
const b = useBrowser();

describe.each(['light', 'dark'] as const)('axe on every built page, %s theme', (colorScheme) => {
  it.each(paths)('finds nothing on /%s', async (path) => {
    const { page, context } = await b.page({ colorScheme });
    await page.goto(site(path));
    // The deck's controls fade out while the mouse rests, and axe may catch them mid-fade;
    // presenter.test.ts checks them with the mouse moved.
    await expectNoAxeViolations(page, undefined, path.startsWith('present/') ? '.deck-controls' : undefined);
    await context.close();
  });
});
