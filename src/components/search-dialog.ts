// The behaviour of SearchDialog.astro, loaded with the page's other behaviours from one script
// (src/layouts/page-scripts.ts), not as a script of its own.
import { isTyping } from '../lib/keyboard';

/**
 * The site search: opens from the header button, `/` or Ctrl+K. Only the opening lives
 * on every page; the searching (search-results.ts, with pagefind) loads on first open.
 */
class SearchDialog extends HTMLElement {
  #dialog!: HTMLDialogElement;
  #input!: HTMLInputElement;
  #searching?: Promise<void>;

  connectedCallback() {
    this.#dialog = this.querySelector('dialog')!;
    this.#input = this.querySelector('input')!;
    document
      .querySelectorAll('[data-search-open]')
      .forEach((b) => b.addEventListener('click', () => this.open()));
    this.querySelector('[data-search-close]')?.addEventListener('click', () => this.#dialog.close());
    this.#dialog.addEventListener('click', (event) => {
      if (event.target === this.#dialog) this.#dialog.close();
    });
    document.addEventListener('keydown', (event) => {
      const typing = isTyping(event.target);
      if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.open();
      } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        this.open();
      }
    });
  }

  open() {
    if (!this.#dialog.open) this.#dialog.showModal();
    this.#input.focus();
    this.#input.select();
    this.#searching ??= import('./search-results').then(({ attachSearch }) =>
      attachSearch(this, this.dataset.base ?? '/'),
    );
  }
}
customElements.define('search-dialog', SearchDialog);
