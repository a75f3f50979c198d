/**
 * The searching half of the search dialog (SearchDialog.astro), loaded on its first open:
 * queries pagefind as the learner types, lists the best pages with their best sections,
 * and moves between input and results with the arrow keys. Learner input and pagefind's
 * text are set as text; pagefind's excerpt marks go through `appendExcerpt`.
 */
import { searchCount, searchEmpty, searchFailed, searchLoading } from '../lib/ui-strings';
import { loadPagefind, type PagefindResultData } from '../lib/search/pagefind';
import { appendExcerpt, rankSubResults } from '../lib/search/excerpt';

export function attachSearch(root: HTMLElement, base: string): void {
  const dialog = root.querySelector('dialog')!;
  const input = root.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('.status')!;
  const results = root.querySelector<HTMLOListElement>('.results')!;
  let query = 0;

  const link = (url: string, title: string, excerpt: string): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.className = 'result';
    a.href = url;
    const heading = document.createElement('span');
    heading.className = 'result-title';
    heading.textContent = title;
    const text = document.createElement('span');
    text.className = 'excerpt';
    appendExcerpt(text, excerpt, title);
    a.append(heading, text);
    a.addEventListener('click', () => dialog.close());
    return a;
  };

  const render = (result: PagefindResultData): HTMLLIElement => {
    const item = document.createElement('li');
    const main = link(result.url, result.meta.title ?? result.url, result.excerpt);
    const unit = result.meta.unit;
    if (unit) {
      const label = document.createElement('span');
      label.className = 'result-unit';
      label.textContent = unit;
      main.prepend(label);
    }
    item.append(main);
    // The best-matching sections first: for 服务质量差距 the one that holds the model.
    const subs = rankSubResults((result.sub_results ?? []).filter((s) => s.url !== result.url)).slice(0, 3);
    if (subs.length) {
      const list = document.createElement('ul');
      list.className = 'sub';
      for (const sub of subs) {
        const li = document.createElement('li');
        li.append(link(sub.url, sub.title, sub.excerpt));
        list.append(li);
      }
      item.append(list);
    }
    return item;
  };

  const search = async (raw: string) => {
    const text = raw.trim();
    const ticket = ++query;
    if (!text) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = searchLoading;
    let found: PagefindResultData[];
    try {
      const pagefind = await loadPagefind(base);
      const answer = await pagefind.debouncedSearch(text, {}, 200);
      if (answer === null || ticket !== query) return;
      found = await Promise.all(answer.results.slice(0, 8).map((r) => r.data()));
    } catch {
      if (ticket === query) status.textContent = searchFailed;
      return;
    }
    if (ticket !== query) return;
    status.textContent = found.length ? searchCount(found.length) : searchEmpty;
    results.replaceChildren(...found.map(render));
  };

  input.addEventListener('input', () => void search(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      results.querySelector<HTMLElement>('a')?.focus();
    }
  });
  results.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll<HTMLElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLElement);
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[index + 1] : links[index - 1];
    (next ?? (event.key === 'ArrowUp' ? input : undefined))?.focus();
  });
  void loadPagefind(base).catch(() => undefined);
  // What was typed while this module loaded is searched now.
  if (input.value.trim()) void search(input.value);
}
