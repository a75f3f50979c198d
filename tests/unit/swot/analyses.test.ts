import { describe, expect, it } from 'vitest';
import { dataOf, swotData } from '../../../src/lib/swot/record';
import {
  addItem,
  analysisFromExample,
  deleteStrategy,
  deleteItem,
  editItem,
  moveItem,
  printDensity,
  restoreItem,
  restoreStrategy,
} from '../../../src/lib/swot/analyses';
import { citation } from '../../../src/lib/swot/numbering';
import example from '../../../content/swot/example.json';
import { loadSwotExample } from '../../../src/lib/swot/load';
import { sample } from './fixtures';

const texts = (xs: { text: string }[]) => xs.map((x) => x.text);
let n = 0;
const seqId = (p: string) => `${p}${++n}`;

describe('items in a quadrant', () => {
  it('adds, edits and reorders items', () => {
    let a = addItem(sample(), 'O', '新岗位开放', 'o3');
    a = editItem(a, 'O', 'o3', '值班主管岗位开放竞聘');
    a = moveItem(a, 'O', 'o3', -1);
    expect(texts(a.items.O)).toEqual(['培训部开讲师营', '值班主管岗位开放竞聘', '新系统能导出数据']);
  });

  it('deletes an item and restores it in its place on undo', () => {
    const { analysis, removed } = deleteItem(sample(), 'W', 'w1');
    expect(texts(analysis.items.W)).toEqual(['很少单独谈话']);
    expect(texts(restoreItem(analysis, 'W', removed!).items.W)).toEqual(['不擅长公开讲话', '很少单独谈话']);
  });

  it('deletes a strategy and restores it on undo', () => {
    const { analysis, removed } = deleteStrategy(sample(), 'x1');
    expect(analysis.strategies.map((s) => s.id)).toEqual(['x2']);
    expect(restoreStrategy(analysis, removed!).strategies.map((s) => s.id)).toEqual(['x1', 'x2']);
  });
});

describe('the example', () => {
  it('passes its schema', () => {
    expect(() => loadSwotExample(JSON.stringify(example))).not.toThrow();
  });

  it('becomes an analysis marked 示例 whose strategies cite the right numbers', () => {
    const a = analysisFromExample(loadSwotExample(JSON.stringify(example)), '2026-05-01', seqId);
    expect(a.example).toBe(true);
    expect(a.strategies.map((s) => citation(a, s))).toEqual(
      example.strategies.map((s) => `${s.internal}/${s.external}`),
    );
  });

  it('holds sheet data that passes the stored form', () => {
    const a = analysisFromExample(loadSwotExample(JSON.stringify(example)), '2026-05-01', seqId);
    expect(swotData.safeParse(dataOf(a)).success).toBe(true);
  });
});

describe('fitting the printed sheet on one A4 page', () => {
  it.each([
    [0, 'normal'],
    [15, 'compact'],
    [60, 'tight'],
  ] as const)('with %i extra long items it prints %s', (count, density) => {
    let a = sample();
    for (let i = 0; i < count; i++)
      a = addItem(a, 'S', '这是一条写得比较长的优势条目，带着事实和数据。', `e${i}`);
    expect(printDensity(a)).toBe(density);
  });
});
