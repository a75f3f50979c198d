// The behaviour of SiteHeader.astro, loaded with the page's other behaviours from one script
// (src/layouts/page-scripts.ts), not as a script of its own.
import { menuClose, menuOpen } from '../lib/ui-strings';

/** Opens and closes the course navigation panel on narrow screens. */
class SiteMenu extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const panel = document.getElementById(button?.getAttribute('aria-controls') ?? '');
    if (!button || !panel) return;
    button.setAttribute('aria-label', menuOpen);
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      button.setAttribute('aria-label', open ? menuClose : menuOpen);
      panel.toggleAttribute('data-open', open);
      document.documentElement.toggleAttribute('data-menu-open', open);
    };
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      set(open);
      if (open) panel.querySelector<HTMLElement>('a, button')?.focus();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        set(false);
        button.focus();
      }
    });
    panel.addEventListener('click', (event) => {
      if (event.target instanceof HTMLAnchorElement) set(false);
    });
  }
}
customElements.define('site-menu', SiteMenu);
