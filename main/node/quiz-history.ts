// The quiz history in words: each stored answer described by what it was about (a question's stem
// cut to one line, its domain and main topic; a drill's diagram and node), so the renderer never
// shows an id and never looks content up per row.
import { DOMAIN_INFO, type DomainId } from '../common/content-schema';
import type { QuizAttemptRow } from '../common/contract';
import { oneLine } from '../common/readable-text';
import { parseCardId } from './card-id';
import type { ContentIndex } from './content';
import type { StoredAttempt } from './store/quiz-attempts';

const DOMAINS = new Set<string>(DOMAIN_INFO.map((d) => d.id));
const asDomain = (id: string | null | undefined): DomainId | null => (id && DOMAINS.has(id) ? (id as DomainId) : null);

/** A topic with its note's title (the course topic list's title if the note is missing). */
export function topicRef(content: ContentIndex, id: string | null | undefined): { id: string; title: string } | null {
  if (!id) return null;
  const title = content.notes.get(id)?.meta.title ?? content.topics.find((t) => t.id === id)?.title;
  return title ? { id, title } : null;
}

/** One stored answer as the history lists it. */
export function describeAttempt(content: ContentIndex, a: StoredAttempt): QuizAttemptRow {
  const { domain: storedDomain, topic: storedTopic, ...base } = a;
  const ref = parseCardId(a.questionId);
  if (ref.kind === 'diagram') {
    const diagram = content.diagrams.get(ref.diagramId);
    const node = diagram?.nodes.find((n) => n.id === ref.nodeId);
    if (diagram && node) {
      return {
        ...base,
        kind: 'diagram',
        title: `${diagram.title} › ${node.label}`,
        domain: diagram.domain,
        topic: topicRef(content, node.topics[0] ?? storedTopic),
        diagram: { id: diagram.id, nodeId: node.id },
      };
    }
  } else {
    const q = content.questions.get(ref.questionId);
    if (q) {
      return { ...base, kind: 'question', title: oneLine(q.stem), domain: q.domain, topic: topicRef(content, q.topics[0]) };
    }
  }
  return {
    ...base,
    kind: 'retired',
    title: ref.kind === 'diagram' ? 'A diagram node no longer in the course' : 'A question no longer in the course',
    domain: asDomain(storedDomain),
    topic: topicRef(content, storedTopic),
  };
}
