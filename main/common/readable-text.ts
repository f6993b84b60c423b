// Words for lists that would otherwise show ids: a long text cut to one line, a domain's code with
// its name ("D1 · SDLC Automation"), a place in the course, an answer's time. Used by the history
// (titles are cut on the Node side) and the mock-exam review.
import { DOMAIN_INFO, type DomainId } from './content-schema';

/**
 * One line of the history's question column at 1280 px. Measured with Debian's DejaVu Sans, the
 * widest of the app's system fonts: at 90 characters one title in eight took two lines; at 80 none.
 */
export const ONE_LINE_CHARS = 80;

/**
 * The text on one line, at most `max` characters: whitespace collapsed, and a longer text cut at
 * the last word that fits, without trailing punctuation, ending in "…" (which counts in `max`).
 */
export function oneLine(text: string, max = ONE_LINE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, Math.max(1, max - 1));
  const lastSpace = room.lastIndexOf(' ');
  // A single word longer than the line is cut mid-word rather than left whole.
  const cut = lastSpace > room.length / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.\-–—(]+$/u, '')}…`;
}

const NAMES = new Map<string, string>(DOMAIN_INFO.map((d) => [d.id, d.name]));

/** "SDLC Automation" for D1; the id itself for an unknown one. */
export function domainName(id: DomainId | string): string {
  return NAMES.get(id) ?? id;
}

/** "D1 · SDLC Automation". */
export function domainLabel(id: DomainId | string): string {
  const name = NAMES.get(id);
  return name ? `${id} · ${name}` : id;
}

/** "D1 · SDLC Automation · AWS CodePipeline fundamentals": where something belongs in the course. */
export function placeInCourse(p: { domain: DomainId | string | null; topic: { title: string } | null }): string {
  return [p.domain && domainLabel(p.domain), p.topic?.title].filter(Boolean).join(' · ');
}

/** Time spent on one answer: "40 s", "2 min", "2 min 5 s". */
export function answerTime(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
}
