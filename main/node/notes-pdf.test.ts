// PDF export as a reader meets it: [[links]] that can be followed, an outline that nests each
// note's headings under its title, no contents page for one note, diagram text large enough to
// read, and long tables and code that start where they are instead of after a half-empty page.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PlaywrightPdfPrinter } from '../browser-shell/playwright-printer';
import type { PersonalNote } from '../common/contract';
import { MIN_DIAGRAM_TEXT_PT } from './export-page';
import { makeTempDir, servicesTracker } from './testing';
import { type OutlineItem, pdfWords, readPdfStructure } from './testing-pdf';

const tracker = servicesTracker();
afterEach(tracker.closeAll);
const printer = new PlaywrightPdfPrinter();
afterAll(() => printer.close());

type Services = ReturnType<typeof tracker.fresh>;

async function exportPdf(s: Services, notes: PersonalNote[], options: { appendix: boolean; title?: string }): Promise<string> {
  const file = path.join(makeTempDir(), 'export.pdf');
  const delivery = {
    deliver: async (name: string, data: Buffer) => {
      fs.writeFileSync(file, data);
      return { kind: 'saved' as const, path: name, bytes: data.length };
    },
  };
  await s.exporter.exportNotes(notes, printer, delivery, { pageSize: 'A4', ...options });
  return file;
}

const titles = (items: OutlineItem[]) => items.map((item) => item.title);
const CODEDEPLOY = 'CodeDeploy deployment configurations';
const FENCE = '```';

describe('PDF links to course topics', () => {
  it('are links only to a page that is in the PDF, and otherwise the topic title as plain text', () => {
    const s = tracker.fresh();
    const note = s.notes.create('Links', 'See [[codedeploy-deployment-configs]] and [[sqs-dead-letter-queue|the DLQ]].');
    for (const appendix of [true, false]) {
      const html = s.exporter.buildNotesHtml([note], new Date(), { appendix });
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      // Appendix course notes link on to topics of their own; those must not dangle either.
      for (const [, target] of html.matchAll(/<a [^>]*href="#([^"]+)"/g)) expect(ids, `a link to #${target}`).toContain(target);
      const linked = /<a [^>]*href="#topic-codedeploy-deployment-configs"[^>]*>([^<]*)<\/a>/.exec(html)?.[1];
      if (appendix) expect(linked).toBe(CODEDEPLOY);
      else {
        expect(linked).toBeUndefined();
        expect(html).not.toMatch(/<a [^>]*class="wikilink/);
        expect(html).toContain(`<span class="wikilink-text">${CODEDEPLOY}</span>`);
        expect(html).toContain('<span class="wikilink-text">the DLQ</span>');
      }
    }
  });
});

describe('PDF text', () => {
  it("breaks the learner's lines where the note does, as the editor's preview does; course notes keep their wrapping", () => {
    const s = tracker.fresh();
    const note = s.notes.create('Card', 'Q: How long is the key deletion wait?\nA: 7 to 30 days.\n\nSee [[kms]].');
    const html = s.exporter.buildNotesHtml([note], new Date(), { appendix: true });
    expect(html).toContain('Q: How long is the key deletion wait?<br>');
    // The KMS course note is hard-wrapped: its appendix page has no line breaks inside paragraphs.
    const start = html.indexOf('id="topic-kms"');
    const appendix = html.slice(start, html.indexOf('</section>', start));
    expect(appendix).toContain('Key Management Service');
    expect(appendix).not.toContain('<br>');
  });
});

describe('PDF structure', () => {
  it('nests each note’s headings under its title in the outline, with Contents at the top level, and links land in the appendix', async () => {
    const s = tracker.fresh();
    const notes = [
      s.notes.create(
        'Alpha notes',
        '# Rollouts\n\nSee [[codedeploy-deployment-configs]].\n\n## Canary\n\nTen percent.\n\n# Rollbacks\n\nAlarms.',
      ),
      s.notes.create('Beta notes', '## Only section\n\nQueues: [[sqs-dead-letter-queue]].'),
    ];
    const file = await exportPdf(s, notes, { appendix: true, title: 'My notes' });
    const pdf = readPdfStructure(file);
    expect(titles(pdf.outline)).toEqual([
      'My notes',
      'Contents',
      'Alpha notes',
      'Beta notes',
      `Appendix: ${CODEDEPLOY}`,
      'Appendix: SQS dead-letter queues',
    ]);
    const [, contents, alpha, beta, appendix] = pdf.outline;
    expect(contents?.children).toEqual([]);
    expect(alpha?.children).toEqual([
      { title: 'Rollouts', children: [{ title: 'Canary', children: [] }] },
      { title: 'Rollbacks', children: [] },
    ]);
    expect(titles(beta?.children ?? [])).toEqual(['Only section']);
    expect(titles(appendix?.children ?? [])).toContain('Key facts');

    // Every link in the page became a clickable link in the PDF, and the topic links go to the appendix.
    const html = s.exporter.buildNotesHtml(notes, new Date(), { appendix: true, title: 'My notes' });
    const targets = new Set([...html.matchAll(/<a [^>]*href="#([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(pdf.links.map((link) => link.dest))).toEqual(targets);
    for (const link of pdf.links) expect(pdf.dests.get(link.dest), `destination ${link.dest}`).toBeGreaterThan(0);
    const appendixPage = pdfWords(file).find((w) => w.text === 'Appendix:' && w.page > 2)?.page;
    const fromNote = pdf.links.filter((link) => link.dest === 'topic-codedeploy-deployment-configs' && link.page > 2);
    expect(fromNote.length).toBeGreaterThan(0);
    expect(pdf.dests.get('topic-codedeploy-deployment-configs')).toBe(appendixPage);
  }, 60_000);

  it('prints one note without a contents page or a title page that repeats it', async () => {
    const s = tracker.fresh();
    const note = s.notes.create(
      'Solo cheat sheet',
      '## First part\n\nBody text [[codedeploy-deployment-configs]].\n\n## Second part\n\nMore.',
    );
    for (const appendix of [false, true]) {
      const file = await exportPdf(s, [note], { appendix });
      const pdf = readPdfStructure(file);
      const words = pdfWords(file);
      expect(words.some((w) => w.text === 'Contents')).toBe(false);
      expect(
        words
          .filter((w) => w.page === 1)
          .map((w) => w.text)
          .slice(0, 3),
      ).toEqual(['Solo', 'cheat', 'sheet']);
      expect(words.filter((w) => w.text === 'Solo')).toHaveLength(1);
      expect(titles(pdf.outline)).toEqual(appendix ? ['Solo cheat sheet', `Appendix: ${CODEDEPLOY}`] : ['Solo cheat sheet']);
      expect(titles(pdf.outline[0]?.children ?? [])).toEqual(['First part', 'Second part']);
      if (!appendix) expect(pdf.pages).toBe(1);
    }
  }, 60_000);
});

describe('PDF layout', () => {
  it(`prints diagram text at ${MIN_DIAGRAM_TEXT_PT} pt or more, even for a diagram wider than the page`, async () => {
    const s = tracker.fresh();
    const wide = [
      'flowchart LR',
      '  P[Wombat producer] -->|SendMessage| Q[Numbat source queue with redrive policy]',
      '  Q -->|ReceiveMessage| C[Quokka consumer service]',
      '  Q -->|receive count exceeded: moved| D[Bilby dead-letter queue with longer retention]',
      '  D --> A[Dingo alarm on queue depth above zero]',
      '  D --> V[Koala developer inspects poison message]',
      '  A --> T[Echidna on-call team notified by SNS topic]',
    ].join('\n');
    const body = `Calibration sentence in body text.\n\n${FENCE}mermaid\n${wide}\n${FENCE}\n\n${FENCE}mermaid\nflowchart TD\n  X[Possum start] --> Y[Platypus end]\n${FENCE}`;
    const file = await exportPdf(s, [s.notes.create('Diagram sizes', body)], { appendix: false });
    const words = pdfWords(file);
    // A glyph box is a fixed multiple of the font size, so body text (11 pt) calibrates it.
    const body11 = words.find((w) => w.text === 'Calibration')?.height ?? 0;
    expect(body11).toBeGreaterThan(0);
    const labels = ['Wombat', 'Numbat', 'Quokka', 'Bilby', 'Dingo', 'Koala', 'Echidna', 'Possum', 'Platypus'];
    for (const label of labels) {
      const word = words.find((w) => w.text === label);
      expect(word, `${label} is printed`).toBeDefined();
      const pt = ((word?.height ?? 0) / body11) * 11;
      expect(pt, `${label} at ${pt.toFixed(1)} pt`).toBeGreaterThanOrEqual(MIN_DIAGRAM_TEXT_PT - 0.05);
    }
  }, 60_000);

  it('starts a table or code block taller than a page where it is, splitting between rows (header repeated) and lines', async () => {
    const s = tracker.fresh();
    const rows = Array.from({ length: 60 }, (_, n) => `| T${n}row | wrapping words ${'and more '.repeat(6)}T${n}end |`);
    const lines = Array.from({ length: 110 }, (_, n) => `L${n}start: value ${n} L${n}end`);
    const parts = [
      'Lead paragraph before the table.',
      `| Key | Value |\n|---|---|\n${rows.join('\n')}`,
      'Lead paragraph before the code.',
      `${FENCE}yaml\n${lines.join('\n')}\n${FENCE}`,
    ];
    const file = await exportPdf(s, [s.notes.create('Long blocks', parts.join('\n\n'))], { appendix: false });
    const words = pdfWords(file);
    const pageOf = (text: string) => words.find((w) => w.text === text)?.page ?? -1;
    // No half-empty page: each starts on the page of the paragraph before it.
    expect(pageOf('T0row')).toBe(pageOf('table.'));
    expect(pageOf('L0start:')).toBe(pageOf('code.'));
    const tablePages = new Set(rows.map((_, n) => pageOf(`T${n}row`)));
    expect(tablePages.size).toBeGreaterThan(1);
    for (const page of tablePages)
      expect(
        words.some((w) => w.page === page && w.text === 'Key'),
        `header on page ${page}`,
      ).toBe(true);
    for (const n of rows.keys()) expect(pageOf(`T${n}end`), `row ${n} stays whole`).toBe(pageOf(`T${n}row`));
    expect(new Set(lines.map((_, n) => pageOf(`L${n}start:`))).size).toBeGreaterThan(1);
    for (const n of lines.keys()) expect(pageOf(`L${n}end`), `line ${n} stays whole`).toBe(pageOf(`L${n}start:`));
  }, 60_000);
});
