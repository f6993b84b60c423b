// Markdown colours for the note editor drawn from the app's theme variables, so one style reads
// well in light and dark (CodeMirror's default style is for light backgrounds only).
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';

const themeHighlight = HighlightStyle.define([
  { tag: tags.heading, fontWeight: 'bold', color: 'var(--text)' },
  { tag: tags.strong, fontWeight: 'bold' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--accent)', textDecoration: 'underline' },
  { tag: [tags.processingInstruction, tags.contentSeparator, tags.labelName, tags.meta], color: 'var(--muted)' },
  { tag: [tags.quote, tags.comment], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: tags.monospace, color: 'var(--edge-control)' },
  { tag: [tags.keyword, tags.bool, tags.null], color: 'var(--edge-control)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--good)' },
  { tag: [tags.number, tags.atom], color: 'var(--warn)' },
  { tag: [tags.propertyName, tags.attributeName, tags.definition(tags.name)], color: 'var(--accent)' },
  { tag: tags.invalid, color: 'var(--bad)' },
]);

/** Put before basicSetup: its default style only applies where no other style is given. */
export const themeSyntaxHighlighting = syntaxHighlighting(themeHighlight);
