// The note editor: CodeMirror 6 with markdown highlighting and shortcuts, line wrapping, and
// autocomplete of [[links]] to course topics and diagram nodes.
import { autocompletion } from '@codemirror/autocomplete';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { EditorSelection } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useMemo, useRef } from 'react';
import { themeSyntaxHighlighting } from './editor-highlight';
import { type LinkTarget, linkCompletions, linkOptions } from './link-completions';

export type { LinkTarget };

interface MarkdownEditorProps {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  linkTargets: LinkTarget[];
  label: string;
}

/** Wraps the selection in a marker (Ctrl/Cmd+B for bold, +I for italic). */
function wrap(marker: string) {
  return (view: EditorView) => {
    view.dispatch(
      view.state.changeByRange((range) => ({
        changes: [
          { from: range.from, insert: marker },
          { from: range.to, insert: marker },
        ],
        range: EditorSelection.range(range.from + marker.length, range.to + marker.length),
      })),
    );
    return true;
  };
}

export function MarkdownEditor({ value, onChange, onBlur, linkTargets, label }: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(undefined);
  // Callbacks and targets change often; the editor reads the latest through refs.
  const options = useMemo(() => linkOptions(linkTargets), [linkTargets]);
  const latest = useRef({ onChange, onBlur, options });
  latest.current = { onChange, onBlur, options };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; value updates flow in below
  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      doc: value,
      extensions: [
        themeSyntaxHighlighting,
        basicSetup,
        markdown({ base: markdownLanguage }),
        EditorView.lineWrapping,
        keymap.of([
          { key: 'Mod-b', run: wrap('**') },
          { key: 'Mod-i', run: wrap('_') },
        ]),
        autocompletion({ override: [linkCompletions(() => latest.current.options)] }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          if (update.focusChanged && !update.view.hasFocus) latest.current.onBlur();
        }),
        EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
  }, []);

  // A value set from outside (a reload) replaces the text; typing does not come back through here.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="markdown-editor" />;
}
