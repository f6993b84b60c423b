// [[links]] in personal notes, one grammar for the renderer, the editor, backlinks and export:
// [[target]], [[target|label]] and [[diagram-id#node-id]], where target is a topic id, a topic's
// title in any letter case (learners type what they read, "Blue/green deployment patterns"), or
// a diagram id. "#" and "|" separate the parts, so they cannot appear in a target.

/** The link syntax without anchors or flags; the lazy target stops at the first "]]". */
export const WIKILINK_SOURCE = String.raw`\[\[([^\[\]|#\n]{1,160}?)(?:#([a-z0-9-]+))?(?:\|([^\]\n]{1,120}))?\]\]`;

export interface WikiLink {
  /** The target as written, trimmed: an id or a title. */
  target: string;
  nodeId?: string;
  label?: string;
}

const AT_START = new RegExp(`^${WIKILINK_SOURCE}`);

/** The link at the start of text, and how many characters it spans. */
export function matchWikilinkAt(text: string): (WikiLink & { length: number }) | undefined {
  const match = AT_START.exec(text);
  const target = match?.[1]?.trim();
  if (!match || !target) return undefined;
  return { target, nodeId: match[2], label: match[3]?.trim() || undefined, length: match[0].length };
}

export function parseWikilinks(text: string): WikiLink[] {
  const out: WikiLink[] = [];
  for (const match of text.matchAll(new RegExp(WIKILINK_SOURCE, 'g'))) {
    const target = match[1]?.trim();
    if (target) out.push({ target, nodeId: match[2], label: match[3]?.trim() || undefined });
  }
  return out;
}

/** Case and runs of spaces do not matter when a title names a topic. */
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export interface TopicRef {
  id: string;
  title: string;
}

/** Maps a link target (topic id or title) to the topic's id; undefined for anything else, such as a diagram id. */
export function topicIdResolver(topics: readonly TopicRef[]): (target: string) => string | undefined {
  const byKey = new Map<string, string>();
  // Ids win over titles: an id is the exact spelling, a title match is a convenience.
  for (const t of topics) byKey.set(normalise(t.title), t.id);
  for (const t of topics) byKey.set(t.id, t.id);
  return (target) => byKey.get(target.trim()) ?? byKey.get(normalise(target));
}

/** The canonical form of a link ("topic-id", "diagram-id" or "diagram-id#node"), to compare links with targets. */
export function canonicalTarget(link: WikiLink, topicId: (target: string) => string | undefined): string {
  const base = link.nodeId ? link.target : (topicId(link.target) ?? link.target);
  return link.nodeId ? `${base}#${link.nodeId}` : base;
}

/**
 * Whether text links to target (a topic id, a diagram id, or diagram#node). A link to one of a
 * diagram's nodes also counts as a link to the diagram, as a learner filtering by it expects.
 */
export function linksTo(text: string, target: string, topicId: (target: string) => string | undefined): boolean {
  return parseWikilinks(text).some((link) => {
    const canonical = canonicalTarget(link, topicId);
    return canonical === target || (!target.includes('#') && link.nodeId !== undefined && link.target === target);
  });
}
