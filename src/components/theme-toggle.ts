// The behaviour of ThemeToggle.astro, loaded with the page's other behaviours from one script
// (src/layouts/page-scripts.ts); the deck pages import it themselves.
import { themeToDark, themeToLight } from '../lib/ui-strings';
import { applyTheme, currentTheme, storeTheme } from '../lib/theme';

/** Switches between light and dark; the choice is remembered, otherwise the system decides. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = () => {
      const label = currentTheme() === 'dark' ? themeToLight : themeToDark;
      button.setAttribute('aria-label', label);
      button.title = label;
    };
    sync();
    button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      storeTheme(next);
      applyTheme(next);
      sync();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      applyTheme();
      sync();
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
