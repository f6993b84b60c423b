// Autocomplete of [[links]] in the note editor: course topics by title and by id, and diagram
// nodes as diagram#node. It opens on the second "[" so a learner sees what can be linked before
// knowing how to spell it.
import { type Completion, type CompletionContext, type CompletionResult, pickedCompletion } from '@codemirror/autocomplete';
import type { EditorView } from '@codemirror/view';

export interface LinkTarget {
  /** What goes between the brackets for an id link: a topic id or diagram#node. */
  id: string;
  /** A topic's title, or a node's label and diagram. */
  label: string;
  kind: 'topic' | 'diagram node';
}

// Sections rank by their best match, so typing an id brings the ids up; the boosts only order
// the sections while nothing is typed yet: titles, then ids, then nodes.
const TITLES = { name: 'Course topics', rank: 'dynamic' } as const;
const IDS = { name: 'Topic ids', rank: 'dynamic' } as const;
const NODES = { name: 'Diagram nodes', rank: 'dynamic' } as const;

/** Inserts the target and one closing "]]", reusing brackets that closeBrackets already typed. */
function applyLink(text: string) {
  return (view: EditorView, completion: Completion, from: number, to: number) => {
    const after = view.state.sliceDoc(to, to + 2);
    const closing = after === ']]' ? 2 : after.startsWith(']') ? 1 : 0;
    const insert = `${text}]]`;
    view.dispatch({
      changes: { from, to: to + closing, insert },
      selection: { anchor: from + insert.length },
      annotations: pickedCompletion.of(completion),
      userEvent: 'input.complete',
      scrollIntoView: true,
    });
  };
}

export function linkOptions(targets: readonly LinkTarget[]): Completion[] {
  const options: Completion[] = [];
  for (const t of targets) {
    if (t.kind === 'topic') {
      options.push({ label: t.label, detail: t.id, type: 'text', section: TITLES, boost: 2, apply: applyLink(t.label) });
      options.push({ label: t.id, detail: t.label, type: 'keyword', section: IDS, boost: 1, apply: applyLink(t.id) });
    } else {
      options.push({ label: t.id, detail: t.label, type: 'class', section: NODES, apply: applyLink(t.id) });
    }
  }
  return options;
}

/** What may follow "[[" while a link is being typed: a title or id, then maybe #node. */
const OPEN_LINK = /\[\[[^[\]|#\n]*(?:#[a-z0-9-]*)?$/;

export function linkCompletions(options: () => Completion[]) {
  return (context: CompletionContext): CompletionResult | null => {
    const match = context.matchBefore(OPEN_LINK);
    if (!match) return null;
    return { from: match.from + 2, options: options(), validFor: /^[^[\]|#\n]*(?:#[a-z0-9-]*)?$/ };
  };
}
