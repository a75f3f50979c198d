/** Light/dark theme: follows the system unless the learner chose one, which is remembered. */
export type Theme = 'light' | 'dark';

/** Same prefix as the rest of the site's local data. */
export const THEME_KEY = 'cs-course:theme';

export function storedTheme(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Theme | undefined {
  try {
    const value = storage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeTheme(
  theme: Theme,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(THEME_KEY, theme);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

export function systemTheme(): Theme {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function currentTheme(): Theme {
  return (
    (document.documentElement.dataset.resolvedTheme as Theme | undefined) ?? storedTheme() ?? systemTheme()
  );
}

/** Sets the theme attributes on <html>; with no argument, re-resolves from storage and system. */
export function applyTheme(theme?: Theme): void {
  const chosen = theme ?? storedTheme();
  const root = document.documentElement;
  if (chosen) root.dataset.theme = chosen;
  else delete root.dataset.theme;
  root.dataset.resolvedTheme = chosen ?? systemTheme();
}
