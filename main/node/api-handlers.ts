// Binds every call of the contract to a service method. The dispatcher is the single gate both
// transports pass through: unknown names and invalid inputs are answered with typed errors, and
// no exception escapes, so a bad call can never take the process down.
import type { z } from 'zod';
import { type ApiCallName, type ApiOutput, type ApiParsedInput, apiContract, isApiCallName, type ShellKind } from '../common/contract';
import { ApiError, type ApiResult } from '../common/result';
import type { AppServices } from './app-services';
import { APP_NAME } from './constants';
import { ExportJobs } from './export-jobs';
import type { FileDelivery, PdfPrinter } from './export-service';
import { browseQuestions } from './question-browser';
import { explainStorageError } from './recovery';

export interface ShellPlatform {
  shell: ShellKind;
  appVersion: string;
  printer: PdfPrinter;
  delivery: FileDelivery;
  /** Browser shell: backups the page uploaded, each taken once by its id. */
  uploads?: { take(uploadId: string): Buffer | undefined };
  /** Electron: the native open dialog; the chosen backup's bytes (size-checked), undefined if closed. */
  openBackupFile?: () => Promise<Buffer | undefined>;
}

type Handlers = { [K in ApiCallName]: (input: ApiParsedInput<K>) => ApiOutput<K> | Promise<ApiOutput<K>> };

export function createHandlers(services: AppServices, platform: ShellPlatform): Handlers {
  const jobs = new ExportJobs();
  return {
    'app.getInfo': () => ({
      notices: services.startupNotice ? [services.startupNotice] : [],
      name: APP_NAME,
      version: platform.appVersion,
      shell: platform.shell,
      dataDir: services.dataDir,
      schemaVersion: services.schemaVersion(),
    }),
    'settings.get': () => services.settings.get(),
    // Moving the exam date reschedules the cards it concerns, in the same transaction.
    'settings.update': (input) =>
      services.db.transaction(() => {
        const before = services.settings.get().examDate ?? undefined;
        const after = services.settings.update(input);
        if ((after.examDate ?? undefined) !== before) services.scheduler.rescheduleForExamDate(before, after.examDate ?? undefined);
        return after;
      })(),
    'library.list': () => services.library.list(),
    'library.get': ({ id }) => services.library.get(id),
    'library.setStatus': ({ id, status }) => services.library.setStatus(id, status),
    'diagrams.list': () => services.diagrams.list(),
    'diagrams.get': ({ id }) => services.diagrams.get(id),
    'diagrams.nodeIndex': () =>
      [...services.content.diagrams.values()].flatMap((d) =>
        d.nodes.map((n) => ({ diagramId: d.id, diagramTitle: d.title, nodeId: n.id, label: n.label })),
      ),
    'diagrams.nodeNotes': ({ diagramId, nodeId }) => services.notes.linkingTo(`${diagramId}#${nodeId}`),
    'drill.start': ({ diagramId, count, nodeIds }) => services.drills.start(diagramId, count, nodeIds),
    'drill.answer': ({ sessionId, nodeId, choice, timeMs }) => services.drills.answer(sessionId, nodeId, choice, timeMs),
    'quiz.start': ({ mode, ...filters }) => services.quiz.start(mode, filters),
    'quiz.matching': (filters) => services.quiz.matching(filters),
    'exam.start': () => services.exams.start(),
    'exam.current': () => services.exams.current(),
    'exam.unseen': () => services.exams.unseen(),
    'exam.answer': ({ sessionId, questionId, chosen, flagged, timeUsedMs }) =>
      services.exams.answer(sessionId, questionId, chosen, flagged, timeUsedMs),
    'noteCards.due': ({ limit }) => services.noteCards.due(limit),
    'noteCards.list': () => services.noteCards.list(),
    'noteCards.rate': ({ cardId, rating }) => services.noteCards.rate(cardId, rating),
    'exam.heartbeat': ({ sessionId, timeUsedMs, position }) => services.exams.heartbeat(sessionId, timeUsedMs, position),
    'exam.submit': ({ sessionId, timeUsedMs }) => services.exams.submit(sessionId, timeUsedMs),
    'exam.result': ({ sessionId }) => services.exams.result(sessionId),
    'review.summary': () => services.stats.reviewSummary(),
    'review.start': ({ limit }) => services.quiz.startReview(limit),
    'review.rate': ({ attemptId, rating }) => {
      const card = services.scheduler.rerate(attemptId, rating);
      if (!card) throw new ApiError('not_found', 'That answer has no review to re-rate.');
      return { due: card.due.toISOString() };
    },
    'stats.overview': () => services.stats.overview(),
    'stats.topicTrend': ({ topic }) => services.stats.topicTrend(topic),
    'today.summary': () => services.today.summary(),
    'quiz.answer': ({ sessionId, questionId, chosen, timeMs }) => services.quiz.answer(sessionId, questionId, chosen, timeMs),
    'quiz.current': () => services.quiz.current(),
    'quiz.finish': ({ sessionId }) => services.quiz.finish(sessionId),
    'quiz.results': ({ sessionId }) => services.quiz.results(sessionId),
    'quiz.flag': ({ questionId, flagged }) => services.quiz.flag(questionId, flagged),
    'quiz.browse': () => browseQuestions(services.db, services.content),
    'quiz.history': ({ limit }) => services.quiz.history(limit),
    'quiz.attempt': ({ attemptId }) => services.quiz.attempt(attemptId),
    'notes.list': (options) => services.notes.list(options),
    'notes.tags': () => services.notes.tags(),
    'notes.setMeta': ({ id, ...meta }) => services.notes.setMeta(id, meta),
    'notes.restore': ({ id }) => services.notes.restore(id),
    'notes.purge': ({ id }) => services.notes.purge(id),
    'notes.emptyTrash': () => services.notes.emptyTrash(),
    'notes.get': ({ id }) => services.notes.get(id),
    'notes.create': ({ title, body }) => services.notes.create(title, body),
    'notes.save': ({ id, title, body, baseVersion }) => services.notes.save(id, title, body, baseVersion),
    'notes.delete': ({ id }) => services.notes.delete(id),
    'notes.exportPdf': ({ ids, tag, pageSize, appendix, jobId }) => {
      const notes = ids
        ? services.notes.getMany(ids)
        : services.notes.list({ view: 'active', tag, sort: 'title' }).map((n) => services.notes.get(n.id));
      const title = tag ? `Notes tagged ${tag}` : ids && ids.length === 1 ? undefined : 'My notes';
      return jobs.run(jobId, (job) =>
        services.exporter.exportNotes(notes, platform.printer, platform.delivery, { pageSize, appendix, title }, job),
      );
    },
    'export.progress': ({ jobId, after, waitMs }) => jobs.progress(jobId, after, waitMs),
    'export.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'notes.exportMarkdown': () =>
      services.exporter.exportMarkdown(
        services.notes.list({ view: 'active', sort: 'title' }).map((n) => services.notes.get(n.id)),
        platform.delivery,
      ),
    'backup.export': () =>
      platform.delivery.deliver(
        `devops-pro-companion-backup-${new Date().toISOString().slice(0, 10)}.json`,
        services.backups.exportAll(),
        'application/json',
      ),
    'backup.import': ({ uploadId }) => {
      const upload = platform.uploads?.take(uploadId);
      if (!upload) throw new ApiError('not_found', 'That upload has expired or was already imported. Choose the file again.');
      return services.backups.importAll(upload.toString('utf8'));
    },
    'backup.importFromFile': async () => {
      if (!platform.openBackupFile) throw new ApiError('unavailable', 'Importing through a file dialog needs the desktop app.');
      const data = await platform.openBackupFile();
      return data ? { kind: 'imported', summary: services.backups.importAll(data.toString('utf8')) } : { kind: 'cancelled' };
    },
    'backup.listAutomatic': () => services.backups.listAutomatic(),
    'search.query': ({ query, limit }) => services.search.query(query, limit),
  };
}

// Call names come from an untrusted page: a null-prototype object would make String() throw.
function describeCallName(name: unknown): string {
  return typeof name === 'string' ? JSON.stringify(name).slice(0, 80) : `of type ${name === null ? 'null' : typeof name}`;
}

export type Logger = (message: string, detail?: unknown) => void;

export type Dispatch = (name: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export function createDispatcher(handlers: Handlers, log: Logger = () => {}): Dispatch {
  return async (name, input) => {
    if (!isApiCallName(name)) {
      return { ok: false, error: { code: 'unknown_call', message: `Unknown API call ${describeCallName(name)}.` } };
    }
    const schema: z.ZodType = apiContract[name].input;
    const parsed = schema.safeParse(input ?? {});
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.message}`)
        .join('; ');
      return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${name}: ${detail}` } };
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
      const storage = explainStorageError(error);
      if (storage) {
        log(`API call ${name} hit a storage error`, error);
        return { ok: false, error: { code: storage.code, message: storage.message } };
      }
      log(`API call ${name} failed`, error);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong on our side. Details are in the log.' } };
    }
  };
}
