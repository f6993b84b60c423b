// Text measurement for the layout: the width table is Inter's own, and wrapping breaks where a
// reader expects (spaces first, then an identifier's seams), never silently dropping text.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../testing';
import { fontMetricsTable } from './font-metrics-source';
import metrics from './inter-metrics.json';
import { showsWholeText, textWidth, wrapText } from './measure';

describe('Inter metrics table', () => {
  it('matches the bundled font files (regenerate with npx tsx scripts/diagram-font-metrics.ts)', () => {
    expect(fontMetricsTable(path.resolve(REPO_ROOT))).toEqual(metrics);
  });
});

describe('textWidth', () => {
  it('adds up advance widths per size and weight, and counts an unknown character as 1 em', () => {
    expect(textWidth('', 14, 600)).toBe(0);
    expect(textWidth('iiii', 14, 400)).toBeLessThan(textWidth('MMMM', 14, 400));
    expect(textWidth('Bold', 14, 600)).toBeGreaterThan(textWidth('Bold', 14, 400));
    expect(textWidth('A', 28, 400)).toBeCloseTo(2 * textWidth('A', 14, 400));
    expect(textWidth('①', 10, 400)).toBe(10);
  });
});

describe('wrapText', () => {
  it('breaks at spaces and keeps each line within the width', () => {
    const lines = wrapText('Artifact bucket and bucket policy naming accounts B and C', 150, 14, 600);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14, 600)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe('Artifact bucket and bucket policy naming accounts B and C');
  });

  it('breaks a long identifier at its seams rather than between arbitrary letters', () => {
    const lines = wrapText('AWSCloudFormationStackSetAdministrationRole', 150, 14, 600);
    expect(lines.join('')).toBe('AWSCloudFormationStackSetAdministrationRole');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[a-z0-9]$/);
    expect(wrapText('complete-lifecycle-action CONTINUE', 120, 12, 400)[0]).toMatch(/-$/);
  });

  it('ends the last allowed line with an ellipsis when text is cut, which showsWholeText reports', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const lines = wrapText(text, 60, 14, 600, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(showsWholeText(lines, text)).toBe(false);
    expect(showsWholeText(wrapText(text, 600, 14, 600), text)).toBe(true);
  });
});
