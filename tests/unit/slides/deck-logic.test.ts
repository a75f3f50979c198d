import { describe, expect, it } from 'vitest';
import { deckActionForKey, type KeyInput } from '../../../src/lib/slides/keys';
import { clampSlide, hashForSlide, slideFromHash } from '../../../src/lib/slides/hash';
import { formatClock, timerView } from '../../../src/lib/slides/timer';
import { swipeAction } from '../../../src/lib/slides/swipe';
import { canvasScale, stageScale } from '../../../src/lib/slides/fit';
import { speakerHref } from '../../../src/lib/slides/links';

describe('keys', () => {
  it.each<[string, Partial<KeyInput>, ReturnType<typeof deckActionForKey>]>([
    ['ArrowRight', {}, 'next'],
    ['PageDown', {}, 'next'],
    [' ', {}, 'next'],
    ['ArrowLeft', {}, 'prev'],
    ['PageUp', {}, 'prev'],
    [' ', { shiftKey: true }, 'prev'],
    ['Home', {}, 'first'],
    ['End', {}, 'last'],
    ['f', {}, 'fullscreen'],
    ['F', {}, 'fullscreen'],
    ['b', {}, 'blank'],
    ['.', {}, 'blank'],
    ['o', {}, 'overview'],
    ['s', {}, 'speaker'],
    ['?', { shiftKey: true }, 'help'],
    ['Escape', {}, 'close'],
    ['x', {}, null],
    ['ArrowDown', {}, null],
  ])('%j does %j', (key, extra, expected) => {
    expect(deckActionForKey({ key, target: 'other', ...extra })).toBe(expected);
  });

  it.each(['ArrowRight', 'ArrowLeft', ' ', 'b', 'f', 'Home'])(
    'leaves %j to a text field while the presenter types',
    (key) => {
      expect(deckActionForKey({ key, target: 'field' })).toBeNull();
    },
  );

  it.each<[string, ReturnType<typeof deckActionForKey>]>([
    ['PageDown', 'next'],
    ['PageUp', 'prev'],
    ['Escape', 'close'],
  ])('still takes the clicker key %j and Esc in a text field', (key, expected) => {
    expect(deckActionForKey({ key, target: 'field' })).toBe(expected);
  });

  it('lets Enter press a focused button', () => {
    expect(deckActionForKey({ key: 'Enter', target: 'control' })).toBeNull();
  });

  it.each<[string, ReturnType<typeof deckActionForKey>]>([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'prev'],
    ['b', 'blank'],
  ])('turns slides with %j while a control (button, choice, slider) has focus', (key, expected) => {
    expect(deckActionForKey({ key, target: 'control' })).toBe(expected);
  });

  it.each([{ ctrlKey: true }, { metaKey: true }, { altKey: true }])(
    'leaves browser shortcuts alone (%j)',
    (mods) => {
      expect(deckActionForKey({ key: 'f', target: 'other', ...mods })).toBeNull();
    },
  );
});

describe('slide hash', () => {
  it.each<[string, number, number | null]>([
    ['#1', 10, 0],
    ['#3', 10, 2],
    ['3', 10, 2],
    ['#0', 10, 0],
    ['#99', 10, 9],
    ['', 10, null],
    ['#学习力的本质', 10, null],
    ['#3', 0, null],
  ])('%j in a deck of %i is slide index %j', (hash, total, expected) => {
    expect(slideFromHash(hash, total)).toBe(expected);
  });

  it('writes slide index 0 as #1 and reads it back', () => {
    expect(hashForSlide(0)).toBe('#1');
    expect(slideFromHash(hashForSlide(6), 10)).toBe(6);
  });

  it.each([
    [-1, 5, 0],
    [2, 5, 2],
    [7, 5, 4],
    [3, 0, 0],
  ])('clamps %i into a deck of %i as %i', (i, total, expected) => {
    expect(clampSlide(i, total)).toBe(expected);
  });
});

describe('timer', () => {
  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [61_000, '1:01'],
    [3_600_000, '1:00:00'],
    [3_723_000, '1:02:03'],
    [-5_000, '0:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('counts down from the unit minutes', () => {
    const start = 1_000_000;
    expect(timerView(start, start + 10 * 60_000, 60)).toEqual({
      elapsed: '10:00',
      remaining: '50:00',
      over: false,
      ending: false,
    });
  });

  it('warns near the end and says when the time is over', () => {
    const start = 0;
    expect(timerView(start, 58 * 60_000, 60)).toMatchObject({ remaining: '2:00', ending: true, over: false });
    expect(timerView(start, 63 * 60_000, 60)).toMatchObject({ remaining: '3:00', over: true, ending: false });
  });

  it('stands still before the clock starts', () => {
    expect(timerView(null, 5_000, 30)).toMatchObject({ elapsed: '0:00', remaining: '30:00' });
  });
});

describe('swipes', () => {
  it.each<[number, number, 'next' | 'prev' | null]>([
    [-120, 10, 'next'],
    [120, -10, 'prev'],
    [-30, 0, null],
    [-80, 90, null],
  ])('dx %i, dy %i is %j', (dx, dy, expected) => {
    expect(swipeAction(dx, dy)).toBe(expected);
  });
});

describe('fitting a slide', () => {
  it('gives a 4:3 screen an 800 × 600 canvas and a 16:9 screen a wider one of the same height', () => {
    expect(canvasScale(1024, 768)).toBe(1.28);
    expect(canvasScale(1920, 1080)).toBe(1.8);
    expect(1920 / canvasScale(1920, 1080)).toBeCloseTo(1066.7, 1);
  });

  it('sets body text of 22 canvas px at no less than 28 px on a 1024 × 768 projector', () => {
    expect(22 * canvasScale(1024, 768)).toBeGreaterThanOrEqual(28);
  });

  it.each([
    [1920, 1080, 1.8, true],
    [1024, 768, 1.28, true],
    [360, 740, 1, false],
    [320, 640, 320 / 360, false],
  ])('scales the live slide on a %i × %i screen by %d (shrinking: %s)', (w, h, scale, shrink) => {
    expect(stageScale(w, h)).toEqual({ scale, shrink });
  });
});

describe('speaker link', () => {
  it.each([
    ['/', '/present/swot/speaker/'],
    ['/x/y/', '/x/y/present/swot/speaker/'],
  ])('under base %s is %s', (base, expected) => {
    expect(speakerHref('swot', base)).toBe(expected);
  });
});
