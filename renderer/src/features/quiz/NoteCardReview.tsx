// Reviewing the cards written in personal notes, as in Anki: the front, Space (or "Show answer")
// for the back, then a grade on 1–4, each button saying when the card would come back.
import type { NoteCardsDue, NoteCardView, ReviewRatingName } from '@common/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { routeHref } from '../../app/router';
import { Markdown } from '../../ui/Markdown';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { RatingButtons } from './QuestionCard';
import { GRADE_KEYS } from './useAnswerKeys';

/** The Review tab's section for note cards: how many are due, and the review itself. */
export function NoteCardsSection() {
  const due = useAsync(() => api['noteCards.due']({ limit: 100 }), []);
  const [reviewing, setReviewing] = useState<NoteCardsDue>();
  if (due.error) return <ErrorMessage error={due.error} onRetry={due.reload} />;
  if (!due.data) return <Loading what="note cards" />;
  if (reviewing)
    return (
      <NoteCardReview
        cards={reviewing.cards}
        onDone={() => {
          setReviewing(undefined);
          due.reload();
        }}
      />
    );
  const { due: count, total } = due.data;
  return (
    <section className="note-cards" aria-labelledby="note-cards-title">
      <h2 id="note-cards-title">Cards from my notes</h2>
      {total === 0 ? (
        <p className="muted">
          Write <code>Q:</code> and <code>A:</code> lines, or <code>{'{{c1::a cloze}}'}</code>, in any of your notes: each becomes a card
          here.
        </p>
      ) : (
        <>
          <p data-testid="note-cards-due">
            <strong>{count}</strong> due now · {total} in all
          </p>
          <button type="button" className="primary" disabled={count === 0} onClick={() => setReviewing(due.data)}>
            Review my note cards
          </button>
        </>
      )}
    </section>
  );
}

function NoteCardReview({ cards, onDone }: { cards: NoteCardView[]; onDone: () => void }) {
  const [index, setIndex] = useState(0);
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<Error>();
  const [graded, setGraded] = useState(0);
  const card = cards[index];
  const showRef = useRef<HTMLButtonElement>(null);
  const gradesRef = useRef<HTMLDivElement>(null);

  // Focus follows the step: the reveal button, then the grades.
  useEffect(() => {
    if (shown) gradesRef.current?.querySelector<HTMLButtonElement>('button[data-rating="good"]')?.focus();
    else showRef.current?.focus();
  }, [shown]);

  const grade = useCallback(
    async (rating: ReviewRatingName) => {
      if (!card) return;
      try {
        await api['noteCards.rate']({ cardId: card.cardId, rating });
        setError(undefined);
        setGraded((n) => n + 1);
        setShown(false);
        setIndex((i) => i + 1);
      } catch (err) {
        setError(err as Error);
      }
    },
    [card],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return;
      if (!shown && (event.key === ' ' || event.key === 'Enter') && event.target === document.body) {
        event.preventDefault();
        setShown(true);
      }
      const g = GRADE_KEYS.find((x) => x.key === event.key);
      if (shown && g && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        void grade(g.rating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown, grade]);

  if (!card)
    return (
      <section className="note-cards" aria-label="Note cards reviewed">
        <p role="status">
          Done: {graded} card{graded === 1 ? '' : 's'} reviewed.
        </p>
        <button type="button" onClick={onDone}>
          Back to the review summary
        </button>
      </section>
    );
  return (
    <section className="note-card-review" aria-label="Note card review">
      <p className="muted" data-testid="note-card-meta">
        Card {index + 1} of {cards.length} · from <a href={routeHref({ view: 'notes', noteId: card.noteId })}>{card.noteTitle}</a>
      </p>
      <div className="note-card-face">
        <Markdown markdown={card.front} className="markdown" lineBreaks />
      </div>
      {shown ? (
        <>
          <div className="note-card-face note-card-back" aria-live="polite">
            <Markdown markdown={card.back} className="markdown" lineBreaks />
          </div>
          <div ref={gradesRef}>
            <RatingButtons onRate={(r) => void grade(r)} next={card.next} />
          </div>
        </>
      ) : (
        <button type="button" className="primary" ref={showRef} onClick={() => setShown(true)}>
          Show answer <kbd>Space</kbd>
        </button>
      )}
      {error && <ErrorMessage error={error} />}
      <button type="button" onClick={onDone}>
        Stop reviewing
      </button>
    </section>
  );
}
