// Reads character advance widths out of the bundled Inter files with fontkit (a dev dependency:
// only the script that writes the table, and the test that checks it is current, load this).
import path from 'node:path';
import * as fontkit from 'fontkit';

/** Printable ASCII, Latin-1 and the typographic marks our labels use. */
export const MEASURED_CHARACTERS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)),
  ...'–—‘’“”…→←↔−×≤≥•✓',
].join('');

export interface FontMetricsTable {
  font: string;
  /** Weight → character → advance width in em. */
  weights: Record<string, Record<string, number>>;
}

export function fontMetricsTable(root: string): FontMetricsTable {
  const weights: FontMetricsTable['weights'] = {};
  for (const weight of ['400', '600']) {
    const file = path.join(root, `node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
    const font = fontkit.openSync(file) as fontkit.Font;
    const widths: Record<string, number> = {};
    for (const ch of MEASURED_CHARACTERS) {
      const codePoint = ch.codePointAt(0) ?? 0;
      // Characters outside the subset fall back to another font; the measurer treats them as 1 em.
      if (!font.hasGlyphForCodePoint(codePoint)) continue;
      widths[ch] = Math.round((font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm) * 10000) / 10000;
    }
    weights[weight] = widths;
  }
  return { font: 'Inter', weights };
}
