import { describe, expect, it } from 'vitest';
import { qrModules, qrSvg } from '../../../src/lib/qr/svg';

describe('qrSvg', () => {
  it('draws a square grid with the three finder patterns in the corners', () => {
    const rows = qrModules('https://example.com/units/review/#s=AB12', 'M', 4);
    const size = rows.length;
    expect(rows.every((row) => row.length === size)).toBe(true);
    // A finder pattern's outer ring starts right inside the quiet zone.
    for (const [x, y] of [
      [4, 4],
      [size - 5, 4],
      [4, size - 5],
    ] as [number, number][]) {
      expect(rows[y]![x]).toBe(true);
    }
    expect(rows[0]!.some(Boolean)).toBe(false);
  });

  it('grows with the amount of data', () => {
    expect(qrModules('A'.repeat(200)).length).toBeGreaterThan(qrModules('A').length);
  });

  it('carries the label as escaped text and never the encoded content', () => {
    const svg = qrSvg('<img src=x onerror=alert(1)>', { label: '扫码 "打开" <本讲>' });
    expect(svg).not.toContain('<img');
    expect(svg).toContain('aria-label="扫码 &quot;打开&quot; &lt;本讲&gt;"');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toContain('style=');
  });
});
