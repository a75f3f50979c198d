import { resolveBase } from '../links';

/** The parts of pagefind's browser API the site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Each hit in the section with its weight (a heading's hits weigh more). */
  weighted_locations?: { weight: number; location: number }[];
  locations?: number[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}
export interface PagefindApi {
  options(options: {
    baseUrl?: string;
    bundlePath?: string;
    excerptLength?: number;
    metaCacheTag?: string;
  }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Where the built pagefind bundle lives for a site hosted at `base`. */
export function pagefindBundlePath(base: string): string {
  return `${base.replace(/\/?$/, '/')}pagefind/`;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads pagefind only when search is first used. The base URL and bundle path are set
 * explicitly because auto-detection fails when the site lives under a sub-path.
 */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const bundlePath = pagefindBundlePath(resolveBase(base));
    const api = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindApi;
    await api.options({
      baseUrl: resolveBase(base),
      bundlePath,
      excerptLength: 40,
      // The index of this page's own version: the offline precache answers it whatever
      // the tag (it ignores `ts`), and an HTTP cache keeps one index per version.
      metaCacheTag: import.meta.env.SOURCE_VERSION ?? 'dev',
    });
    await api.init();
    return api;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
