import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TakeAssessment from '../../src/islands/assessment/TakeAssessment.svelte';
import { newDraft, type Draft } from '../../src/lib/assessments/session';
import { likert, quiz } from '../unit/assessments/fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The self-test one item per screen, as on a phone, keeping the draft as the island would. */
function take(assessment = likert) {
  let draft: Draft = newDraft(assessment, '2026-11-01T09:00:00.000Z');
  const view = render(TakeAssessment, {
    assessment,
    draft,
    paged: true,
    onchange: (next: Draft) => {
      draft = next;
      view.rerender({ draft });
    },
    onsubmit: () => undefined,
  });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  return { user, current: () => screen.getByText(/^第 \d+ 题，共 \d+ 题$/).textContent };
}

const group = (name: string) => screen.getByRole('group', { name: new RegExp(`${name}$`) });

describe('a self-test that moves on by itself', () => {
  it('goes to the next item after a short visible pause when an answer is tapped', async () => {
    const { user, current } = take();
    await user.click(within(group('题1')).getByRole('radio', { name: '4分' }));
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('已记下，马上进入下一题');
    expect(current()).toBe('第 1 题，共 4 题');
    await vi.advanceTimersByTimeAsync(800);
    expect(current()).toBe('第 2 题，共 4 题');
    expect(document.activeElement).toHaveTextContent('题2');
    // The way back is one tap, and the earlier answer is still there.
    await user.click(screen.getByRole('button', { name: /上一题/ }));
    expect(current()).toBe('第 1 题，共 4 题');
    expect(within(group('题1')).getByRole('radio', { name: '4分' })).toBeChecked();
  });

  it('lets arrow keys browse the options without moving on, and Enter or Space settle on one', async () => {
    const { user, current } = take();
    within(group('题1')).getByRole('radio', { name: '1分' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await vi.advanceTimersByTimeAsync(1500);
    expect(current()).toBe('第 1 题，共 4 题');
    expect(within(group('题1')).getByRole('radio', { name: '3分' })).toBeChecked();
    await user.keyboard('{Enter}');
    await vi.advanceTimersByTimeAsync(800);
    expect(current()).toBe('第 2 题，共 4 题');
    within(group('题2')).getByRole('radio', { name: '2分' }).focus();
    await user.keyboard(' ');
    await vi.advanceTimersByTimeAsync(800);
    expect(current()).toBe('第 3 题，共 4 题');
    expect(within(group('题2')).getByRole('radio', { name: '2分' })).toBeChecked();
  });

  it('stays on the item when asked during the pause', async () => {
    const { user, current } = take();
    await user.click(within(group('题1')).getByRole('radio', { name: '5分' }));
    await user.click(screen.getByRole('button', { name: '留在这题' }));
    await vi.advanceTimersByTimeAsync(1500);
    expect(current()).toBe('第 1 题，共 4 题');
  });

  it('never moves a quiz on before its explanation has been read', async () => {
    const { user, current } = take(quiz as never);
    const first = screen.getAllByRole('group')[0]!;
    await user.click(within(first).getAllByRole('radio')[0]!);
    await user.click(within(first).getByRole('button', { name: '确认答案' }));
    await vi.advanceTimersByTimeAsync(1500);
    expect(current()).toBe('第 1 题，共 4 题');
  });
});
