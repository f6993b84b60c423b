// One question with its options; after an answer, every option's explanation, links to study
// and, in review sessions, the Again/Hard/Good/Easy rating.
import type { AnswerFeedback, QuizQuestionView, ReviewRatingName } from '@common/contract';
import { formatInterval } from '@common/intervals';
import { useCourseIndex } from '../../app/course-index';
import { routeHref } from '../../app/router';
import { letterAt } from './option-letters';
import { READING_PANEL_ID } from './ReadingPanel';
import { GRADE_KEYS, OPTION_LETTERS } from './useAnswerKeys';

const RATINGS: { value: ReviewRatingName; label: string }[] = [
  { value: 'again', label: 'Again' },
  { value: 'hard', label: 'Hard' },
  { value: 'good', label: 'Good' },
  { value: 'easy', label: 'Easy' },
];

export function QuestionCard({
  question,
  chosen,
  onToggle,
  feedback,
  disabled,
  keyHints,
}: {
  question: QuizQuestionView;
  chosen: string[];
  onToggle: (optionId: string) => void;
  feedback?: { correctOptionIds: string[]; explanations: AnswerFeedback['explanations'] };
  disabled?: boolean;
  /** Shows each option's number key while the options can change (keyboard answering, useAnswerKeys). */
  keyHints?: boolean;
}) {
  const multi = question.format === 'multi';
  return (
    <fieldset className="question-card">
      <legend className="stem">{question.stem}</legend>
      {question.options.map((o, i) => {
        const explanation = feedback?.explanations.find((e) => e.optionId === o.id);
        const state = feedback ? (feedback.correctOptionIds.includes(o.id) ? 'is-correct' : chosen.includes(o.id) ? 'is-wrong' : '') : '';
        return (
          <div key={o.id} className={`option ${state}`}>
            <label>
              <input
                type={multi ? 'checkbox' : 'radio'}
                name={`q-${question.id}`}
                value={o.id}
                checked={chosen.includes(o.id)}
                onChange={() => onToggle(o.id)}
                disabled={disabled || !!feedback}
                aria-keyshortcuts={keyHints ? optionKeys(i) : undefined}
              />
              <span>
                <strong>{letterAt(i)}.</strong> {o.text}
              </span>
              {keyHints && !feedback && (
                <span className="option-key" aria-hidden="true">
                  <kbd>{i + 1}</kbd>
                </span>
              )}
            </label>
            {explanation && <p className="explanation">{explanation.explanation}</p>}
          </div>
        );
      })}
    </fieldset>
  );
}

/** The keys that choose the option shown at this position: its number, and its letter unless that is F (the flag key). */
const optionKeys = (index: number) => [String(index + 1), ...(index < OPTION_LETTERS.length ? [letterAt(index)] : [])].join(' ');

export function StudyLinks({
  topics,
  diagrams,
  onOpenNote,
  openTopicId,
}: {
  topics: string[];
  diagrams: AnswerFeedback['diagrams'];
  /** Opens a topic's note beside the question instead of leaving it (a plain click; Ctrl/Cmd-click still navigates). */
  onOpenNote?: (topicId: string, link: HTMLAnchorElement) => void;
  /** The topic whose note is open beside the question. */
  openTopicId?: string;
}) {
  const { byId } = useCourseIndex();
  return (
    <span className="study-links">
      Study:{' '}
      {topics.map((t) => (
        <a
          key={t}
          href={routeHref({ view: 'library', topicId: t })}
          className="chip"
          aria-expanded={onOpenNote ? openTopicId === t : undefined}
          aria-controls={onOpenNote && openTopicId === t ? READING_PANEL_ID : undefined}
          onClick={(e) => {
            if (!onOpenNote || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
            e.preventDefault();
            onOpenNote(t, e.currentTarget);
          }}
        >
          {byId.get(t)?.title ?? t}
        </a>
      ))}
      {diagrams.map((d) => (
        <a key={d.id} href={routeHref({ view: 'diagrams', diagramId: d.id, nodeId: d.nodeId })} className="chip chip-diagram">
          Diagram: {d.title}
        </a>
      ))}
    </span>
  );
}

export function RatingButtons({
  suggested,
  chosen,
  onRate,
  next,
}: {
  /** The rating worked out from the answer (question reviews); note cards have none. */
  suggested?: ReviewRatingName;
  chosen?: ReviewRatingName;
  onRate: (r: ReviewRatingName) => void;
  /** When the card comes back after each grade (ISO), shown on its button as Anki does: "Good 5 d". */
  next?: Record<ReviewRatingName, string>;
}) {
  const now = Date.now();
  return (
    <fieldset className="rating-buttons">
      <legend>How well did you know it?{suggested ? ` (suggested: ${suggested})` : ''}</legend>
      {RATINGS.map((r) => {
        const key = GRADE_KEYS.find((g) => g.rating === r.value)?.key;
        return (
          <button
            key={r.value}
            type="button"
            data-rating={r.value}
            aria-pressed={(chosen ?? suggested) ? (chosen ?? suggested) === r.value : undefined}
            aria-keyshortcuts={key}
            onClick={() => onRate(r.value)}
          >
            {r.label}
            {next && <span className="rating-interval"> {formatInterval(now, new Date(next[r.value]).getTime())}</span>}
            {key && (
              <span className="rating-key" aria-hidden="true">
                <kbd>{key}</kbd>
              </span>
            )}
          </button>
        );
      })}
    </fieldset>
  );
}
