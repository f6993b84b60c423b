// The one API between the renderer and the Node side. Each call has a name, a zod schema for its
// input and a result type. The Electron preload exposes exactly these calls over IPC, the browser
// shell serves exactly these over HTTP, and both validate every input with the schema.
// Each area declares its calls and result types in its own file; this one assembles them.
import type { z } from 'zod';
import { appCalls } from './app';
import { backupCalls } from './backup';
import { browseCalls } from './browse';
import type { CallName } from './call-names';
import { diagramCalls } from './diagrams';
import { examCalls } from './exam';
import { libraryCalls } from './library';
import { notesCalls } from './notes';
import { quizCalls } from './quiz';
import { reviewCalls } from './review';
import { searchCalls } from './search';
import { statsCalls } from './stats';

export type { AppInfo, Settings, ShellKind, ThemePreference } from './app';
export type { AutomaticBackup, BackupFileImport, ImportSummary } from './backup';
export type { QuestionBrowserRow } from './browse';
export { API_CALL_NAMES, IPC_CHANNEL } from './call-names';
export type { Box, DiagramLayout, DiagramSummary, DrillFeedback, DrillSessionView, LaidOutDiagram, NodeBox, Point } from './diagrams';
export type { ExamQuestionState, ExamResult, ExamView } from './exam';
export type { CourseNote, CourseNoteSummary, TopicStatus } from './library';
export { MAX_BACKUP_BYTES } from './limits';
export type { ExportDelivery, ExportProgress, PersonalNote, PersonalNoteSummary, SavedNote } from './notes';
export { MAX_PROGRESS_WAIT_MS } from './notes';
export type {
  AnswerFeedback,
  GivenAnswer,
  OpenQuizView,
  PracticeChoices,
  PracticeMatchCount,
  QuizAttemptReview,
  QuizAttemptRow,
  QuizMode,
  QuizQuestionView,
  QuizResultsView,
  QuizSessionView,
  ReviewedQuestion,
  ReviewRatingName,
} from './quiz';
export { practiceChoicesSchema } from './quiz';
export type { NoteCardListItem, NoteCardsDue, NoteCardView, ReviewSummary } from './review';
export type { SearchHit } from './search';
export type { StatsOverview, TodaySummary, TopicTrend } from './stats';
export { READINESS_MIN_ANSWERS } from './stats';

export const apiContract = {
  ...appCalls,
  ...libraryCalls,
  ...diagramCalls,
  ...quizCalls,
  ...browseCalls,
  ...examCalls,
  ...reviewCalls,
  ...statsCalls,
  ...notesCalls,
  ...backupCalls,
  ...searchCalls,
} as const;

export type ApiContract = typeof apiContract;
export type ApiCallName = keyof ApiContract;
export type ApiInput<K extends ApiCallName> = z.input<ApiContract[K]['input']>;
export type ApiParsedInput<K extends ApiCallName> = z.output<ApiContract[K]['input']>;
export type ApiOutput<K extends ApiCallName> = ApiContract[K]['result'];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Stops typechecking when the zod-free list in call-names.ts and the contract name different calls. */
export type CallNamesMatchContract = Assert<Same<CallName, ApiCallName>>;

export function isApiCallName(name: unknown): name is ApiCallName {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}

/** The typed surface the renderer sees, whatever the transport. */
export type Api = { [K in ApiCallName]: (input: ApiInput<K>) => Promise<ApiOutput<K>> };
