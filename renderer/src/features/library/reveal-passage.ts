// Where a search hit lands in a note: the section it named, scrolled into view, with the sentence
// that answers highlighted. The sentence comes from the search index as plain text, so it is found
// in the page by its letters and digits alone: markup, links shown by their titles and punctuation
// may differ between the two.

const HEADING = /^H[1-3]$/;
const BLOCKS = 'li, p, tr, pre, blockquote, h2, h3';
/** Long enough to be unique in a section, short enough to survive small differences later in the sentence. */
const PROBE = 48;
export const FOUND_HIGHLIGHT = 'search-found';
export const FOUND_CLASS = 'search-found';

/** The elements of one section: from its heading up to the next H1–H3, or the opening text before the first heading. */
export function sectionElements(markdownRoot: Element, sectionId: string | undefined): Element[] {
  const children = [...markdownRoot.children];
  const start = sectionId ? children.findIndex((el) => el.id === sectionId) : -1;
  if (sectionId && start < 0) return children;
  const out: Element[] = [];
  for (const el of children.slice(start + 1)) {
    if (HEADING.test(el.tagName)) break;
    out.push(el);
  }
  return start >= 0 ? [children[start] as Element, ...out] : out;
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The text nodes under `elements`, as one normalised string with each character's place in the DOM. */
function indexText(elements: readonly Element[]) {
  let text = '';
  const at: { node: Text; offset: number }[] = [];
  for (const element of elements) {
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const value = node.data;
      for (let i = 0; i < value.length; i++) {
        const kept = normalise(value[i] ?? '');
        if (!kept) continue;
        text += kept;
        at.push({ node, offset: i });
      }
    }
  }
  return { text, at };
}

/** A Range over `sentence` within `elements`, or undefined when the page does not hold it. */
export function findSentence(elements: readonly Element[], sentence: string): Range | undefined {
  const needle = normalise(sentence);
  if (!needle || elements.length === 0) return undefined;
  const { text, at } = indexText(elements);
  let start = text.indexOf(needle);
  let end = start + needle.length;
  if (start < 0) {
    // The sentence's start, then its end after it: whatever differs in between is still covered.
    const tail = needle.slice(-Math.min(PROBE / 2, needle.length));
    start = text.indexOf(needle.slice(0, PROBE));
    if (start >= 0) {
      const tailAt = text.indexOf(tail, start + 1);
      end = tailAt >= 0 && tailAt - start < needle.length * 2 ? tailAt + tail.length : Math.min(text.length, start + needle.length);
    } else {
      // Its start reads differently on the page (a link shown by its title): from the start of the block that holds its end.
      const tailAt = text.indexOf(tail);
      const block = tailAt >= 0 ? at[tailAt]?.node.parentElement?.closest(BLOCKS) : undefined;
      if (!block) return undefined;
      start = at.findIndex((place) => block.contains(place.node));
      end = tailAt + tail.length;
    }
  }
  const first = at[start];
  const last = at[end - 1];
  if (!first || !last) return undefined;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

/** The block a range sits in (list item, paragraph, table row, code block), to scroll to and tint. */
export function blockOf(range: Range): Element | undefined {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(BLOCKS) ?? undefined;
}
