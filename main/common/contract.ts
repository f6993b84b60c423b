// The one API between the renderer and the Node side. Each call has a name, a zod schema for its
// input and a result type. The Electron preload exposes exactly these calls over IPC, the browser
// shell serves exactly these over HTTP, and both validate every input with the schema below.
import { z } from 'zod';
import type { DiagramSpec, DomainId, NoteFrontMatter } from './content-schema';
import { contentIdSchema } from './content-schema';

// ---------- result types ----------

export type ShellKind = 'electron' | 'browser';
export type ThemePreference = 'system' | 'light' | 'dark';
export type TopicStatus = 'new' | 'read' | 'confident';

export interface AppInfo {
  name: string;
  version: string;
  shell: ShellKind;
  dataDir: string;
  schemaVersion: number;
  /** Things the learner must be told at start-up (a damaged data file was recovered). */
  notices: string[];
}

export interface Settings {
  theme: ThemePreference;
  lastRoute: string;
  /** YYYY-MM-DD, or null when not set. */
  examDate: string | null;
  /** FSRS desired retention, 0.70–0.99. */
  desiredRetention: number;
}

export interface CourseNoteSummary {
  id: string;
  title: string;
  domain: DomainId;
  tags: string[];
  status: TopicStatus;
}

export interface CourseNote extends Omit<NoteFrontMatter, 'updated'> {
  updated: string;
  markdown: string;
  status: TopicStatus;
  /** Diagrams with nodes that stand for this topic, to open with those nodes focused. */
  appearsIn: { diagramId: string; title: string; nodeIds: string[] }[];
  /** The learner's notes that link here with [[topic-id]]. */
  myNotes: { id: string; title: string }[];
}

/** Where each node and group sits; children are relative to their parent group. */
export interface DiagramLayout {
  nodes: Record<string, { x: number; y: number }>;
  groups: Record<string, { x: number; y: number; width: number; height: number }>;
}

export interface LaidOutDiagram extends DiagramSpec {
  layout: DiagramLayout;
}

export interface DiagramSummary {
  id: string;
  title: string;
  domain: DomainId;
  summary: string;
  nodeCount: number;
  /** For the index thumbnail: laid-out node boxes and edges, in diagram coordinates. */
  thumbnail: { boxes: { x: number; y: number; kind: 'service' | 'actor' | 'concept' }[]; lines: [number, number, number, number][] };
}

/** A question as the learner sees it: no answers, no explanations until answered. */
export interface QuizQuestionView {
  id: string;
  domain: DomainId;
  topics: string[];
  difficulty: 1 | 2 | 3;
  format: 'single' | 'multi';
  stem: string;
  options: { id: string; text: string }[];
  /** How many options a multiple-response question asks for. */
  selectCount: number;
}

export interface QuizSessionView {
  sessionId: string;
  mode: QuizMode;
  questions: QuizQuestionView[];
}

export type ReviewRatingName = 'again' | 'hard' | 'good' | 'easy';

export interface AnswerFeedback {
  questionId: string;
  correct: boolean;
  correctOptionIds: string[];
  explanations: { optionId: string; correct: boolean; explanation: string }[];
  attemptId: number;
  /** The spaced-review rating given (from correctness and time); a learner may change it. */
  rating: ReviewRatingName;
  /** Diagrams that show this question's topics, to open from the feedback. */
  diagrams: { id: string; title: string; nodeId: string }[];
}

export interface ExamQuestionState {
  questionId: string;
  chosen: string[];
  flagged: boolean;
}

export interface ExamView {
  sessionId: string;
  startedAt: string;
  timeLimitMs: number;
  timeUsedMs: number;
  questions: QuizQuestionView[];
  answers: ExamQuestionState[];
  submitted: boolean;
}

export interface ExamResult {
  sessionId: string;
  submittedAt: string;
  total: number;
  correct: number;
  unanswered: number;
  /** 100–1000 on the exam's scale; 750 passes. An estimate: AWS does not publish its scaling. */
  scaledScore: number;
  passed: boolean;
  timeUsedMs: number;
  byDomain: { domain: DomainId; total: number; correct: number }[];
  review: {
    question: QuizQuestionView;
    chosen: string[];
    correct: boolean;
    correctOptionIds: string[];
    explanations: { optionId: string; correct: boolean; explanation: string }[];
  }[];
}

export interface ReviewSummary {
  totalCards: number;
  dueNow: number;
  dueToday: { questions: number; diagramNodes: number };
  /** Cards falling due on each of the next days (index 0 = today, overdue included). */
  forecast: { day: string; count: number }[];
  /** Due diagram nodes, by diagram, to drill. */
  dueDiagrams: { diagramId: string; title: string; nodeIds: string[] }[];
}

export interface StatsOverview {
  totals: { attempts: number; correct: number; days: number };
  weekly: { week: string; domain: DomainId; attempts: number; correct: number }[];
  topics: { topic: string; title: string; domain: DomainId; attempts: number; correct: number }[];
  calendar: { day: string; attempts: number }[];
  streak: { current: number; longest: number };
  mocks: { sessionId: string; submittedAt: string; scaledScore: number; passed: boolean }[];
  readiness: { domain: DomainId; recentAccuracy: number | null; retrievability: number | null; readiness: number | null }[];
  weakest: {
    topic: string;
    title: string;
    domain: DomainId;
    accuracy: number;
    attempts: number;
    diagrams: { id: string; title: string; nodeId: string }[];
  }[];
}

export interface TopicTrend {
  topic: string;
  title: string;
  domain: DomainId;
  /** Weeks with answers in the last six months, oldest first; `week` is SQLite's %Y-W%W. */
  weeks: { week: string; attempts: number; correct: number }[];
}

export interface TodaySummary {
  examDate: string | null;
  daysToExam: number | null;
  due: { questions: number; diagramNodes: number };
  weakestDomain: DomainId | null;
  /** Weak topics first, then unread ones by exam weight; never a retired service before a live one. */
  nextTopics: { id: string; title: string; domain: DomainId; accuracy: number | null }[];
  diagram: { id: string; title: string } | null;
  lastMock: { sessionId: string; submittedAt: string; scaledScore: number; passed: boolean } | null;
  openExam: { sessionId: string; answered: number; total: number; timeLeftMs: number } | null;
  hasActivity: boolean;
}

export interface QuizAttemptRow {
  id: number;
  sessionId: string;
  questionId: string;
  chosen: string[];
  correct: boolean;
  timeMs: number;
  mode: QuizMode;
  answeredAt: string;
}

export interface DrillSessionView {
  sessionId: string;
  diagramId: string;
  /** Nodes whose labels are hidden; the learner picks each label from the choices. */
  items: { nodeId: string; choices: string[] }[];
}

export interface DrillFeedback {
  nodeId: string;
  correct: boolean;
  correctLabel: string;
  attemptId: number;
}

export interface PersonalNoteSummary {
  id: string;
  title: string;
  updatedAt: string;
  createdAt: string;
  version: number;
  tags: string[];
  pinned: boolean;
  /** Set while the note is in the trash. */
  deletedAt: string | null;
}

export interface PersonalNote extends PersonalNoteSummary {
  body: string;
}

export interface ExportProgress {
  stage: 'preparing' | 'printing' | 'saving';
  notes: number;
  startedAt: string;
}

export interface ImportSummary {
  formatVersion: number;
  notes: { added: number; updated: number; keptNewer: number };
  attempts: { added: number; skipped: number };
  sessions: { added: number };
  reviewCards: { added: number; updated: number; keptNewer: number };
  topicProgress: { added: number; updated: number; keptNewer: number };
  settings: { added: number; kept: number };
}

export interface AutomaticBackup {
  fileName: string;
  createdAt: string;
  bytes: number;
}

export interface SavedNote {
  id: string;
  version: number;
  updatedAt: string;
}

export type ExportDelivery =
  /** Electron: written where the learner chose in the save dialog. */
  | { kind: 'saved'; path: string; bytes: number }
  /** The learner closed the save dialog. */
  | { kind: 'cancelled' }
  /** Browser shell: handed back for the page to download. */
  | { kind: 'download'; fileName: string; mimeType: string; base64: string; bytes: number };

export interface SearchHit {
  kind: 'course-note' | 'personal-note' | 'question';
  id: string;
  title: string;
  snippet: string;
}

// ---------- the contract ----------

const noInput = z.strictObject({});
const idInput = z.strictObject({ id: contentIdSchema });
const uuid = z.uuid();
const quizModeSchema = z.enum(['practice', 'mock', 'review', 'diagram', 'diagnostic']);
const ratingSchema = z.enum(['again', 'hard', 'good', 'easy']);
const examTime = z
  .int()
  .min(0)
  .max(24 * 3_600_000);
export type QuizMode = z.infer<typeof quizModeSchema>;

/** Declares one call: its input schema, and (as a type only) its result. */
function call<I extends z.ZodType>(input: I) {
  return { returns: <R>() => ({ input, result: undefined as unknown as R }) };
}

export const apiContract = {
  'app.getInfo': call(noInput).returns<AppInfo>(),

  'settings.get': call(noInput).returns<Settings>(),
  'settings.update': call(
    z.strictObject({
      theme: z.enum(['system', 'light', 'dark']).optional(),
      lastRoute: z.string().max(300).optional(),
      examDate: z.iso.date().nullable().optional(),
      desiredRetention: z.number().min(0.7).max(0.99).optional(),
    }),
  ).returns<Settings>(),

  'library.list': call(noInput).returns<CourseNoteSummary[]>(),
  'library.get': call(idInput).returns<CourseNote>(),
  'library.setStatus': call(
    z.strictObject({ id: contentIdSchema, status: z.enum(['new', 'read', 'confident']) }),
  ).returns<CourseNoteSummary>(),

  'diagrams.list': call(noInput).returns<DiagramSummary[]>(),
  'diagrams.get': call(idInput).returns<LaidOutDiagram>(),

  /** Every node of every diagram, for [[diagram#node]] link autocomplete. */
  'diagrams.nodeIndex': call(noInput).returns<{ diagramId: string; diagramTitle: string; nodeId: string; label: string }[]>(),
  'diagrams.nodeNotes': call(z.strictObject({ diagramId: contentIdSchema, nodeId: contentIdSchema })).returns<
    { id: string; title: string }[]
  >(),
  'drill.start': call(
    z.strictObject({
      diagramId: contentIdSchema,
      count: z.int().min(1).max(20).default(5),
      /** Drill exactly these nodes (for example the ones due for review). */
      nodeIds: z.array(contentIdSchema).max(50).optional(),
    }),
  ).returns<DrillSessionView>(),
  'drill.answer': call(
    z.strictObject({
      sessionId: uuid,
      nodeId: contentIdSchema,
      choice: z.string().min(1).max(200),
      timeMs: z.int().min(0).max(86_400_000),
    }),
  ).returns<DrillFeedback>(),

  'quiz.start': call(
    z.strictObject({
      mode: z.enum(['practice', 'diagnostic']),
      questionIds: z.array(contentIdSchema).max(200).optional(),
      domains: z
        .array(z.enum(['D1', 'D2', 'D3', 'D4', 'D5', 'D6']))
        .max(6)
        .optional(),
      topics: z.array(contentIdSchema).max(200).optional(),
      difficulties: z
        .array(z.union([z.literal(1), z.literal(2), z.literal(3)]))
        .max(3)
        .optional(),
      only: z.enum(['all', 'unseen', 'missed']).default('all'),
      count: z.int().min(1).max(75).default(10),
    }),
  ).returns<QuizSessionView>(),
  'quiz.answer': call(
    z.strictObject({
      sessionId: uuid,
      questionId: contentIdSchema,
      chosen: z
        .array(z.string().regex(/^[a-f]$/))
        .min(1)
        .max(6),
      timeMs: z.int().min(0).max(86_400_000),
    }),
  ).returns<AnswerFeedback>(),
  'exam.start': call(noInput).returns<ExamView>(),
  'exam.current': call(noInput).returns<ExamView | null>(),
  'exam.answer': call(
    z.strictObject({
      sessionId: uuid,
      questionId: contentIdSchema,
      chosen: z.array(z.string().regex(/^[a-f]$/)).max(6),
      flagged: z.boolean(),
      timeUsedMs: examTime,
    }),
  ).returns<{ saved: true; timeUsedMs: number }>(),
  'exam.heartbeat': call(z.strictObject({ sessionId: uuid, timeUsedMs: examTime })).returns<{ timeUsedMs: number }>(),
  'exam.submit': call(z.strictObject({ sessionId: uuid, timeUsedMs: examTime })).returns<ExamResult>(),
  'exam.result': call(z.strictObject({ sessionId: uuid })).returns<ExamResult>(),

  'review.summary': call(noInput).returns<ReviewSummary>(),
  'review.start': call(z.strictObject({ limit: z.int().min(1).max(100).default(30) })).returns<QuizSessionView>(),
  'review.rate': call(z.strictObject({ attemptId: z.int().min(1), rating: ratingSchema })).returns<{ due: string }>(),

  'stats.overview': call(noInput).returns<StatsOverview>(),
  'stats.topicTrend': call(z.strictObject({ topic: contentIdSchema })).returns<TopicTrend>(),
  'today.summary': call(noInput).returns<TodaySummary>(),

  'quiz.history': call(z.strictObject({ limit: z.int().min(1).max(1000).default(50) })).returns<QuizAttemptRow[]>(),

  'notes.list': call(
    z.strictObject({
      view: z.enum(['active', 'trash']).default('active'),
      tag: z.string().min(1).max(40).optional(),
      /** A course topic id, a diagram id, or diagram#node: notes that link to it. */
      linksTo: z
        .string()
        .regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/)
        .max(120)
        .optional(),
      sort: z.enum(['updated', 'created', 'title']).default('updated'),
    }),
  ).returns<PersonalNoteSummary[]>(),
  'notes.tags': call(noInput).returns<{ tag: string; count: number }[]>(),
  'notes.setMeta': call(
    z.strictObject({
      id: uuid,
      tags: z
        .array(
          z
            .string()
            .trim()
            .min(1)
            .max(40)
            .regex(/^[^,\n]+$/),
        )
        .max(20)
        .optional(),
      pinned: z.boolean().optional(),
    }),
  ).returns<PersonalNoteSummary>(),
  'notes.restore': call(z.strictObject({ id: uuid })).returns<PersonalNoteSummary>(),
  'notes.purge': call(z.strictObject({ id: uuid })).returns<{ id: string }>(),
  'notes.emptyTrash': call(noInput).returns<{ purged: number }>(),
  'notes.get': call(z.strictObject({ id: uuid })).returns<PersonalNote>(),
  'notes.create': call(
    z.strictObject({ title: z.string().max(200).optional(), body: z.string().max(1_000_000).optional() }),
  ).returns<PersonalNote>(),
  'notes.save': call(
    z.strictObject({
      id: uuid,
      title: z.string().max(200),
      body: z.string().max(1_000_000),
      /** The version the editor started from; a mismatch means another window saved first. */
      baseVersion: z.int().min(1),
    }),
  ).returns<SavedNote>(),
  'notes.delete': call(z.strictObject({ id: uuid })).returns<{ id: string }>(),
  'notes.exportPdf': call(
    z
      .strictObject({
        ids: z.array(uuid).min(1).max(10_000).optional(),
        tag: z.string().min(1).max(40).optional(),
        all: z.boolean().optional(),
        pageSize: z.enum(['A4', 'Letter']).default('A4'),
        /** Append the course notes the exported notes link to. */
        appendix: z.boolean().default(false),
        /** Names the job so the page can follow its progress and cancel it. */
        jobId: uuid.optional(),
      })
      .refine((v) => [v.ids, v.tag, v.all].filter((x) => x !== undefined && x !== false).length === 1, {
        message: 'Choose exactly one of: ids, tag, all',
      }),
  ).returns<ExportDelivery>(),
  'notes.exportMarkdown': call(noInput).returns<ExportDelivery>(),
  'export.progress': call(z.strictObject({ jobId: uuid })).returns<ExportProgress | null>(),
  'export.cancel': call(z.strictObject({ jobId: uuid })).returns<{ cancelled: boolean }>(),

  'backup.export': call(noInput).returns<ExportDelivery>(),
  'backup.import': call(
    z.strictObject({
      content: z
        .string()
        .min(2)
        .max(64 * 1024 * 1024),
    }),
  ).returns<ImportSummary>(),
  'backup.listAutomatic': call(noInput).returns<AutomaticBackup[]>(),

  'search.query': call(z.strictObject({ query: z.string().max(200), limit: z.int().min(1).max(100).default(20) })).returns<SearchHit[]>(),
} as const;

export type ApiContract = typeof apiContract;
export type ApiCallName = keyof ApiContract;
export type ApiInput<K extends ApiCallName> = z.input<ApiContract[K]['input']>;
export type ApiParsedInput<K extends ApiCallName> = z.output<ApiContract[K]['input']>;
export type ApiOutput<K extends ApiCallName> = ApiContract[K]['result'];

export const API_CALL_NAMES = Object.keys(apiContract) as ApiCallName[];

export function isApiCallName(name: unknown): name is ApiCallName {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}

/** The typed surface the renderer sees, whatever the transport. */
export type Api = { [K in ApiCallName]: (input: ApiInput<K>) => Promise<ApiOutput<K>> };

/** The IPC channel every call travels on in Electron. */
export const IPC_CHANNEL = 'companion:api';
