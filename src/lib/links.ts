/**
 * Every internal link goes through these helpers, so the built site works from the root
 * or from any sub-path (`BASE_PATH=/x/y/`).
 */
import { IS_LMS } from './target';

/** The site's base path with exactly one slash at each end. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Joins a site-relative path onto the base. A path ending in a folder gets a trailing
 * slash (the site is built with `trailingSlash: 'always'`); a hash or query is kept.
 * With `directoryIndex` (the LMS copy: an LMS serves files, never a folder's index) a
 * folder ends in `index.html`.
 */
export function withBase(
  path: string,
  base: string = import.meta.env.BASE_URL,
  directoryIndex: boolean = IS_LMS,
): string {
  const root = normaliseBase(base);
  const match = /^([^?#]*)([?#].*)?$/.exec(path.trim());
  const pathname = (match?.[1] ?? '').replace(/^\/+/, '');
  const rest = match?.[2] ?? '';
  if (!pathname) return root + (directoryIndex ? 'index.html' : '') + rest;
  const isFile = /\.[a-z0-9]+$/i.test(pathname);
  const withSlash = isFile || pathname.endsWith('/') ? pathname : `${pathname}/`;
  return root + withSlash + (directoryIndex && !isFile ? 'index.html' : '') + rest;
}

/** The reading page of a unit. */
export function unitHref(unitId: string, base?: string): string {
  return withBase(`units/${unitId}/`, base);
}

/** The presenter view (slides) of a unit. */
export function presentHref(unitId: string, base?: string): string {
  return withBase(`present/${unitId}/`, base);
}

/** A section of a unit's reading page. */
export function sectionHref(unitId: string, sectionId: string, base?: string): string {
  return `${unitHref(unitId, base)}#${encodeURIComponent(sectionId)}`;
}

/**
 * A base read from the page (`data-base`) as an absolute path. The LMS copy writes it
 * relative to the page, and imports and channel names need it absolute.
 */
export function resolveBase(base: string | undefined): string {
  const raw = base ?? '/';
  if (typeof document === 'undefined') return raw;
  return new URL(raw, document.baseURI).pathname;
}
