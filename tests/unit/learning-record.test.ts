import { describe, expect, it } from 'vitest';
import { testRows, unitRows } from '../../src/lib/learning-record/record';
import { choice, likert } from './assessments/fixtures';

describe('the printable learning record', () => {
  it('lists every unit with its status and the local date it was completed', () => {
    const rows = unitRows(
      [
        { id: 'intro', label: '导入篇', title: '角色' },
        { id: 'swot', label: '第二讲', title: '自我扫描' },
      ],
      {
        intro: {
          firstVisit: '2026-11-01T01:00:00Z',
          lastVisit: '2026-11-02T01:00:00Z',
          readToEnd: true,
          completed: true,
          completedAt: '2026-11-02T01:00:00Z',
        },
      },
    );
    expect(rows).toEqual([
      {
        id: 'intro',
        name: '导入篇 角色',
        status: '已完成',
        completedOn: expect.stringMatching(/^2026年11月[12]日$/),
      },
      { id: 'swot', name: '第二讲 自我扫描', status: '未开始', completedOn: '' },
    ]);
  });

  it('gives each test its attempts, the latest result in words and the colleague ratings', () => {
    const rows = testRows([likert, choice], {
      likert: [
        { id: 'b', at: '2026-11-05T02:00:00Z', answers: {}, score: 18, max: 20, rater: 'other' },
        { id: 'a', at: '2026-11-01T02:00:00Z', answers: {}, score: 8, max: 20 },
      ],
    });
    expect(rows[0]).toMatchObject({ attempts: 2, byOthers: 1 });
    expect(rows[0]!.latest).toMatch(/^2026年11月[45]日 · 18 \/ 20（高）$/);
    expect(rows[1]).toMatchObject({ attempts: 0, latest: '', byOthers: 0 });
  });
});
