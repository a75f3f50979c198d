import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import TraitPicker from '../../src/islands/johari/TraitPicker.svelte';
import { loadJohariTraits } from '../../src/lib/johari/load';

describe('the 沟通视窗 word picker', () => {
  it('shows the 56 words in three named groups, each a list of its own', () => {
    const traits = loadJohariTraits();
    render(TraitPicker, {
      traits,
      selected: [],
      legend: '选出 5～8 个最像你的词',
      idPrefix: 'me',
      onchange: () => {},
    });
    const lists = screen.getAllByRole('list');
    expect(
      lists.map(
        (l) =>
          l.getAttribute('aria-labelledby') &&
          document.getElementById(l.getAttribute('aria-labelledby')!)?.textContent,
      ),
    ).toEqual(['做事', '待人', '性情']);
    const relating = screen.getByRole('list', { name: '待人' });
    expect(within(relating).getByRole('checkbox', { name: '有同理心' })).toBeInTheDocument();
    expect(within(relating).queryByRole('checkbox', { name: '有条理' })).toBeNull();
    expect(screen.getAllByRole('checkbox')).toHaveLength(traits.length);
  });
});
