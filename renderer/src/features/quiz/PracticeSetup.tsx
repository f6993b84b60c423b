// Practice setup: pick domains, topics, difficulty and which questions (all, unseen, missed last
// time, or flagged), then start a practice (or the 20-question diagnostic). It opens with the
// choices the learner last started a practice with (kept in the settings).

import { DOMAIN_INFO, type DomainId } from '@common/content-schema';
import type { PracticeChoices, QuizSessionView } from '@common/contract';
import { type ReactNode, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';

const DIFFICULTY_NAMES = { 1: 'Recall', 2: 'Apply', 3: 'Multi-constraint' } as const;

interface SetupProps {
  onStart: (s: QuizSessionView) => void;
  /** Said beside the start buttons (what starting does to a practice in progress). */
  note?: ReactNode;
}

export function PracticeSetup(props: SetupProps) {
  const settings = useAsync(() => api['settings.get']({}), []);
  // Settings that cannot be read only cost the remembered choices: the form starts empty.
  if (settings.loading && !settings.data) return <Loading what="practice setup" />;
  return <PracticeForm {...props} initial={settings.data?.practice ?? undefined} />;
}

function PracticeForm({ onStart, note, initial }: SetupProps & { initial: PracticeChoices | undefined }) {
  const { notes } = useCourseIndex();
  const [domains, setDomains] = useState<DomainId[]>(initial?.domains ?? []);
  const [topics, setTopics] = useState<string[]>(initial?.topics ?? []);
  const [difficulties, setDifficulties] = useState<(1 | 2 | 3)[]>(initial?.difficulties ?? []);
  const [only, setOnly] = useState<PracticeChoices['only']>(initial?.only ?? 'all');
  const [count, setCount] = useState(initial?.count ?? 10);
  const [error, setError] = useState<Error>();
  const topicChoices = useMemo(() => notes.filter((n) => domains.length === 0 || domains.includes(n.domain)), [notes, domains]);
  // A topic of a domain no longer chosen stays selected in state but does not count.
  const chosenTopics = topics.filter((t) => topicChoices.some((n) => n.id === t));
  // How many questions the choices leave, shown as the learner chooses (the bank holds few Recall questions).
  const matching = useAsync(
    () => api['quiz.matching']({ domains, topics: chosenTopics, difficulties, only }),
    [domains.join(), chosenTopics.join(), difficulties.join(), only],
  ).data;
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);

  const start = async (mode: 'practice' | 'diagnostic') => {
    setError(undefined);
    const choices: PracticeChoices = { domains, topics: chosenTopics, difficulties, only, count };
    try {
      const session = await api['quiz.start'](mode === 'diagnostic' ? { mode, count: 20 } : { mode, ...choices });
      // The next practice starts from these choices; failing to keep them must not stop this one.
      if (mode === 'practice') api['settings.update']({ practice: choices }).catch(() => {});
      onStart(session);
    } catch (err) {
      setError(err as Error);
    }
  };

  return (
    <form
      className="practice-setup"
      onSubmit={(e) => {
        e.preventDefault();
        void start('practice');
      }}
    >
      <fieldset>
        <legend>Domains (none = all)</legend>
        {DOMAIN_INFO.map((d) => (
          <label key={d.id}>
            <input type="checkbox" checked={domains.includes(d.id)} onChange={() => setDomains((x) => toggle(x, d.id))} />
            {d.id} {d.name}
          </label>
        ))}
      </fieldset>
      <label className="topic-select">
        Topics (none = all; Ctrl/Cmd-click for several)
        <select multiple size={6} value={topics} onChange={(e) => setTopics([...e.target.selectedOptions].map((o) => o.value))}>
          {topicChoices.map((n) => (
            <option key={n.id} value={n.id}>
              {n.domain} · {n.title}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Difficulty (none = all)</legend>
        {([1, 2, 3] as const).map((d) => (
          <label key={d}>
            <input type="checkbox" checked={difficulties.includes(d)} onChange={() => setDifficulties((x) => toggle(x, d))} />
            {DIFFICULTY_NAMES[d]}
            {matching && <span className="muted">({matching.byDifficulty[d]})</span>}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Which questions</legend>
        {(
          [
            ['all', 'All'],
            ['unseen', 'Only unseen'],
            ['missed', 'Only missed last time'],
            ['flagged', 'Only flagged'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="only" checked={only === value} onChange={() => setOnly(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        Number of questions
        <input
          type="number"
          min={1}
          max={75}
          value={count}
          onChange={(e) => setCount(Math.max(1, Math.min(75, Number(e.target.value) || 1)))}
        />
      </label>
      {matching && <MatchCount total={matching.total} count={count} flaggedOnly={only === 'flagged'} />}
      {error && <ErrorMessage error={error} />}
      {note}
      <div className="setup-actions">
        <button type="submit" className="primary" disabled={matching?.total === 0}>
          Start practice
        </button>
        <button type="button" onClick={() => void start('diagnostic')}>
          Take the 20-question diagnostic
        </button>
      </div>
    </form>
  );
}

/** What starting would give: how many questions the choices match and how many the practice takes. */
function MatchCount({ total, count, flaggedOnly }: { total: number; count: number; flaggedOnly: boolean }) {
  const match = (n: number) => (n === 1 ? '1 question matches' : `${n} questions match`);
  return (
    <p className="practice-match" aria-live="polite">
      {total === 0 && flaggedOnly
        ? 'No flagged questions match these choices. Flag a question with the Flag button while you practise to come back to it here.'
        : total === 0
          ? 'No questions match these choices: widen the domains, topics or difficulty, or choose "All".'
          : total < count
            ? `Only ${match(total)} these choices: the practice will have ${total}.`
            : `${match(total)} these choices; the practice draws ${count} of them at random.`}
    </p>
  );
}
