// Personal notes: trash, tags, pins, links; full backup and import; automatic backups; PDF export.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PlaywrightPdfPrinter } from '../browser-shell/playwright-printer';
import { AUTOMATIC_BACKUPS_KEPT } from './backup-service';
import { fakePlatform, makeTempDir, servicesTracker } from './testing';

const tracker = servicesTracker();
afterEach(tracker.closeAll);
const fresh = tracker.fresh;

describe('personal notes', () => {
  it('moves deleted notes to a trash that can be restored or emptied', () => {
    const s = fresh();
    const a = s.notes.create('Keep me', 'text');
    const b = s.notes.create('Bin me', 'text');
    s.notes.delete(a.id);
    s.notes.delete(b.id);
    expect(s.notes.list({ view: 'trash', sort: 'title' }).map((n) => n.title)).toEqual(['Bin me', 'Keep me']);
    expect(() => s.notes.purge(s.notes.create('Live').id)).toThrow(/Only notes in the trash/);
    s.notes.restore(a.id);
    expect(s.notes.get(a.id).title).toBe('Keep me');
    expect(s.notes.emptyTrash()).toEqual({ purged: 1 });
    expect(s.notes.list({ view: 'trash', sort: 'updated' })).toEqual([]);
  });

  it('filters by tag and by what a note links to, with pinned notes first', () => {
    const s = fresh();
    const kms = s.notes.create('Keys', 'See [[kms]] and [[cross-account-codepipeline#cmk]].');
    const other = s.notes.create('Other', 'Nothing linked');
    s.notes.setMeta(kms.id, { tags: ['security', 'kms', 'security'] });
    s.notes.setMeta(other.id, { tags: ['misc'], pinned: true });
    expect(s.notes.list({ view: 'active', tag: 'security', sort: 'updated' }).map((n) => n.id)).toEqual([kms.id]);
    expect(s.notes.get(kms.id).tags).toEqual(['security', 'kms']);
    expect(s.notes.list({ view: 'active', linksTo: 'kms', sort: 'updated' }).map((n) => n.id)).toEqual([kms.id]);
    expect(s.notes.list({ view: 'active', linksTo: 'cross-account-codepipeline', sort: 'updated' }).map((n) => n.id)).toEqual([kms.id]);
    expect(s.notes.linkingTo('cross-account-codepipeline#cmk').map((n) => n.id)).toEqual([kms.id]);
    expect(s.notes.list({ view: 'active', sort: 'title' })[0]?.id).toBe(other.id);
    expect(s.notes.tags()).toEqual([
      { tag: 'kms', count: 1 },
      { tag: 'misc', count: 1 },
      { tag: 'security', count: 1 },
    ]);
  });
});

describe('backup and import', () => {
  it('round-trips notes, history, review cards and settings into an empty profile', () => {
    const s = fresh();
    const note = s.notes.create('Backup me', '# Hello\n\n[[kms]]');
    s.notes.setMeta(note.id, { tags: ['exam'] });
    s.settings.update({ examDate: '2031-01-15', desiredRetention: 0.85 });
    s.library.setStatus('kms', 'confident');
    const quiz = s.quiz.start('practice', { only: 'all', count: 3 });
    for (const q of quiz.questions) s.quiz.answer(quiz.sessionId, q.id, ['a'], 20_000);
    const file = s.backups.exportAll();

    const empty = fresh();
    const summary = empty.backups.importAll(file.toString('utf8'));
    expect(summary).toMatchObject({
      notes: { added: 1 },
      attempts: { added: 3, skipped: 0 },
      reviewCards: { added: 3 },
      topicProgress: { added: 1 },
    });
    expect(empty.notes.get(note.id)).toEqual(s.notes.get(note.id));
    expect(empty.quiz.history(10)).toEqual(s.quiz.history(10));
    expect(empty.settings.get()).toMatchObject({ examDate: '2031-01-15', desiredRetention: 0.85 });
    expect(empty.stats.overview().totals).toEqual(s.stats.overview().totals);

    // Importing again adds nothing: the same records are recognised.
    const again = empty.backups.importAll(file.toString('utf8'));
    expect(again).toMatchObject({ notes: { added: 0, updated: 0, keptNewer: 1 }, attempts: { added: 0, skipped: 3 } });
  });

  it('keeps the newer copy of a note on either side', () => {
    const s = fresh();
    const note = s.notes.create('Shared', 'old text');
    const backup = s.backups.exportAll().toString('utf8');
    s.notes.save(note.id, 'Shared', 'newer local text', 1);
    expect(s.backups.importAll(backup).notes).toEqual({ added: 0, updated: 0, keptNewer: 1 });
    expect(s.notes.get(note.id).body).toBe('newer local text');

    const other = fresh();
    other.backups.importAll(backup);
    other.backups.importAll(s.backups.exportAll().toString('utf8'));
    expect(other.notes.get(note.id).body).toBe('newer local text');
  });

  it('refuses files that are not backups, changing nothing', () => {
    const s = fresh();
    s.notes.create('Untouched');
    expect(() => s.backups.importAll('not json')).toThrow(/not JSON/);
    expect(() => s.backups.importAll(JSON.stringify({ format: 'something-else', tables: {} }))).toThrow(
      /not a DevOps Pro Companion backup/,
    );
    expect(s.notes.list().map((n) => n.title)).toEqual(['Untouched']);
  });

  it('makes one automatic backup a day and keeps the last seven, each a valid database', async () => {
    const dir = makeTempDir();
    const s = fresh(dir);
    s.notes.create('In the backup');
    const day = (n: number) => new Date(Date.UTC(2030, 0, 1 + n, 12));
    for (let n = 0; n < 10; n++) {
      const made = await s.backups.backupIfDue(day(n));
      const file = path.join(dir, 'backups', made?.fileName ?? 'missing');
      fs.utimesSync(file, day(n), day(n));
      expect(await s.backups.backupIfDue(day(n))).toBeUndefined();
    }
    const kept = s.backups.listAutomatic();
    expect(kept).toHaveLength(AUTOMATIC_BACKUPS_KEPT);
    const Database = (await import('better-sqlite3')).default;
    const restored = new Database(path.join(dir, 'backups', kept[0]?.fileName ?? ''), { readonly: true });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(restored.prepare('SELECT title FROM personal_notes').all()).toEqual([{ title: 'In the backup' }]);
    restored.close();
  });
});

describe('PDF export', () => {
  const printer = new PlaywrightPdfPrinter();
  afterAll(() => printer.close());

  it('prints a title page, contents, outline, page numbers, tables, code and mermaid, with an appendix', async () => {
    const s = fresh();
    const notes = [
      s.notes.create(
        'Alpha deployment notes',
        `## Rollouts\n\nHalfAtATime and [[codedeploy-deployment-configs]].\n\n| Policy | Capacity |\n|---|---|\n| Rolling | reduced |\n`,
      ),
      s.notes.create(
        'Beta pipeline sketch',
        '```mermaid\nflowchart LR\n  A[Source stage] --> B[Quokka build]\n```\n\n```json\n{"stage": "build"}\n```',
      ),
      s.notes.create(
        'Gamma long note',
        Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} about CloudFormation stacks and change sets.`).join('\n\n'),
      ),
    ];
    const dir = makeTempDir();
    const file = path.join(dir, 'notes.pdf');
    const delivery = {
      deliver: async (name: string, data: Buffer) => {
        fs.writeFileSync(file, data);
        return { kind: 'saved' as const, path: name, bytes: data.length };
      },
    };
    const result = await s.exporter.exportNotes(notes, printer, delivery, { pageSize: 'Letter', appendix: true, title: 'My notes' });
    expect(result).toMatchObject({ kind: 'saved', path: 'My-notes.pdf' });
    const info = execFileSync('pdfinfo', [file]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const title of [
      'My notes',
      'Contents',
      'Alpha deployment notes',
      'Beta pipeline sketch',
      'Gamma long note',
      'Appendix: CodeDeploy deployment configurations',
    ])
      expect(text).toContain(title);
    expect(text).toContain('Quokka build'); // a mermaid label, drawn as vector text
    expect(text).toMatch(/Rolling\s+reduced/);
    expect(text).toMatch(new RegExp(`\\b1\\s*/\\s*${pages}\\b`));
    expect(text).toMatch(new RegExp(`\\b${pages}\\s*/\\s*${pages}\\b`));
    expect(fs.readFileSync(file).toString('latin1')).toMatch(/\/Outlines/);
  }, 60_000);

  it('never cuts a code block, a diagram or a table row across a page break when it fits on one page', async () => {
    const s = fresh();
    // Blocks a third of a page tall, after runs of filler, so several would straddle a break.
    const blocks: { kind: string; markers: string[]; lastFiller: string }[] = [];
    const parts: string[] = [];
    // Each kind in turn after 1, 2, 3 … lines of filler, so its blocks start at ever-changing heights.
    const sweep = ['code', 'diagram', 'table'].flatMap((kind) => Array.from({ length: 12 }, (_, n) => ({ kind, filler: n + 1 })));
    for (const [index, { kind, filler }] of sweep.entries()) {
      const i = index + 1;
      for (let f = 0; f < filler; f++) parts.push(`Filler ${i}.${f}: a sentence that stands in for ordinary prose between blocks.`);
      const markers = Array.from({ length: kind === 'diagram' ? 4 : 14 }, (_, n) => `B${i}x${n}`);
      blocks.push({ kind, markers, lastFiller: `Filler ${i}\\.${filler - 1}` });
      const fence = '```';
      if (kind === 'code') parts.push(`${fence}yaml\n${markers.map((m) => `${m}: value`).join('\n')}\n${fence}`);
      if (kind === 'diagram') {
        const chain = markers.map((m, n) => (n ? `  ${markers[n - 1]} --> ${m}[${m}]` : `  ${m}[${m}]`));
        parts.push(`${fence}mermaid\nflowchart TD\n${chain.join('\n')}\n${fence}`);
      }
      if (kind === 'table') parts.push(`| Key | Value |\n|---|---|\n${markers.map((m) => `| ${m} | row |`).join('\n')}`);
    }
    // A table longer than a page may break, but only between rows: each row starts and ends on one page.
    const rows = Array.from({ length: 70 }, (_, n) => [`R${n}start`, `R${n}end`] as const);
    parts.push(`| Row | Text |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${'wrapping words '.repeat(40)}${b} |`).join('\n')}`);
    const note = s.notes.create('Break test', parts.join('\n\n'));
    const file = path.join(makeTempDir(), 'breaks.pdf');
    const delivery = {
      deliver: async (_name: string, data: Buffer) => {
        fs.writeFileSync(file, data);
        return { kind: 'saved' as const, path: file, bytes: data.length };
      },
    };
    await s.exporter.exportNotes([note], printer, delivery, { pageSize: 'A4', appendix: false, title: 'Breaks' });

    const pages = execFileSync('pdftotext', [file, '-']).toString().split('\f');
    const pageOf = (marker: string) => pages.findIndex((text) => new RegExp(`\\b${marker}\\b`).test(text));
    const movedWhole = new Set<string>();
    for (const { kind, markers, lastFiller } of blocks) {
      const where = markers.map(pageOf);
      expect(Math.min(...where), `${kind} ${markers[0]} is printed`).toBeGreaterThanOrEqual(0);
      expect(new Set(where).size, `${kind} ${markers[0]} sits on one page, found on pages ${where}`).toBe(1);
      if (Math.min(...where) > pageOf(lastFiller)) movedWhole.add(kind);
    }
    // The layout really did meet page breaks: blocks of every kind went to the next page whole.
    expect([...movedWhole].sort()).toEqual(['code', 'diagram', 'table']);
    const rowPages = rows.map(([a, b]) => [pageOf(a), pageOf(b)]);
    expect(new Set(rowPages.map(([a]) => a)).size).toBeGreaterThan(1);
    for (const [n, [start, end]] of rowPages.entries()) expect(end, `table row ${n} starts on page ${start}`).toBe(start);
  }, 60_000);
});

describe('export jobs', () => {
  it('reports the stage of a running export and cancels it', async () => {
    const s = fresh();
    const note = s.notes.create('Slow export', 'text');
    const { createDispatcher, createHandlers } = await import('./api-handlers');
    let release: () => void = () => {};
    const printer = {
      print: (_html: string, _options: unknown, signal?: AbortSignal) =>
        new Promise<Buffer>((resolve, reject) => {
          release = () => resolve(Buffer.from('%PDF'));
          signal?.addEventListener('abort', () => reject(new Error('closed')));
        }),
    };
    const dispatch = createDispatcher(createHandlers(s, fakePlatform(printer)));
    const jobId = '11111111-1111-4111-8111-111111111111';
    const running = dispatch('notes.exportPdf', { ids: [note.id], jobId });
    await new Promise((r) => setTimeout(r, 10));
    expect(await dispatch('export.progress', { jobId })).toMatchObject({ ok: true, value: { stage: 'printing', notes: 1 } });
    expect(await dispatch('export.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await dispatch('export.progress', { jobId })).toEqual({ ok: true, value: null });

    const second = dispatch('notes.exportPdf', { ids: [note.id], jobId });
    await new Promise((r) => setTimeout(r, 10));
    release();
    expect(await second).toMatchObject({ ok: true, value: { kind: 'download', mimeType: 'application/pdf' } });
  });
});
