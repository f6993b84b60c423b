// The course notes and the learner's reading status of each topic.
import { z } from 'zod';
import type { DomainId, NoteFrontMatter } from '../content-schema';
import { contentIdSchema } from '../content-schema';
import { call, idInput, noInput } from './schemas';

export type TopicStatus = 'new' | 'read' | 'confident';

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

export const libraryCalls = {
  'library.list': call(noInput).returns<CourseNoteSummary[]>(),
  'library.get': call(idInput).returns<CourseNote>(),
  'library.setStatus': call(
    z.strictObject({ id: contentIdSchema, status: z.enum(['new', 'read', 'confident']) }),
  ).returns<CourseNoteSummary>(),
} as const;
