import { encode } from 'uqr';

export interface QrSvgOptions {
  /** Text read by screen readers; the link or code itself is shown beside the QR as text. */
  label: string;
  /** Error correction: 'M' survives a glare on a projector or a phone screen. */
  ecc?: 'L' | 'M' | 'Q' | 'H';
  /** Quiet zone in modules; scanners need about four. */
  border?: number;
}

/** The dark modules of a QR code for `text`, as a square grid (true = dark). */
export function qrModules(text: string, ecc: QrSvgOptions['ecc'] = 'M', border = 4): boolean[][] {
  return encode(text, { ecc, border }).data;
}

/**
 * An SVG QR code for `text`: one path drawn in `currentColor` on a white square, with no
 * inline style (the site's CSP forbids them) and nothing of `text` in the markup, so a
 * learner's text can never become HTML here.
 */
export function qrSvg(text: string, { label, ecc = 'M', border = 4 }: QrSvgOptions): string {
  const rows = qrModules(text, ecc, border);
  const size = rows.length;
  let d = '';
  rows.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" ` +
    `aria-label="${escapeAttribute(label)}" shape-rendering="crispEdges" class="qr">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
