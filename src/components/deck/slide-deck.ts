/**
 * `<slide-deck>`: the projected slides of a unit. Reads the rendered unit, shows one slide
 * at a time, and takes keys, clicks, swipes and the speaker window's wishes.
 */
import type { DeckAction } from '../../lib/slides/keys';
import { clampSlide, hashForSlide, sectionFromHash, slideFromHash } from '../../lib/slides/hash';
import { channelName, receive, type DeckMessage, type DeckState } from '../../lib/slides/sync';
import { deckUi } from '../../lib/slides/strings';
import { resolveBase } from '../../lib/links';
import { openDeckChannel, type DeckChannel } from './deck-channel';
import { buildHandout, printInLightTheme } from './handout';
import { deckActionForEvent, fadeWhenIdle, onSwipe } from './deck-input';
import { fillOverview, moveInOverview, showCurrentInOverview } from './overview';
import { drawQrCodes, fillExerciseCards } from './exercise-card';
import { useDemoStorage, type DemoStorage } from '../../lib/slides/demo-storage';
import { plannedMinutes, startSlide } from '../../lib/slides/agenda-link';
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
  #speakerWindow: Window | null = null;
  #handoutBuilt = false;
  #demo!: DemoStorage;
  /** Each demo's exercise as the page brought it, before it woke: a demo starts from this. */
  #demoStart = new Map<Element, Node>();

  connectedCallback() {
    this.#slide = this.#part('[data-slide]');
    this.#content = this.#part('[data-slide-content]');
    this.#kicker = this.#part('[data-kicker]');
    this.#menu = this.#part('[data-menu]');
    this.#menuButton = this.#part<HTMLButtonElement>('[data-menu-button]');
    this.#overview = this.#part<HTMLDialogElement>('[data-overview]');
    this.#help = this.#part<HTMLDialogElement>('[data-help]');
    // Before any island on a slide wakes: nothing done on the projector reaches the trainer's records.
    this.#demo = useDemoStorage();
    for (const body of this.querySelectorAll('[data-demo-body]'))
      this.#demoStart.set(body, body.cloneNode(true));
    fillExerciseCards(this.#content);
    this.#model = readDeck(this.#content);
    printInLightTheme();
    // Lets the speaker window bring this window back by name instead of opening another.
    window.name = `cs-deck:${this.dataset.unit}`;

    const unit = this.dataset.unit ?? '';
    this.#channel = openDeckChannel(channelName(resolveBase(this.dataset.base), unit), 'audience', (m) =>
      this.#onMessage(m),
    );
    const sectionStarts = this.#model.slides.flatMap((s, i) => (s.part === 1 ? [i] : []));
    const fromAgenda = startSlide(location.search, sectionStarts, this.#total);
    this.#go(this.#indexFromHash() ?? fromAgenda ?? 0, { force: true, announce: false });
    this.#channel.post({ type: 'state', from: 'audience', ...this.#state, ask: true });

    document.addEventListener('keydown', (event) => this.#onKey(event));
    window.addEventListener('hashchange', () => {
      const index = this.#indexFromHash();
      if (index !== null) this.#go(index);
    });
    window.addEventListener('resize', () => this.#fit());
    this.addEventListener('click', (event) => this.#onClick(event));
    // A demo closed with Esc or its button is wiped at once (`close` does not bubble).
    this.#content.addEventListener('close', () => this.#endDemo(), true);
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
    const id = sectionFromHash(location.hash);
    const target = id ? document.getElementById(id) : null;
    if (!target || !this.#content.contains(target)) return null;
    const top = this.#model.elements.findIndex((el) => el === target || el.contains(target));
    const found = this.#model.slides.findIndex((s) => s.wall.some((w) => w.block === top));
    return found >= 0 ? found : null;
  }

  /** Shows slide `index`, updates the hash, tells the speaker window and screen readers. */
  #go(index: number, { force = false, announce = true } = {}) {
    const next = clampSlide(index, this.#total);
    if (next === this.#state.index && !force) return;
    this.#endDemo();
    this.#state = { ...this.#state, index: next };
    // The speaker window hears of the turn first, so it redraws while this one lays out.
    this.#broadcast();
    showSlide(this.#model, next);
    const plan = this.#model.slides[next];
    for (const piece of plan?.wall ?? []) {
      const block = this.#model.elements[piece.block];
      if (block) drawQrCodes(block);
    }
    setKicker(this.#kicker, plan);
    const isTitle =
      plan?.section === 0 &&
      this.#model.elements[plan.wall[0]?.block ?? -1]?.classList.contains('title-slide');
    this.dataset.kind = isTitle ? 'title' : 'content';
    window.scrollTo(0, 0);
    this.#fit();
    const position = deckUi.position(next + 1, this.#total);
    this.querySelectorAll('[data-position]').forEach((el) => (el.textContent = position));
    this.#part<HTMLButtonElement>('[data-action=prev]').disabled = next === 0;
    this.#part<HTMLButtonElement>('[data-action=next]').disabled = next === this.#total - 1;
    history.replaceState(history.state, '', hashForSlide(next));
    if (announce) this.#announce(deckUi.announce(next + 1, this.#total, slideTitle(this.#model, next)));
  }

  #fit() {
    fitSlide(this.#slide, document.documentElement.clientWidth, window.innerHeight, { stage: true });
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
      case 'prev':
        // Behind a black screen the first press brings the screen back on the same slide.
        if (this.#state.blank) return this.#setBlank(false);
        return this.#go(this.#state.index + (action === 'next' ? 1 : -1));
      case 'first':
        if (this.#state.blank) return this.#setBlank(false);
        return this.#go(0);
      case 'last':
        if (this.#state.blank) return this.#setBlank(false);
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
    if (this.#overview.open && moveInOverview(this.#part('[data-overview-grid]'), event)) return;
    const action = deckActionForEvent(event);
    if (!action) return;
    const dialog = this.querySelector<HTMLDialogElement>('dialog[open]');
    if (dialog?.matches('[data-demo-dialog]')) {
      // In a demo the exercise keeps its keys, but the clicker still turns slides, and
      // leaving the slide ends the demo.
      if (event.key === 'PageDown' || event.key === 'PageUp') {
        event.preventDefault();
        this.#run(action);
      }
      return;
    }
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
    // Esc in a field of a slide leaves it, and the keys are the deck's again.
    if (action === 'close' && event.target instanceof HTMLElement && this.#content.contains(event.target)) {
      event.target.blur();
      return;
    }
    event.preventDefault();
    this.#run(action);
  }

  /**
   * Closes any demo and forgets what it held: the records in memory, and the exercise
   * itself, which is put back as the page brought it (its own state would keep the text).
   */
  #endDemo() {
    this.#content
      .querySelectorAll<HTMLDialogElement>('dialog[data-demo-dialog][open]')
      .forEach((d) => d.close());
    for (const [body, start] of this.#demoStart) {
      if (!body.querySelector('astro-island:not([ssr])')) continue;
      const woken = [...body.querySelectorAll('astro-island')];
      body.replaceChildren(...start.cloneNode(true).childNodes);
      // Astro unmounts an island's component when told so once it is out of the page.
      for (const island of woken) island.dispatchEvent(new CustomEvent('astro:unmount'));
    }
    this.#demo.clear();
  }

  #onClick(event: MouseEvent) {
    const target = event.target as Element;
    const button = target.closest<HTMLElement>('[data-action]');
    if (button && this.contains(button) && !this.#content.contains(button)) {
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
    const demo = target.closest('[data-demo-open]')?.closest('[data-exercise-card]');
    if (demo) {
      demo.querySelector<HTMLDialogElement>('dialog[data-demo-dialog]')?.showModal();
      return;
    }
    if (target.closest('[data-demo-close]')) {
      this.#endDemo();
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
    // The speaker clock counts down the minutes an agenda row planned, if the deck came from one.
    const minutes = plannedMinutes(location.search);
    const href = `${this.dataset.speakerHref}${minutes ? `?minutes=${minutes}` : ''}#speaker`;
    this.#speakerWindow = window.open(href, `cs-speaker:${this.dataset.unit}`, 'popup,width=1200,height=760');
    if (!this.#speakerWindow) this.#toast(deckUi.popupBlocked);
  }

  #openOverview() {
    this.#closeMenu(false);
    const grid = this.#part('[data-overview-grid]');
    // The thumbnails are copies: every slide's codes are drawn before they are taken.
    drawQrCodes(this.#content);
    fillOverview(grid, this.#model);
    this.#overview.showModal();
    showCurrentInOverview(grid, this.#state.index);
  }

  #buildHandout() {
    drawQrCodes(this.#content);
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
