// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { openGoldenCircles } from '../../../src/lib/golden-circle/exercise';
import { circleOf, circlesFromV1 } from '../../../src/lib/golden-circle/record';
import { activeSheet } from '../../../src/lib/worksheet/sheets';
import { closeAllDocuments } from '../../../src/lib/state/document';
import { storage } from '../../../src/lib/state/instance';
import { draftKey } from '../../../src/lib/state/drafts';
import { notices } from '../../../src/lib/state/notices';
import v1 from '../../fixtures/v1/golden-circle.json';

const KEY = draftKey('golden-circle');
const now = new Date('2026-12-01T10:00:00.000Z');

afterEach(() => {
  storage.removeItem(KEY);
  closeAllDocuments();
  notices.set([]);
});

describe('upgrading stored golden circles from version 1 (circles) to version 2 (sheets)', () => {
  it('keeps every circle, in order, its name as the title, its rings and its example mark', () => {
    const c = circlesFromV1(v1.d, now);
    expect(c.sheets.map((s) => circleOf(s))).toEqual(
      v1.d.circles.map((circle) => ({ example: undefined, ...circle })),
    );
    expect(c.sheets.map((s) => s.title)).toEqual(['推行新的质检标准', '', '示例：新人带教']);
    expect(c.sheets.every((s) => s.createdAt === now.toISOString())).toBe(true);
  });

  it('keeps the circle that was open', () => {
    expect(activeSheet(circlesFromV1(v1.d, now))?.id).toBe('gc-first');
    expect(activeSheet(circlesFromV1({ ...v1.d, activeId: 'gc-3' }, now))?.id).toBe('gc-3');
  });

  it('opens a version 1 record kept in storage as sheets, with nothing lost and no notice', () => {
    storage.setItem(KEY, JSON.stringify(v1));
    const c = openGoldenCircles().get();
    expect(c.activeId).toBe('gc-first');
    expect(c.sheets.map((s) => s.data.what)).toEqual(['质检表新增「告知时限」一项', '', '每天复盘一通电话']);
    expect(c.sheets[2]!.example).toBe(true);
    expect(notices.get()).toEqual([]);
  });
});
