// One click from a weakness to a practice: starts a practice on some topics or a domain and opens
// it in the Quiz view, which finds it by the session id in the address (as after a reload).
import type { DomainId } from '@common/content-schema';
import { api } from '../api/client';
import { navigate } from './router';

export const WEAKNESS_PRACTICE_SIZE = 10;

export async function startPractice(filter: { topics: string[] } | { domain: DomainId }): Promise<void> {
  const session = await api['quiz.start']({
    mode: 'practice',
    ...('topics' in filter ? { topics: filter.topics } : { domains: [filter.domain] }),
    only: 'all',
    count: WEAKNESS_PRACTICE_SIZE,
  });
  navigate({ view: 'quiz', tab: 'practice', sessionId: session.sessionId });
}
