// @vitest-environment happy-dom
// [[link]] completion in the note editor: it offers topics by title and id and diagram nodes, opens
// only inside an unfinished "[[", and inserts the target with one pair of closing brackets.
import { autocompletion, CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import { type LinkTarget, linkCompletions, linkOptions } from './link-completions';

const targets: LinkTarget[] = [
  { id: 'sqs-dlq', label: 'SQS dead-letter queues', kind: 'topic' },
  { id: 'asg#elb', label: 'Load balancer (ASG diagram)', kind: 'diagram node' },
];

function complete(doc: string): CompletionResult | null {
  const state = EditorState.create({ doc });
  const source = linkCompletions(() => linkOptions(targets));
  const result = source(new CompletionContext(state, doc.length, false));
  if (result instanceof Promise) throw new Error('expected a synchronous source');
  return result;
}

let view: EditorView | undefined;
afterEach(() => view?.destroy());

/** Applies the option labelled `label` to `doc` with the cursor at `cursor`, as picking it does. */
function pick(doc: string, cursor: number, label: string): string {
  view = new EditorView({ state: EditorState.create({ doc, selection: { anchor: cursor }, extensions: [autocompletion()] }) });
  const result = linkCompletions(() => linkOptions(targets))(new CompletionContext(view.state, cursor, false));
  if (!result || result instanceof Promise) throw new Error('no completion');
  const option = result.options.find((o) => o.label === label);
  if (!option || typeof option.apply !== 'function') throw new Error(`no option ${label}`);
  option.apply(view, option, result.from, cursor);
  return view.state.doc.toString();
}

describe('linkOptions', () => {
  it('offers a topic by its title and by its id, and a node by diagram#node', () => {
    const options = linkOptions(targets);
    expect(options.map((o) => [o.label, o.detail])).toEqual([
      ['SQS dead-letter queues', 'sqs-dlq'],
      ['sqs-dlq', 'SQS dead-letter queues'],
      ['asg#elb', 'Load balancer (ASG diagram)'],
    ]);
  });

  it('ranks titles above ids while nothing is typed', () => {
    const [title, id] = linkOptions(targets);
    expect(title?.boost ?? 0).toBeGreaterThan(id?.boost ?? 0);
  });
});

describe('linkCompletions', () => {
  it('opens on the second "[" and completes from just after it', () => {
    const result = complete('See [[');
    expect(result?.from).toBe(6);
    expect(result?.options).toHaveLength(3);
  });

  it('keeps completing while a title or a #node is typed', () => {
    expect(complete('See [[SQS dead')?.from).toBe(6);
    expect(complete('See [[asg#el')?.from).toBe(6);
  });

  it('stays closed on a single "[", after a finished link and on a new line', () => {
    expect(complete('See [')).toBeNull();
    expect(complete('See [[sqs-dlq]] and')).toBeNull();
    expect(complete('See [[sqs\nmore')).toBeNull();
  });

  it('inserts the target and closes the link', () => {
    expect(pick('See [[SQS', 9, 'sqs-dlq')).toBe('See [[sqs-dlq]]');
  });

  it('reuses the "]]" the editor already typed instead of doubling it', () => {
    expect(pick('See [[SQS]] now', 9, 'SQS dead-letter queues')).toBe('See [[SQS dead-letter queues]] now');
    expect(pick('See [[SQS] now', 9, 'sqs-dlq')).toBe('See [[sqs-dlq]] now');
  });
});
