/**
 * Every internal link goes through these helpers, so the built site works from the root
 * or from any sub-path (`BASE_PATH=/x/y/`).
 */

/** The site's base path with exactly one slash at each end. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Joins a site-relative path onto the base. A path ending in a folder gets a trailing
 * slash (the site is built with `trailingSlash: 'always'`); a hash or query is kept.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = normaliseBase(base);
  const match = /^([^?#]*)([?#].*)?$/.exec(path.trim());
  const pathname = (match?.[1] ?? '').replace(/^\/+/, '');
  const rest = match?.[2] ?? '';
  if (!pathname) return root + rest;
  const isFile = /\.[a-z0-9]+$/i.test(pathname);
  const withSlash = isFile || pathname.endsWith('/') ? pathname : `${pathname}/`;
  return root + withSlash + rest;
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
