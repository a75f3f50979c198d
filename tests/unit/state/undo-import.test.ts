import { describe, expect, it } from 'vitest';
import { importTime, UNDO_IMPORT_KEY } from '../../../src/lib/state/undo-import';
import { UNDO_IMPORT_KEY as TRANSFER_KEY } from '../../../src/lib/state/transfer';

describe('importTime', () => {
  it('reads when the import a stored snapshot undoes happened', () => {
    const at = '2026-12-01T08:00:00.000Z';
    expect(importTime(JSON.stringify({ at, records: { 'cs-course:ex:swot': '{}' } }))).toBe(at);
  });

  it('finds nothing to undo in an absent, damaged or foreign value', () => {
    for (const raw of [
      null,
      undefined,
      '',
      '{',
      '[]',
      'null',
      '{"at":1,"records":{}}',
      '{"at":"x","records":[]}',
    ])
      expect(importTime(raw)).toBeUndefined();
  });

  it('is the key the import writes its snapshot under', () => {
    expect(UNDO_IMPORT_KEY).toBe(TRANSFER_KEY);
    expect(UNDO_IMPORT_KEY).toBe('cs-course:undo:import');
  });
});
