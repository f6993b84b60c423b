// Builds every service from a data folder and the shipped assets. Both shells reach it through
// startCompanion (start-companion.ts) and nothing else, so they run the very same behaviour.

import { topicIdResolver } from '../common/wikilinks';
import { AttemptRecorder } from './attempts';
import { BackupService } from './backup-service';
import { type ContentIndex, loadContentOrThrow } from './content';
import { type Db, schemaVersion } from './database';
import { DiagramService } from './diagram-service';
import { DrillService } from './drill-service';
import { ExamService, examPositionsIn } from './exam-service';
import { ExportService } from './export-service';
import { LibraryService } from './library-service';
import { NoteCardService } from './note-card-service';
import { NotesService } from './notes-service';
import { QuizService } from './quiz-service';
import { openUserDatabase } from './recovery';
import { ReviewScheduler } from './review-scheduler';
import { SearchService } from './search/search-service';
import { SettingsService } from './settings-service';
import { StatsService } from './stats-service';
import { findLiveNotes } from './store/personal-notes';
import { TodayService } from './today-service';

export interface AppServicesOptions {
  dataDir: string;
  assetsDir: string;
  /** Where mermaid's standalone bundle is, for PDF export. */
  mermaidScriptPath: string;
  nativeBinding?: string;
  /** Diagram layouts computed at build time; without it they are computed on first use. */
  layoutsFile?: string;
  /** Where question, exam and drill draws come from; tests pass a seeded source (COMPANION_RANDOM_SEED). */
  random?: () => number;
}

export interface AppServices {
  db: Db;
  dataDir: string;
  content: ContentIndex;
  settings: SettingsService;
  library: LibraryService;
  diagrams: DiagramService;
  drills: DrillService;
  exams: ExamService;
  scheduler: ReviewScheduler;
  noteCards: NoteCardService;
  stats: StatsService;
  today: TodayService;
  backups: BackupService;
  quiz: QuizService;
  notes: NotesService;
  search: SearchService;
  exporter: ExportService;
  schemaVersion(): number;
  /** Set when start-up had to recover from a damaged data file. */
  startupNotice: string | undefined;
  close(): void;
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const content = loadContentOrThrow(options.assetsDir);
  const { db, notice } = openUserDatabase(options.dataDir, options.nativeBinding);
  const search = new SearchService(db, content, { nativeBinding: options.nativeBinding });
  const notes = new NotesService(
    db,
    (change) => {
      search.updatePersonalNote(change);
      noteCards.onNoteChange(change);
    },
    topicIdResolver(content.topics),
  );
  const settings = new SettingsService(db);
  const scheduler = new ReviewScheduler(db, () => {
    const s = settings.get();
    return { desiredRetention: s.desiredRetention, examDate: s.examDate ?? undefined };
  });
  const recorder = new AttemptRecorder(db, scheduler);
  const noteCards = new NoteCardService(db, scheduler);
  noteCards.syncIfParserChanged(settings);
  const random = options.random ?? Math.random;
  const exams = new ExamService(db, content, recorder, random, examPositionsIn(settings));
  const stats = new StatsService(db, content, scheduler, settings);
  const quiz = new QuizService(db, content, recorder, random);
  return {
    db,
    noteCards,
    dataDir: options.dataDir,
    content,
    settings,
    library: new LibraryService(db, content, notes),
    diagrams: new DiagramService(content, options.layoutsFile),
    drills: new DrillService(db, content, recorder, random),
    exams,
    scheduler,
    stats,
    today: new TodayService(db, content, settings, stats, exams, quiz),
    backups: new BackupService(db, options.dataDir, (noteIds) => {
      noteCards.syncNotes(noteIds);
      const live = findLiveNotes(db, noteIds);
      const liveIds = new Set(live.map((n) => n.id));
      for (const note of live) search.updatePersonalNote(note);
      for (const id of noteIds) if (!liveIds.has(id)) search.updatePersonalNote({ id, deleted: true });
    }),
    quiz,
    notes,
    search,
    exporter: new ExportService(content, options.mermaidScriptPath),
    schemaVersion: () => schemaVersion(db),
    startupNotice: notice,
    close: () => {
      search.close();
      if (db.open) db.close();
    },
  };
}
