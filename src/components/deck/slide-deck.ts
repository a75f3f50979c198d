/**
 * `<slide-deck>`: the projected slides of a unit. Reads the rendered unit, shows one slide
 * at a time, and takes keys, clicks, swipes and the speaker window's wishes.
 */
import type { DeckAction } from '../../lib/slides/keys';
import { clampSlide, hashForSlide, slideFromHash } from '../../lib/slides/hash';
import { channelName, receive, type DeckMessage, type DeckState } from '../../lib/slides/sync';
import { deckUi } from '../../lib/slides/strings';
import { resolveBase } from '../../lib/links';
import { openDeckChannel, type DeckChannel } from './deck-channel';
import { buildHandout, printInLightTheme } from './handout';
import { deckActionForEvent, fadeWhenIdle, onSwipe } from './deck-input';
import { fillOverview, showCurrentInOverview } from './overview';
import { fitSlide, readDeck, setKicker, showSlide, slideTitle, type DeckModel } from './slide-dom';

class SlideDeck extends HTMLElement {
  #model!: DeckModel;
  #state: DeckState = { index: 0, blank: false, startedAt: null };
  #channel!: DeckChannel;
  #slide!: HTMLElement;
  #content!: HTMLElement;
  #kicker!: HTMLElement;
  #menu!: HTMLElement;
  #menuButton!: HTMLButtonElement;
  #overview!: HTMLDialogElement;
  #help!: HTMLDialogElement;
  #refitTimer = 0;
  #overflowing = false;
  #speakerWindow: Window | null = null;
  #handoutBuilt = false;

  connectedCallback() {
    this.#slide = this.#part('[data-slide]');
    this.#content = this.#part('[data-slide-content]');
    this.#kicker = this.#part('[data-kicker]');
    this.#menu = this.#part('[data-menu]');
    this.#menuButton = this.#part<HTMLButtonElement>('[data-menu-button]');
    this.#overview = this.#part<HTMLDialogElement>('[data-overview]');
    this.#help = this.#part<HTMLDialogElement>('[data-help]');
    this.#model = readDeck(this.#content);
    printInLightTheme();
    // Lets the speaker window bring this window back by name instead of opening another.
    window.name = `cs-deck:${this.dataset.unit}`;

    const unit = this.dataset.unit ?? '';
    this.#channel = openDeckChannel(channelName(resolveBase(this.dataset.base), unit), 'audience', (m) =>
      this.#onMessage(m),
    );
    this.#go(this.#indexFromHash() ?? 0, { force: true, announce: false });
    this.#channel.post({ type: 'state', from: 'audience', ...this.#state, ask: true });

    document.addEventListener('keydown', (event) => this.#onKey(event));
    window.addEventListener('hashchange', () => {
      const index = this.#indexFromHash();
      if (index !== null) this.#go(index);
    });
    window.addEventListener('resize', () => this.#fit());
    window.addEventListener('scroll', () => this.#updateOverflowHint(), { passive: true });
    this.addEventListener('click', (event) => this.#onClick(event));
    const controls = this.#part('[data-controls]');
    fadeWhenIdle(this, () => !this.#menu.hidden || controls.contains(document.activeElement));
    onSwipe(this.#part('[data-stage]'), (direction) =>
      this.#go(this.#state.index + (direction === 'next' ? 1 : -1)),
    );
    this.#wireMenu();
    document.addEventListener('fullscreenchange', () => this.#syncFullscreenLabel());
    window.addEventListener('beforeprint', () => {
      if (!this.#handoutBuilt) this.#buildHandout();
    });
    window.addEventListener('afterprint', () => {
      this.#handoutBuilt = false;
    });
    // Islands hydrate once their slide shows and may change its height: fit again.
    new MutationObserver(() => {
      window.clearTimeout(this.#refitTimer);
      this.#refitTimer = window.setTimeout(() => this.#fit(), 120);
    }).observe(this.#content, { childList: true, subtree: true });
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    const el = this.querySelector<T>(selector);
    if (!el) throw new Error(`slide-deck: ${selector} missing`);
    return el;
  }

  get #total(): number {
    return this.#model.slides.length;
  }

  #indexFromHash(): number | null {
    const numbered = slideFromHash(location.hash, this.#total);
    if (numbered !== null) return numbered;
    // `#<section id>` opens the slide that section starts on.
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target || !this.#content.contains(target)) return null;
    const top = this.#model.elements.findIndex((el) => el === target || el.contains(target));
    const found = this.#model.slides.findIndex((s) => s.nodes.includes(top));
    return found >= 0 ? found : null;
  }

  /** Shows slide `index`, updates the hash, tells the speaker window and screen readers. */
  #go(index: number, { force = false, announce = true } = {}) {
    const next = clampSlide(index, this.#total);
    if (next === this.#state.index && !force) return;
    this.#state = { ...this.#state, index: next };
    showSlide(this.#model, next);
    const plan = this.#model.slides[next];
    setKicker(this.#kicker, plan);
    const isTitle =
      plan?.section === 0 && this.#model.elements[plan.nodes[0] ?? -1]?.classList.contains('title-slide');
    this.dataset.kind = isTitle ? 'title' : 'content';
    window.scrollTo(0, 0);
    this.#fit();
    const position = deckUi.position(next + 1, this.#total);
    this.querySelectorAll('[data-position]').forEach((el) => (el.textContent = position));
    this.#part<HTMLButtonElement>('[data-action=prev]').disabled = next === 0;
    this.#part<HTMLButtonElement>('[data-action=next]').disabled = next === this.#total - 1;
    history.replaceState(history.state, '', hashForSlide(next));
    if (announce) this.#announce(deckUi.announce(next + 1, this.#total, slideTitle(this.#model, next)));
    this.#broadcast();
  }

  /** Forward: a slide too long for the screen scrolls first, then the next slide comes. */
  #forward() {
    const bottom = document.documentElement.scrollHeight - window.innerHeight;
    if (this.#overflowing && window.scrollY < bottom - 4) {
      window.scrollBy({ top: window.innerHeight * 0.8 });
      return;
    }
    this.#go(this.#state.index + 1);
  }

  #back() {
    if (this.#overflowing && window.scrollY > 4) {
      window.scrollBy({ top: -window.innerHeight * 0.8 });
      return;
    }
    this.#go(this.#state.index - 1);
  }

  #fit() {
    const step = fitSlide(this.#slide, document.documentElement.clientWidth, window.innerHeight, {
      stage: true,
    });
    this.#overflowing = step === null;
    this.toggleAttribute('data-overflowing', this.#overflowing);
    this.#updateOverflowHint();
  }

  #updateOverflowHint() {
    const hint = this.#part('[data-overflow-hint]');
    const bottom = document.documentElement.scrollHeight - window.innerHeight;
    hint.hidden = !this.#overflowing || window.scrollY >= bottom - 4;
  }

  #setBlank(on: boolean) {
    if (on === this.#state.blank) return;
    this.#state = { ...this.#state, blank: on };
    this.#part('[data-blank]').hidden = !on;
    this.#part('[data-action=blank]').textContent = on ? deckUi.unblank : deckUi.blank;
    this.#announce(
      on
        ? deckUi.blanked
        : deckUi.announce(this.#state.index + 1, this.#total, slideTitle(this.#model, this.#state.index)),
    );
    this.#broadcast();
  }

  #broadcast() {
    this.#channel?.post({ type: 'state', from: 'audience', ...this.#state });
  }

  #onMessage(message: DeckMessage) {
    const before = this.#state;
    const { state, reply } = receive('audience', before, message, this.#total);
    this.#state = { ...before, startedAt: state.startedAt };
    if (state.blank !== before.blank) this.#setBlank(state.blank);
    if (state.index !== before.index) this.#go(state.index);
    // The only reply the audience gives is its own state, which may have changed just now.
    if (reply) this.#broadcast();
  }

  #announce(text: string) {
    this.#part('[data-announce]').textContent = text;
  }

  #toast(text: string) {
    const toast = this.#part('[data-toast]');
    toast.textContent = text;
    toast.hidden = false;
    window.setTimeout(() => (toast.hidden = true), 6000);
  }

  #run(action: DeckAction | 'handout'): void {
    switch (action) {
      case 'next':
        return this.#forward();
      case 'prev':
        return this.#back();
      case 'first':
        return this.#go(0);
      case 'last':
        return this.#go(this.#total - 1);
      case 'blank':
        return this.#setBlank(!this.#state.blank);
      case 'fullscreen':
        return this.#toggleFullscreen();
      case 'overview':
        return this.#openOverview();
      case 'help':
        this.#closeMenu(false);
        this.#help.showModal();
        return;
      case 'speaker':
        return this.#openSpeaker();
      case 'handout':
        this.#closeMenu(false);
        this.#buildHandout();
        window.print();
        return;
      case 'close':
        if (!this.#menu.hidden) this.#closeMenu(true);
        else if (this.#state.blank) this.#setBlank(false);
        return;
    }
  }

  #onKey(event: KeyboardEvent) {
    if (event.defaultPrevented) return;
    const action = deckActionForEvent(event);
    if (!action) return;
    const dialog = this.querySelector<HTMLDialogElement>('dialog[open]');
    if (dialog) {
      // In the overview or the key list only their own key closes them; Esc is the dialog's.
      if (
        (action === 'overview' && dialog === this.#overview) ||
        (action === 'help' && dialog === this.#help)
      ) {
        event.preventDefault();
        dialog.close();
      }
      return;
    }
    event.preventDefault();
    this.#run(action);
  }

  #onClick(event: MouseEvent) {
    const target = event.target as Element;
    const button = target.closest<HTMLElement>('[data-action]');
    if (button && this.contains(button)) {
      this.#run(button.dataset.action as DeckAction | 'handout');
      if (button.closest('[data-menu]') && button.dataset.action !== 'blank') this.#closeMenu(false);
      return;
    }
    const go = target.closest<HTMLElement>('[data-go]');
    if (go) {
      this.#overview.close();
      this.#go(Number(go.dataset.go));
      return;
    }
    if (target.closest('[data-close]')) target.closest('dialog')?.close();
    if (target.closest('[data-blank]')) this.#setBlank(false);
  }

  #toggleFullscreen() {
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    request?.catch(() => undefined);
  }

  #syncFullscreenLabel() {
    this.#part('[data-fullscreen-label]').textContent = document.fullscreenElement
      ? deckUi.exitFullscreen
      : deckUi.fullscreen;
    this.#fit();
  }

  #openSpeaker() {
    this.#closeMenu(false);
    if (this.#speakerWindow && !this.#speakerWindow.closed) {
      this.#speakerWindow.focus();
      return;
    }
    const href = `${this.dataset.speakerHref}#speaker`;
    this.#speakerWindow = window.open(href, `cs-speaker:${this.dataset.unit}`, 'popup,width=1200,height=760');
    if (!this.#speakerWindow) this.#toast(deckUi.popupBlocked);
  }

  #openOverview() {
    this.#closeMenu(false);
    const grid = this.#part('[data-overview-grid]');
    fillOverview(grid, this.#model);
    this.#overview.showModal();
    showCurrentInOverview(grid, this.#state.index);
  }

  #buildHandout() {
    buildHandout(this.#part('[data-handout]'), this.#model, this.dataset.title ?? '');
    this.#handoutBuilt = true;
  }

  #wireMenu() {
    this.#menuButton.addEventListener('click', () =>
      this.#menu.hidden ? this.#openMenu() : this.#closeMenu(true),
    );
    document.addEventListener('pointerdown', (event) => {
      const inside =
        this.#menu.contains(event.target as Node) || this.#menuButton.contains(event.target as Node);
      if (!this.#menu.hidden && !inside) this.#closeMenu(false);
    });
  }

  #openMenu() {
    this.#menu.hidden = false;
    this.#menuButton.setAttribute('aria-expanded', 'true');
    this.#menuButton.setAttribute('aria-label', deckUi.menuClose);
    this.#menu.querySelector<HTMLElement>('button, a')?.focus();
  }

  #closeMenu(returnFocus: boolean) {
    if (this.#menu.hidden) return;
    this.#menu.hidden = true;
    this.#menuButton.setAttribute('aria-expanded', 'false');
    this.#menuButton.setAttribute('aria-label', deckUi.menuOpen);
    if (returnFocus) this.#menuButton.focus();
  }
}

customElements.define('slide-deck', SlideDeck);
