import { describe, expect, it } from 'vitest';
import { groupStylesheets } from '../../../src/integrations/css-bundles.mjs';

describe('groupStylesheets', () => {
  const routes = new Map([
    ['units/a', '/units/[unit]'],
    ['units/b', '/units/[unit]'],
  ]);

  it("splits a unit page into its route's shared part and its own part, in order", () => {
    const groups = groupStylesheets(
      new Map([
        ['units/a', ['site', 'unit', 'swot']],
        ['units/b', ['site', 'unit', 'johari', 'assessment']],
      ]),
      routes,
    );
    expect(groups.get('units/a')).toEqual([['site', 'unit'], ['swot']]);
    expect(groups.get('units/b')).toEqual([
      ['site', 'unit'],
      ['johari', 'assessment'],
    ]);
  });

  it('gives a page of its own one stylesheet, and leaves out a sheet whose bytes came before', () => {
    const groups = groupStylesheets(new Map([['me', ['site', 'copy', 'me', 'copy']]]));
    expect(groups.get('me')).toEqual([['site', 'copy', 'me']]);
  });

  it('keeps a unit with nothing of its own at one stylesheet', () => {
    const groups = groupStylesheets(
      new Map([
        ['units/a', ['site', 'unit']],
        ['units/b', ['site', 'unit', 'swot']],
      ]),
      routes,
    );
    expect(groups.get('units/a')).toEqual([['site', 'unit']]);
  });
});
