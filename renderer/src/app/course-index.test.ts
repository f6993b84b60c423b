// @vitest-environment happy-dom
// The course index turns [[links]] in notes into app links: a topic by id or title opens the
// library, an id-shaped target or diagram#node opens the diagram, anything else stays plain text.

import type { CourseNoteSummary } from '@common/contract';
import { renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';

const notes: CourseNoteSummary[] = [
  { id: 'sqs-dlq', title: 'SQS dead-letter queues', domain: 'D1', tags: [], status: 'new' },
  { id: 'blue-green', title: 'Blue/green deployments', domain: 'D1', tags: [], status: 'new' },
];

vi.mock('../api/client', () => ({ api: { 'library.list': async () => notes } }));

const { CourseIndexProvider, useCourseIndex } = await import('./course-index');

async function loadedIndex() {
  const wrapper = ({ children }: { children: ReactNode }) => createElement(CourseIndexProvider, null, children);
  const { result } = renderHook(() => useCourseIndex(), { wrapper });
  await waitFor(() => expect(result.current.notes).toHaveLength(2));
  return result.current;
}

describe('course index links', () => {
  it('links a topic id to its library page, labelled with its title', async () => {
    const index = await loadedIndex();
    expect(index.resolveLink('sqs-dlq')).toEqual({ label: 'SQS dead-letter queues', href: '#/library/sqs-dlq' });
  });

  it('links a topic title in any letter case to the same page', async () => {
    const index = await loadedIndex();
    expect(index.resolveLink('blue/green DEPLOYMENTS')).toEqual({ label: 'Blue/green deployments', href: '#/library/blue-green' });
  });

  it('links an unknown id-shaped target to the diagram of that id', async () => {
    const index = await loadedIndex();
    expect(index.resolveLink('asg-lifecycle-hooks')).toEqual({ label: 'asg-lifecycle-hooks', href: '#/diagrams/asg-lifecycle-hooks' });
  });

  it('links diagram#node to the diagram with the node selected, even when a topic has that id', async () => {
    const index = await loadedIndex();
    expect(index.resolveLink('sqs-dlq', 'queue')).toEqual({ label: 'sqs-dlq › queue', href: '#/diagrams/sqs-dlq?node=queue' });
  });

  it('leaves a target that is neither a topic nor an id unresolved', async () => {
    const index = await loadedIndex();
    expect(index.resolveLink('No Such Topic')).toBeUndefined();
  });

  it('looks notes up by id and refuses to be used outside its provider', async () => {
    const index = await loadedIndex();
    expect(index.byId.get('blue-green')?.title).toBe('Blue/green deployments');
    expect(() => renderHook(() => useCourseIndex())).toThrow(/outside CourseIndexProvider/);
  });
});
