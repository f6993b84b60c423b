// Measures and wraps diagram text with Inter's advance widths (see inter-metrics.json), so the
// layout can size boxes before any browser draws them. Kerning only ever narrows Inter text, so
// sums of advances are a safe upper bound.
import metrics from './inter-metrics.json';

type Weight = 400 | 600;

const table = metrics.weights as Record<string, Record<string, number>>;

/** Width in px of one line of text. A character outside the table counts as 1 em (a fallback font draws it). */
export function textWidth(text: string, size: number, weight: Weight): number {
  const widths = table[String(weight)] ?? {};
  let em = 0;
  for (const ch of text) em += widths[ch] ?? 1;
  return em * size;
}

/**
 * Greedy word wrap at spaces, as the browser does. A word wider than a line (an ARN, an IAM role
 * name) breaks at its own seams: after - _ / : . and between a lower-case letter and a capital;
 * only a seamless run is broken between characters. Past maxLines the last line ends with an
 * ellipsis (the full text is in the tooltip and the side panel).
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: Weight, maxLines = Number.POSITIVE_INFINITY): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s, size, weight) <= maxWidth;
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    const pieces = word.split(/(?<=[-_/:.])|(?<=[a-z0-9])(?=[A-Z])/);
    for (const [i, piece] of pieces.entries()) {
      const joined = line ? `${line}${i === 0 ? ' ' : ''}${piece}` : piece;
      if (fits(joined)) {
        line = joined;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = piece;
      while (!fits(rest)) {
        let cut = rest.length - 1;
        while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** Whether wrapped lines still say the whole text (nothing cut off with an ellipsis). */
export function showsWholeText(lines: string[], text: string): boolean {
  return lines.join('').replace(/\s+/g, '') === text.replace(/\s+/g, '');
}

export function widestLine(lines: string[], size: number, weight: Weight): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, size, weight)));
}
