import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ObjectiveMastery from '../../src/islands/my-learning/ObjectiveMastery.svelte';
import LearningRecord from '../../src/islands/my-learning/LearningRecord.svelte';
import { addAttempt } from '../../src/lib/state/attempts';
import { checkAsAssessment } from '../../src/lib/assessments/checks';
import { cleanAttemptStores } from './clean-attempt-stores';

cleanAttemptStores('check-intro', 'check-swot');

const goals = ['说清核心价值', '分析优劣势'];
const units = [
  { id: 'intro', label: '导入篇', title: '角色' },
  { id: 'swot', label: '第二讲', title: '自我扫描' },
];
const questions = [
  { unit: 'intro', id: 'a', answer: 0, objective: 1 },
  { unit: 'intro', id: 'b', answer: 1, objective: 1 },
  { unit: 'swot', id: 'c', answer: 2, objective: 2 },
];

describe('mastery per 课程目标', () => {
  it('says in words how the latest check went for each goal, and which goals are untested', () => {
    addAttempt('check-intro', {
      id: 'x',
      at: '2026-11-02T08:00:00Z',
      answers: { a: 0, b: 0 },
      score: 1,
      max: 2,
    });
    render(ObjectiveMastery, { goals, questions, units });
    const [first, second] = screen.getAllByRole('listitem');
    expect(first).toHaveTextContent('目标 1 说清核心价值');
    expect(first).toHaveTextContent('待加强 · 1 / 2 题答对');
    expect(second).toHaveTextContent('相关单元：第二讲');
    expect(second).toHaveTextContent(/未作答$/);
  });
});

describe('the 学习记录', () => {
  it('lists the units, the goals and the checks taken, with a print button', () => {
    addAttempt('check-intro', {
      id: 'y',
      at: '2026-11-03T08:00:00Z',
      answers: { a: 0, b: 1 },
      score: 2,
      max: 2,
    });
    const checks = [
      checkAsAssessment('intro', '导入篇 角色 · 知识检测', [
        { id: 'a', prompt: '题一', options: ['甲', '乙'], answer: 0, explanation: '解析' },
        { id: 'b', prompt: '题二', options: ['甲', '乙'], answer: 1, explanation: '解析' },
      ]),
    ];
    render(LearningRecord, { courseTitle: '训练营', goals, questions, units, assessments: checks });
    expect(screen.getByRole('row', { name: /导入篇 角色 未开始/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /知识检测 1 2026年11月\d日 · 2 \/ 2/ })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('已掌握 · 2 / 2 题答对');
    expect(screen.getByRole('button', { name: '打印或另存为 PDF' })).toBeInTheDocument();
  });
});
