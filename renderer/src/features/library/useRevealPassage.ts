// Opens a note where a search hit pointed: its section in view and the answering sentence
// highlighted (CSS Custom Highlight API, so the rendered markdown is never rewritten), the block
// around it tinted. The markdown may be drawn again (a theme change redraws its diagrams) and
// diagrams drawn after the text can push the sentence down: until the reader scrolls, clicks or
// types, the place is found again and brought back into view.
import { type RefObject, useEffect } from 'react';
import { blockOf, FOUND_CLASS, FOUND_HIGHLIGHT, findSentence, sectionElements } from './reveal-passage';

export function useRevealPassage(
  articleRef: RefObject<HTMLElement | null>,
  /** The loaded note: the place is shown again for each note that arrives. */
  note: object | undefined,
  sectionId: string | undefined,
  find: string | undefined,
): void {
  useEffect(() => {
    const article = articleRef.current;
    const markdown = article?.querySelector('.markdown');
    if (!note || !markdown || (!sectionId && !find)) return;
    const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
    let target: Element | undefined;
    let found = false;
    let heldByReader = false;

    const mark = () => {
      target?.classList.remove(FOUND_CLASS);
      const range = find ? findSentence(sectionElements(markdown, sectionId), find) : undefined;
      found = range !== undefined;
      target = (range && blockOf(range)) ?? (sectionId ? (markdown.querySelector(`#${CSS.escape(sectionId)}`) ?? undefined) : undefined);
      if (range) {
        highlights?.set(FOUND_HIGHLIGHT, new Highlight(range));
        target?.classList.add(FOUND_CLASS);
      }
    };
    const show = () => {
      if (!heldByReader) target?.scrollIntoView({ block: found ? 'center' : 'start' });
    };
    mark();
    show();
    const redrawn = new MutationObserver(() => {
      mark();
      show();
    });
    redrawn.observe(markdown, { childList: true });
    const resized = new ResizeObserver(show);
    resized.observe(markdown);
    const hold = () => {
      heldByReader = true;
    };
    const events = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
    for (const type of events) window.addEventListener(type, hold, { capture: true });
    return () => {
      redrawn.disconnect();
      resized.disconnect();
      for (const type of events) window.removeEventListener(type, hold, { capture: true });
      highlights?.delete(FOUND_HIGHLIGHT);
      target?.classList.remove(FOUND_CLASS);
    };
  }, [articleRef, note, sectionId, find]);
}
