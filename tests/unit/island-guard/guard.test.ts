// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { guardPage } from '../../../src/lib/island-guard';

afterEach(() => document.body.replaceChildren());

function page() {
  document.body.innerHTML = `
    <astro-island ssr>
      <input id="name" type="text">
      <input id="copy" type="text" readonly>
      <textarea id="note"></textarea>
      <input id="pick" type="checkbox">
    </astro-island>
    <input id="outside" type="text">`;
  guardPage(document);
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  return { island: document.querySelector('astro-island')!, $ };
}

describe('fields of an island that has not started yet', () => {
  it('are read-only, and the island is busy but shows no line until the learner reaches for it', () => {
    const { island, $ } = page();
    expect($<HTMLInputElement>('name').readOnly).toBe(true);
    expect($<HTMLTextAreaElement>('note').readOnly).toBe(true);
    expect(island.getAttribute('aria-busy')).toBe('true');
    // Nothing is added to the layout while the page loads (no shift when it wakes).
    expect(island.hasAttribute('data-loading')).toBe(false);
    $('outside').focus();
    expect(island.hasAttribute('data-loading')).toBe(false);
    $('name').focus();
    expect(island.getAttribute('data-loading')).toContain('正在加载');
    expect($<HTMLInputElement>('outside').readOnly).toBe(false);
  });

  it('say it is loading when a choice is tapped', () => {
    const { island, $ } = page();
    $<HTMLInputElement>('pick').click();
    expect(island.getAttribute('data-loading')).toContain('正在加载');
  });

  it('refuse a tick in a checkbox', () => {
    const { $ } = page();
    $<HTMLInputElement>('pick').click();
    expect($<HTMLInputElement>('pick').checked).toBe(false);
  });

  it.each([
    ['the island hydrates', (island: Element) => island.dispatchEvent(new CustomEvent('astro:hydrate'))],
    ['the ssr mark goes', (island: Element) => island.removeAttribute('ssr')],
  ])('take input again once %s, and keep their own read-only fields', async (_, hydrate) => {
    const { island, $ } = page();
    hydrate(island);
    island.removeAttribute('ssr');
    await Promise.resolve();
    expect($<HTMLInputElement>('name').readOnly).toBe(false);
    expect($<HTMLInputElement>('copy').readOnly).toBe(true);
    expect(island.hasAttribute('aria-busy')).toBe(false);
    $<HTMLInputElement>('pick').click();
    expect($<HTMLInputElement>('pick').checked).toBe(true);
  });
});
