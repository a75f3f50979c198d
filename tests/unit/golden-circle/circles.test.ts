import { describe, expect, it } from 'vitest';
import { goldenCircleType, type GoldenCircleDoc } from '../../../src/lib/golden-circle/record';
import {
  activeCircle,
  addCircle,
  addExample,
  deleteCircle,
  duplicateCircle,
  renameCircle,
  restoreCircle,
  selectCircle,
  setRing,
} from '../../../src/lib/golden-circle/circles';

const example = { name: '新人带教', why: '让新人安心', how: '师傅带', what: '三周计划' };
const start = (): GoldenCircleDoc => goldenCircleType.initial();

describe('several named circles', () => {
  it('starts with one empty circle on screen', () => {
    const doc = start();
    expect(doc.circles).toHaveLength(1);
    expect(activeCircle(doc)?.name).toBe('我的黄金圈');
  });

  it('creates circles with names that do not clash, and shows the new one', () => {
    let doc = addCircle(start(), 'b');
    doc = addCircle(doc, 'c');
    expect(doc.circles.map((c) => c.name)).toEqual(['我的黄金圈', '新的黄金圈', '新的黄金圈（2）']);
    expect(doc.activeId).toBe('c');
  });

  it('renames a circle and keeps the name exactly as typed', () => {
    const doc = renameCircle(start(), 'gc-first', ' 团队宣言 ');
    expect(activeCircle(doc)?.name).toBe(' 团队宣言 ');
  });

  it('duplicates a circle right after the original, with its text', () => {
    let doc = setRing(start(), 'gc-first', 'why', '让客户安心');
    doc = duplicateCircle(addCircle(doc, 'other'), 'gc-first', 'copy');
    expect(doc.circles.map((c) => c.id)).toEqual(['gc-first', 'copy', 'other']);
    expect(activeCircle(doc)).toMatchObject({ name: '我的黄金圈 副本', why: '让客户安心' });
  });

  it('makes a copy of the example the learner’s own', () => {
    let doc = addExample(start(), example, 'ex');
    doc = duplicateCircle(doc, 'ex', 'mine');
    expect(activeCircle(doc)?.example).toBeUndefined();
  });

  it('deletes a circle, shows its neighbour, and restores it in place on undo', () => {
    let doc = addCircle(addCircle(start(), 'b'), 'c');
    doc = selectCircle(doc, 'b');
    const { doc: after, removed } = deleteCircle(doc, 'b');
    expect(after.circles.map((c) => c.id)).toEqual(['gc-first', 'c']);
    expect(after.activeId).toBe('c');
    const back = restoreCircle(after, removed!);
    expect(back.circles.map((c) => c.id)).toEqual(['gc-first', 'b', 'c']);
    expect(back.activeId).toBe('b');
  });

  it('can delete the last circle and bring it back', () => {
    const { doc, removed } = deleteCircle(start(), 'gc-first');
    expect(doc.circles).toEqual([]);
    expect(activeCircle(doc)).toBeUndefined();
    expect(restoreCircle(doc, removed!).circles).toHaveLength(1);
  });

  it('loads the worked example as a circle marked 示例', () => {
    const doc = addExample(start(), example, 'ex');
    expect(activeCircle(doc)).toMatchObject({ name: '示例：新人带教', example: true, why: '让新人安心' });
  });

  it('keeps what the stored schema accepts', () => {
    const doc = addExample(start(), example, 'ex');
    expect(goldenCircleType.schema.safeParse(doc).success).toBe(true);
  });
});
