/**
 * Every text field stops where its stored form's limit is, so nothing a learner can type
 * makes the saved record unreadable. The limits come from the schemas themselves: each
 * field is filled to its `maxlength`, the saved record is searched for that text, and the
 * schema is asked whether that place takes one character more.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import '../../src/lib/exercises';
import { docTypeFor } from '../../src/lib/state/registry';
import JohariExercise from '../../src/islands/johari/JohariExercise.svelte';
import SwotMatrix from '../../src/islands/swot/SwotMatrix.svelte';
import GoldenCircleBuilder from '../../src/islands/golden-circle/GoldenCircleBuilder.svelte';
import GoalWorksheet from '../../src/islands/goal-worksheet/GoalWorksheet.svelte';
import ReviewWorksheet from '../../src/islands/review-worksheet/ReviewWorksheet.svelte';
import FeedbackBuilder from '../../src/islands/feedback-builder/FeedbackBuilder.svelte';
import GrowPlanner from '../../src/islands/grow-planner/GrowPlanner.svelte';
import traitList from '../../content/johari/traits.json';
import swotExample from '../../content/swot/example.json';
import golden from '../../content/golden-circle/example.json';
import stages from '../../content/grow-planner/stages.json';
import growExample from '../../content/grow-planner/example.json';
import feedbackExamples from '../../content/feedback-builder/examples.json';
import { loadGoalExample } from '../../src/lib/goal-worksheet/load';
import { loadReviewExample, loadReviewPrompts } from '../../src/lib/review-worksheet/load';

vi.mock('../../src/lib/download', async (original) => ({
  ...(await original<typeof import('../../src/lib/download')>()),
  downloadText: () => {},
}));

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

/** How far a field without `maxlength` is probed: any schema limit below this is found. */
const UNLIMITED = 100_000;

type Path = (string | number)[];

function findText(value: unknown, marker: string, path: Path = []): Path | undefined {
  if (typeof value === 'string') return value.startsWith(marker) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findText(child, marker, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

function withText(data: unknown, path: Path, text: string): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = text;
  return copy;
}

// Each island takes its own props; the table only needs to render them.
const cases: [string, string, Component<any>, Record<string, unknown>][] = [
  ['沟通视窗', 'johari', JohariExercise, { traits: traitList.traits }],
  ['SWOT', 'swot', SwotMatrix, { example: swotExample }],
  ['黄金圈', 'golden-circle', GoldenCircleBuilder, golden],
  ['目标工作表', 'goal-worksheet', GoalWorksheet, { example: loadGoalExample() }],
  [
    '复盘工作表',
    'review-worksheet',
    ReviewWorksheet,
    { prompts: loadReviewPrompts(), example: loadReviewExample() },
  ],
  ['教练式反馈', 'feedback-builder', FeedbackBuilder, { examples: feedbackExamples }],
  ['GROW', 'grow-planner', GrowPlanner, { stages, example: growExample }],
];

describe.each(cases)('%s', (_, id, island, props) => {
  it("every text field's maxlength is what its stored form accepts", async () => {
    render(island, props);
    // Reveal the fields that appear once a learner adds an item.
    for (const button of screen.queryAllByRole('button', { name: /^(添加|新增|\+)/ }))
      await fireEvent.click(button);
    const fields = [
      ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="url"]',
      ),
    ].filter((el) => !el.readOnly && !el.disabled);
    expect(fields.length).toBeGreaterThan(0);
    const typed: { el: HTMLElement; marker: string; max: number | null }[] = [];
    for (const [i, el] of fields.entries()) {
      const marker = `Z${i}Z`;
      const max = el.maxLength > 0 ? el.maxLength : null;
      await fireEvent.input(el, { target: { value: marker.padEnd(max ?? 50, '字') } });
      typed.push({ el, marker, max });
    }
    vi.advanceTimersByTime(1000);
    window.dispatchEvent(new Event('pagehide'));

    const key = `cs-course:ex:${id}`;
    const type = docTypeFor(key)!;
    const stored = JSON.parse(localStorage.getItem(key)!).d;
    expect(type.schema.safeParse(stored).success).toBe(true);
    let checked = 0;
    for (const { el, marker, max } of typed) {
      const path = findText(stored, marker);
      if (!path) continue; // a field that is not kept (a paste box, a search)
      checked++;
      const name = `${el.id || el.getAttribute('name') || el.tagName} → ${path.join('.')}`;
      const limit = max ?? UNLIMITED;
      expect(type.schema.safeParse(withText(stored, path, 'x'.repeat(limit))).success, name).toBe(true);
      expect(type.schema.safeParse(withText(stored, path, 'x'.repeat(limit + 1))).success, name).toBe(
        max === null,
      );
    }
    expect(checked).toBeGreaterThan(0);
  });
});
