// One markdown dialect for course notes, personal notes and PDF export: CommonMark + GFM tables,
// highlighted code, GitHub-style callouts, [[topic]] links and ```mermaid blocks. Raw HTML is off,
// so markdown can never inject markup; the renderer still sanitises the output as a second wall.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import typescript from 'highlight.js/lib/languages/typescript';
import yaml from 'highlight.js/lib/languages/yaml';
import MarkdownIt from 'markdown-it';
import { matchWikilinkAt } from './wikilinks';

type Md = ReturnType<typeof MarkdownIt>;

hljs.registerLanguage('bash', bash);
hljs.registerLanguage('shell', bash);
hljs.registerLanguage('sh', bash);
hljs.registerLanguage('json', json);
hljs.registerLanguage('yaml', yaml);
hljs.registerLanguage('yml', yaml);
hljs.registerLanguage('python', python);
hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('javascript', typescript);

export interface MarkdownOptions {
  /**
   * A single newline breaks the line, as in Obsidian: for the learner's own notes, where "Q: …" and
   * "A: …" on two lines are two lines. Course notes are hard-wrapped and keep markdown's default.
   */
  lineBreaks?: boolean;
  /** Resolves a [[target#node]] link (target: an id or a topic title) to its label and app route, or undefined when it points nowhere. */
  resolveLink?: (target: string, nodeId?: string) => { label: string; href: string } | undefined;
}

const CALLOUT_TITLES: Record<string, string> = {
  NOTE: 'Note',
  TIP: 'Tip',
  WARNING: 'Warning',
  IMPORTANT: 'Important',
  CAUTION: 'Caution',
  SINCE: 'Since the course',
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function createMarkdown(options: MarkdownOptions = {}): Md {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: options.lineBreaks === true });

  md.options.highlight = (code, lang) => {
    const language = lang.trim().toLowerCase();
    if (language === 'mermaid') return '';
    if (language && hljs.getLanguage(language)) {
      return hljs.highlight(code, { language, ignoreIllegals: true }).value;
    }
    return escapeHtml(code);
  };

  const defaultFence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const token = tokens[idx];
    if (token && token.info.trim().toLowerCase() === 'mermaid') {
      // Rendered to SVG later by mermaid (strict security level); the source stays text here.
      // HTML tags have no place in a diagram: dropping them keeps mermaid from ever building
      // markup out of a label (arrows such as <--> are not tags and stay).
      const source = token.content.replace(/<\/?[a-z][^>]*>/gi, '');
      return `<pre class="mermaid">${escapeHtml(source)}</pre>\n`;
    }
    const html = defaultFence ? defaultFence(tokens, idx, opts, env, self) : self.renderToken(tokens, idx, opts);
    const lang = token?.info.trim().split(/\s+/)[0] ?? '';
    return `<div class="code-block" data-lang="${escapeHtml(lang)}">${html}</div>`;
  };

  // GitHub alerts: a blockquote whose first line is [!KIND] becomes a titled callout.
  md.core.ruler.after('block', 'callouts', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      if (open?.type !== 'blockquote_open') continue;
      const inline = tokens[i + 2];
      if (tokens[i + 1]?.type !== 'paragraph_open' || inline?.type !== 'inline') continue;
      const match = /^\[!([A-Z]+)\][ \t]*(.*)/.exec(inline.content);
      const kind = match?.[1];
      if (!match || !kind || !(kind in CALLOUT_TITLES)) continue;
      open.attrJoin('class', `callout callout-${kind.toLowerCase()}`);
      open.attrSet('data-title', CALLOUT_TITLES[kind] ?? kind);
      const rest = inline.content.slice(match[0].length - (match[2] ?? '').length).replace(/^\n/, '');
      // markdown-it's own inline rule runs next and parses the remaining text exactly once.
      inline.content = rest;
    }
  });
  md.renderer.rules.blockquote_open = (tokens, idx, opts, _env, self) => {
    const token = tokens[idx];
    const title = token?.attrGet('data-title');
    if (!token || !title) return self.renderToken(tokens, idx, opts);
    const classes = String(token.attrGet('class') ?? '');
    return `<blockquote class="${escapeHtml(classes)}"><p class="callout-title">${escapeHtml(String(title))}</p>\n`;
  };

  // [[topic-id]], [[Topic title]], [[target|label]], [[diagram-id#node-id]]
  md.inline.ruler.before('link', 'wikilink', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b || state.src.charCodeAt(state.pos + 1) !== 0x5b) return false;
    const link = matchWikilinkAt(state.src.slice(state.pos));
    if (!link) return false;
    if (!silent) {
      const { target, nodeId, label } = link;
      const resolved = options.resolveLink?.(target, nodeId);
      const token = state.push('wikilink', '', 0);
      token.meta = { target, nodeId, label: label ?? resolved?.label ?? target, href: resolved?.href };
    }
    state.pos += link.length;
    return true;
  });
  md.renderer.rules.wikilink = (tokens, idx) => {
    const meta = tokens[idx]?.meta as { target: string; label: string; href?: string };
    if (!meta.href) return `<span class="wikilink wikilink-missing" title="No such topic">${escapeHtml(meta.label)}</span>`;
    return `<a class="wikilink" href="${escapeHtml(meta.href)}" data-target="${escapeHtml(meta.target)}">${escapeHtml(meta.label)}</a>`;
  };

  // Headings get stable ids for the table of contents and PDF bookmarks.
  md.core.ruler.push('heading_ids', (state) => {
    for (const heading of headingsOf(state.tokens)) state.tokens[heading.index]?.attrSet('id', heading.id);
  });

  return md;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
}

export interface Heading {
  level: number;
  text: string;
  id: string;
}

type Token = ReturnType<Md['parse']>[number];

function headingsOf(tokens: Token[]): (Heading & { index: number })[] {
  const used = new Map<string, number>();
  const out: (Heading & { index: number })[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const text = tokens[index + 1]?.content ?? '';
    const base = slugify(text) || 'section';
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    out.push({ index, level: Number(token.tag.slice(1)), text, id: n === 0 ? base : `${base}-${n}` });
  });
  return out;
}

/** The headings of a document, for a table of contents; ids match the rendered HTML. */
export function extractHeadings(md: Md, markdown: string): Heading[] {
  return headingsOf(md.parse(markdown, {})).map(({ level, text, id }) => ({ level, text, id }));
}

/** One H2/H3 section of a note, cut into the passages a reader sees: paragraphs, list items, table rows, code. */
export interface NoteSection {
  /** The heading's id in the rendered page; '' for the text before the first heading. */
  id: string;
  /** The heading's text, or '' for the opening text. */
  title: string;
  /** Each passage's markdown source (a table row's cells joined by ' | '); `code` for code blocks and diagram sources. */
  passages: { source: string; code: boolean }[];
}

/**
 * A note's sections, for search to name the one that answers. Headings of level 4 and below stay
 * inside their section; ids come from the same walk as the rendered headings, so a search hit's
 * section id is always an element of the page.
 */
export function noteSections(md: Md, markdown: string): NoteSection[] {
  const tokens = md.parse(markdown, {});
  const ids = new Map(headingsOf(tokens).map((h) => [h.index, h.id]));
  const sections: NoteSection[] = [{ id: '', title: '', passages: [] }];
  let current = sections[0] as NoteSection;
  let row: string[] | undefined;
  tokens.forEach((token, index) => {
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      if (level <= 3) {
        current = { id: ids.get(index) ?? '', title: tokens[index + 1]?.content ?? '', passages: [] };
        sections.push(current);
      }
      return;
    }
    if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close') {
      if (row?.some(Boolean)) current.passages.push({ source: row.join(' | '), code: false });
      row = undefined;
    } else if (token.type === 'inline') {
      if (tokens[index - 1]?.type === 'heading_open' && Number(tokens[index - 1]?.tag.slice(1)) <= 3) return;
      if (row) row.push(token.content);
      else if (token.content.trim()) current.passages.push({ source: token.content, code: false });
    } else if ((token.type === 'fence' || token.type === 'code_block') && token.content.trim())
      current.passages.push({ source: token.content, code: true });
  });
  return sections.filter((s) => s.id !== '' || s.passages.length > 0);
}
