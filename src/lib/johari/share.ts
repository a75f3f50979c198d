/** Absolute links for sharing: built at runtime from the page's origin and the site's base path. */
import { unitHref, withBase } from '../links';

/** The peer page, relative to the site (the route src/pages/johari/index.astro). */
export function peerPageHref(base?: string): string {
  return withBase('johari/', base);
}

/**
 * The absolute link that carries `code` in its fragment: `<origin><base>johari/#<code>`.
 * The fragment never reaches the host.
 */
export function shareLink(code: string, origin: string, base?: string): string {
  return `${origin.replace(/\/+$/, '')}${peerPageHref(base)}#${code}`;
}

/** Where the learner's own window lives: the exercise in the communication unit. */
export function exerciseHref(base?: string): string {
  return `${unitHref('communication', base)}#exercise-johari`;
}
