/**
 * `<speaker-view>`: the trainer's window. Follows the projected deck and drives it over the
 * unit's BroadcastChannel; with no deck open it still pages through notes and keeps time.
 */
import { clampSlide, hashForSlide, slideFromHash } from '../../lib/slides/hash';
import { channelName, receive, type DeckMessage, type DeckState } from '../../lib/slides/sync';
import { timerView } from '../../lib/slides/timer';
import { deckUi } from '../../lib/slides/strings';
import { resolveBase } from '../../lib/links';
import { openDeckChannel, type DeckChannel } from './deck-channel';
import { buildHandout, printInLightTheme } from './handout';
import { notesCopy, readDeck, sizeSlide, slideCopy, slideTitle, type DeckModel } from './slide-dom';
import { deckActionForEvent } from './deck-input';
import { drawQrCodes, fillExerciseCards } from './exercise-card';
import { useDemoStorage } from '../../lib/slides/demo-storage';
import { plannedMinutes } from '../../lib/slides/agenda-link';

class SpeakerView extends HTMLElement {
  #model!: DeckModel;
  #state!: DeckState;
  #channel!: DeckChannel;
  /** Whether the audience window has been heard from (undefined: not yet). */
  #peer: boolean | undefined;
  #minutes = 60;
  /**
   * Slide previews and notes already built, by slide index: turning a slide moves copies
   * instead of cloning the slide's blocks again (the sync with the projector stays quick).
   * Any change to the deck's content (room results arriving) empties it.
   */
  #slideCopies = new Map<number, HTMLElement>();
  #notesCopies = new Map<number, HTMLElement[]>();
  /** Each preview box's size, as last observed. */
  #boxSizes = new WeakMap<Element, { width: number; height: number }>();

  connectedCallback() {
    useDemoStorage();
    const content = this.#part('[data-slide-content]');
    // The same preparation as the projected deck, so both number the slides alike.
    fillExerciseCards(content);
    drawQrCodes(content);
    this.#model = readDeck(content);
    new MutationObserver(() => {
      this.#slideCopies.clear();
      this.#notesCopies.clear();
    }).observe(content, { subtree: true, childList: true, characterData: true, attributes: true });
    printInLightTheme();
    // Opened from an agenda row, the clock counts down the minutes the plan gives that part.
    this.#minutes = plannedMinutes(location.search) ?? (Number(this.dataset.minutes) || 60);
    window.name = `cs-speaker:${this.dataset.unit}`;
    this.#state = {
      index: slideFromHash(location.hash, this.#total) ?? 0,
      blank: false,
      startedAt: Date.now(),
    };
    this.#channel = openDeckChannel(
      channelName(resolveBase(this.dataset.base), this.dataset.unit ?? ''),
      'speaker',
      (m) => this.#onMessage(m),
    );
    this.#render();
    this.#tick();
    window.setInterval(() => this.#tick(), 1000);
    this.#channel.post({ type: 'state', from: 'speaker', ...this.#state, ask: true });

    document.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('click', (event) => this.#onClick(event));
    const boxes = new ResizeObserver((entries) => {
      // Measured here, where the layout is fresh, so a turn sizes its previews without a read.
      for (const { target } of entries) {
        this.#boxSizes.set(target, { width: target.clientWidth, height: target.clientHeight });
      }
      this.#fitPreviews();
    });
    for (const box of this.querySelectorAll('.preview')) boxes.observe(box);
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    const el = this.querySelector<T>(selector);
    if (!el) throw new Error(`speaker-view: ${selector} missing`);
    return el;
  }

  get #total(): number {
    return this.#model.slides.length;
  }

  /** Moves here and asks the projected deck to follow. */
  #go(index: number) {
    const next = clampSlide(index, this.#total);
    if (next === this.#state.index) return;
    this.#state = { ...this.#state, index: next };
    this.#render();
    this.#channel.post({ type: 'go', from: 'speaker', index: next });
  }

  #toggleBlank() {
    this.#state = { ...this.#state, blank: !this.#state.blank };
    this.#renderBlank();
    this.#channel.post({ type: 'blank', from: 'speaker', on: this.#state.blank });
  }

  #restartTimer() {
    this.#state = { ...this.#state, startedAt: Date.now() };
    this.#tick();
    this.#channel.post({ type: 'timer', from: 'speaker', startedAt: this.#state.startedAt });
  }

  #onMessage(message: DeckMessage) {
    const before = this.#state;
    const { state, reply, peer } = receive('speaker', before, message, this.#total);
    this.#state = state;
    if (peer !== undefined && peer !== this.#peer) {
      this.#peer = peer;
      this.#part('[data-link-status]').textContent = peer ? deckUi.connected : deckUi.audienceGone;
    }
    if (state.index !== before.index) this.#render();
    if (state.blank !== before.blank) this.#renderBlank();
    if (state.startedAt !== before.startedAt) this.#tick();
    if (reply) this.#channel.post(reply);
  }

  #render() {
    const { index } = this.#state;
    this.#part('[data-position]').textContent = deckUi.positionLong(index + 1, this.#total);
    this.#part('[data-current-title]').textContent = slideTitle(this.#model, index);
    const hasNext = index + 1 < this.#total;
    this.#part('[data-next-title]').textContent = hasNext
      ? slideTitle(this.#model, index + 1)
      : deckUi.lastSlide;
    this.#part('[data-preview-current]').replaceChildren(this.#slideCopy(index));
    this.#part('[data-preview-next]').replaceChildren(...(hasNext ? [this.#slideCopy(index + 1)] : []));
    this.#fitPreviews();
    this.#renderNotes();
    this.#part<HTMLButtonElement>('[data-action=prev]').disabled = index === 0;
    this.#part<HTMLButtonElement>('[data-action=next]').disabled = !hasNext;
    history.replaceState(history.state, '', hashForSlide(index));
    this.#warm(index);
  }

  /**
   * Builds, while the browser is idle, the copies the next turn either way will show, so
   * the turn itself only moves ready-made nodes.
   */
  #warm(index: number) {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1));
    idle(() => {
      for (const near of [index + 2, index - 1]) {
        if (near < 0 || near >= this.#total || this.#slideCopies.has(near)) continue;
        this.#slideCopy(near);
        this.#notesFor(near);
      }
      this.#notesFor(index + 1 < this.#total ? index + 1 : index);
    });
  }

  #slideCopy(index: number): HTMLElement {
    let copy = this.#slideCopies.get(index);
    if (!copy) {
      copy = slideCopy(this.#model, index);
      this.#slideCopies.set(index, copy);
    }
    return copy;
  }

  #renderNotes() {
    const slide = this.#model.slides[this.#state.index];
    const out = this.#part('[data-notes-out]');
    const scope = this.#part('[data-notes-scope]');
    if (!slide) return;
    // Each note shows on one slide of its section; the others say where it is.
    const holder = slide.notes.length
      ? -1
      : this.#model.slides.findIndex((s) => s.section === slide.section && s.notes.length);
    scope.hidden = holder < 0;
    scope.textContent = holder < 0 ? '' : deckUi.notesElsewhere(holder + 1);
    out.replaceChildren(...this.#notesFor(this.#state.index));
    out.scrollTop = 0;
  }

  /** The slide's spoken text and notes as the notes panel shows them (built once per slide). */
  #notesFor(index: number): HTMLElement[] {
    const cached = this.#notesCopies.get(index);
    if (cached) return cached;
    const slide = this.#model.slides[index]!;
    const parts: HTMLElement[] = [];
    if (slide.prose.length) {
      const prose = document.createElement('section');
      prose.className = 'speaker-prose';
      const label = document.createElement('h3');
      label.textContent = deckUi.prose;
      prose.append(
        label,
        ...notesCopy(this.#model, slide.prose).map((copy) => {
          copy.removeAttribute('class');
          return copy;
        }),
      );
      parts.push(prose);
    }
    parts.push(...notesCopy(this.#model, slide.notes));
    if (!parts.length) {
      const none = document.createElement('p');
      none.className = 'notes-none';
      none.textContent = deckUi.noNotes;
      parts.push(none);
    }
    this.#notesCopies.set(index, parts);
    return parts;
  }

  #renderBlank() {
    const button = this.#part('[data-action=blank]');
    button.setAttribute('aria-pressed', String(this.#state.blank));
    this.toggleAttribute('data-blank', this.#state.blank);
  }

  #fitPreviews() {
    for (const box of this.querySelectorAll<HTMLElement>('.preview')) {
      const slide = box.querySelector<HTMLElement>('.slide');
      const size = this.#boxSizes.get(box);
      if (slide && size) sizeSlide(slide, size.width, size.height);
    }
  }

  #tick() {
    const view = timerView(this.#state.startedAt, Date.now(), this.#minutes);
    this.#part('[data-elapsed]').textContent = view.elapsed;
    this.#part('[data-remaining]').textContent = view.remaining;
    this.#part('[data-remaining-label]').textContent = view.over
      ? deckUi.overtime
      : deckUi.remaining(this.#minutes);
    const box = this.#part('[data-remaining-box]');
    box.toggleAttribute('data-over', view.over);
    box.toggleAttribute('data-ending', view.ending);
  }

  #onKey(event: KeyboardEvent) {
    if (event.defaultPrevented) return;
    const action = deckActionForEvent(event);
    const moves: Partial<Record<NonNullable<typeof action>, () => void>> = {
      next: () => this.#go(this.#state.index + 1),
      prev: () => this.#go(this.#state.index - 1),
      first: () => this.#go(0),
      last: () => this.#go(this.#total - 1),
      blank: () => this.#toggleBlank(),
    };
    const run = action ? moves[action] : undefined;
    if (!run) return;
    event.preventDefault();
    run();
  }

  #onClick(event: MouseEvent) {
    const target = event.target as Element;
    if (target.closest('[data-open-audience]')) {
      event.preventDefault();
      const href = `${this.dataset.audienceHref}${hashForSlide(this.#state.index)}`;
      window.open(href, `cs-deck:${this.dataset.unit}`);
      return;
    }
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'next') this.#go(this.#state.index + 1);
    else if (action === 'prev') this.#go(this.#state.index - 1);
    else if (action === 'blank') this.#toggleBlank();
    else if (action === 'restart') this.#restartTimer();
    else if (action === 'handout') {
      buildHandout(this.#part('[data-handout]'), this.#model, this.dataset.title ?? '');
      window.print();
    }
  }
}

customElements.define('speaker-view', SpeakerView);
