/**
 * The `<offline-status>` element of components/OfflineStatus.astro: registers the offline
 * worker and fills the badge and the update prompt. Injected into every page of the public
 * build only (astro.config.mjs), so the LMS copy contains none of it.
 */
import { holdPresenting, startOffline, type BadgeState } from './client';
import { offlineUi as t } from './strings';

const TEXT: Record<BadgeState, [string, string]> = {
  ready: [t.ready, t.readyHint],
  caching: [t.caching, t.cachingHint],
  full: [t.full, t.fullHint],
};

class OfflineStatus extends HTMLElement {
  connectedCallback() {
    const base = this.dataset.base ?? '/';
    if (this.hasAttribute('data-presenting')) {
      holdPresenting(base);
      void startOffline(base, undefined);
      return;
    }
    const $ = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-${name}]`)!;
    const badge = $('offline-badge');
    const prompt = $('update-prompt');
    let onApply = () => {};
    $('update-apply').addEventListener('click', () => onApply());
    $('update-later').addEventListener('click', () => (prompt.hidden = true));
    void startOffline(base, {
      badge: (state) => {
        // What the page settled on, for browser tests (`none`: nothing to say).
        this.dataset.offline = state ?? 'none';
        badge.hidden = !state;
        if (!state) return;
        badge.dataset.state = state;
        $('offline-label').textContent = TEXT[state][0];
        $('offline-hint').textContent = `：${TEXT[state][1]}`;
      },
      prompt: (kind, apply) => {
        onApply = apply;
        $('update-text').textContent = kind === 'ready' ? t.updateReady : t.updateWaitsForDeck;
        prompt.hidden = false;
      },
    });
  }
}

customElements.define('offline-status', OfflineStatus);
