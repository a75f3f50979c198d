import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AssessmentResult from '../../src/islands/assessment/AssessmentResult.svelte';
import TakeAssessment from '../../src/islands/assessment/TakeAssessment.svelte';
import { newDraft } from '../../src/lib/assessments/session';
import { quiz } from '../unit/assessments/fixtures';

describe('the five-gap result on a phone', () => {
  it('opens with the score and a 看错题 jump to the questions to look at again', async () => {
    const attempt = {
      id: 'a',
      at: '2026-11-02T09:00:00.000Z',
      answers: { q1: 0, q2: 0, q3: 0, q4: 2 },
      score: 2,
      max: 4,
    };
    render(AssessmentResult, { assessment: quiz, attempt });
    const jump = screen.getByRole('button', { name: '看错题（2）' });
    // The jump sits with the score, ahead of the chart and the list.
    expect(jump.closest('.total')).toHaveTextContent('答对 2 / 4 题');
    await userEvent.setup().click(jump);
    expect(document.activeElement).toHaveTextContent('答错的题（2）');
  });

  it('folds the explanation of a right answer behind 看解析, and shows a wrong one’s at once', async () => {
    const user = userEvent.setup();
    render(TakeAssessment, {
      assessment: quiz,
      draft: { ...newDraft(quiz, 's'), answers: { q1: 0, q2: 0 } },
      onchange: () => undefined,
      onsubmit: () => undefined,
    });
    const right = screen.getByRole('group', { name: /情境一$/ });
    expect(within(right).queryByText('解析一')).not.toBeInTheDocument();
    await user.click(within(right).getByRole('button', { name: '看解析' }));
    expect(within(right).getByText('解析一')).toBeVisible();
    const wrong = screen.getByRole('group', { name: /情境二$/ });
    expect(within(wrong).getByText('解析二')).toBeVisible();
    expect(within(wrong).queryByRole('button', { name: '看解析' })).not.toBeInTheDocument();
  });
});
