import { describe, expect, it } from 'vitest';
import {
  moveById,
  removeById,
  restoreRemoved,
  shorten,
  uniqueName,
  updateById,
} from '../../../src/lib/worksheet/list';

const list = () => [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).join('');

describe('removing with undo', () => {
  it.each([
    ['a', 'bc', 0],
    ['b', 'ac', 1],
    ['c', 'ab', 2],
  ])('removes %s and puts it back in its place', (id, after, index) => {
    const { list: rest, removed } = removeById(list(), id);
    expect(ids(rest)).toBe(after);
    expect(removed?.index).toBe(index);
    expect(ids(restoreRemoved(rest, removed!))).toBe('abc');
  });

  it('restores only once, even if undo is pressed twice', () => {
    const { list: rest, removed } = removeById(list(), 'b');
    const once = restoreRemoved(rest, removed!);
    expect(ids(restoreRemoved(once, removed!))).toBe('abc');
  });

  it('puts an item back at the end when the list has become shorter', () => {
    const { removed } = removeById(list(), 'c');
    expect(ids(restoreRemoved([{ id: 'a' }], removed!))).toBe('ac');
  });

  it('reports nothing removed for an unknown id', () => {
    expect(removeById(list(), 'z').removed).toBeUndefined();
  });
});

describe('reordering', () => {
  it.each([
    ['b', -1, 'bac'],
    ['b', 1, 'acb'],
    ['a', -1, 'abc'],
    ['c', 1, 'abc'],
    ['z', 1, 'abc'],
  ])('moves %s by %i', (id, delta, after) => {
    expect(ids(moveById(list(), id, delta))).toBe(after);
  });

  it('never changes the list it was given', () => {
    const original = list();
    moveById(original, 'a', 1);
    updateById(original, 'a', () => ({ id: 'x' }));
    expect(ids(original)).toBe('abc');
  });
});

describe('names', () => {
  it.each([
    ['黄金圈', [], '黄金圈'],
    ['黄金圈', ['黄金圈'], '黄金圈（2）'],
    ['黄金圈', ['黄金圈', '黄金圈（2）'], '黄金圈（3）'],
    [' 黄金圈 ', ['黄金圈'], '黄金圈（2）'],
    ['甲（副本）', [], '甲（副本）'],
    ['甲（副本）', ['甲（副本）'], '甲（副本 2）'],
    ['甲（副本）', ['甲（副本）', '甲（副本 2）'], '甲（副本 3）'],
  ])('finds a free name for %j among %j', (base, names, name) => {
    expect(uniqueName(base, names)).toBe(name);
  });

  it('shortens long text with an ellipsis', () => {
    expect(shorten('一二三四五六', 4)).toBe('一二三…');
    expect(shorten('一二 \n 三', 10)).toBe('一二 三');
  });
});
