// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTyping } from '../../src/lib/keyboard';

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.body.querySelector('[data-target]') ?? document.body.firstElementChild!;
}

describe('isTyping', () => {
  it.each([
    ['<input data-target>', true],
    ['<input type="search" data-target>', true],
    ['<textarea data-target></textarea>', true],
    ['<select data-target></select>', true],
    ['<div contenteditable="true"><b data-target>x</b></div>', true],
    ['<div role="textbox" data-target></div>', true],
    ['<input type="range" data-target>', false],
    ['<input type="radio" data-target>', false],
    ['<input type="checkbox" data-target>', false],
    ['<button data-target>ok</button>', false],
    ['<p data-target>text</p>', false],
  ])('%s → %s', (html, expected) => {
    expect(isTyping(element(html))).toBe(expected);
  });

  it('is false for no target or a non-element', () => {
    expect(isTyping(null)).toBe(false);
    expect(isTyping(window)).toBe(false);
  });
});
