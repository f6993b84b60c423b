// Page geometry for PDF export, shared by the export HTML and both printers, and the script the
// printed page runs once mermaid has drawn: it sizes diagrams so their text stays legible and
// lets blocks taller than a page split instead of leaving a half-empty page before them.

export type PageSize = 'A4' | 'Letter';

/** Margins around every printed page; the printers pass them to Chromium, the CSS lays out within them. */
export const PAGE_MARGINS_MM = { top: 18, bottom: 20, left: 16, right: 16 } as const;

const PAGE_SIZES_MM: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

const PX_PER_MM = 96 / 25.4;

/** Diagram text is never printed smaller than this when the page (or a landscape page) allows it. */
export const MIN_DIAGRAM_TEXT_PT = 8;

export interface Box {
  width: number;
  height: number;
}

export interface PrintLayout {
  /** The content box of a portrait page and of a landscape page, in CSS px. */
  portrait: Box;
  landscape: Box;
  minTextPx: number;
}

export function printLayout(pageSize: PageSize): PrintLayout {
  const paper = PAGE_SIZES_MM[pageSize];
  const m = PAGE_MARGINS_MM;
  const box = (width: number, height: number) => ({
    width: Math.floor((width - m.left - m.right) * PX_PER_MM),
    height: Math.floor((height - m.top - m.bottom) * PX_PER_MM),
  });
  return {
    portrait: box(paper.width, paper.height),
    landscape: box(paper.height, paper.width),
    minTextPx: (MIN_DIAGRAM_TEXT_PT * 96) / 72,
  };
}

/** CSS that depends on the page size: the landscape page for wide diagrams and a screen width equal to the printed one. */
export function pageCss(pageSize: PageSize): string {
  const { portrait } = printLayout(pageSize);
  // The page measures blocks before printing, so on screen it lays out at exactly the printed width.
  return `
  @page wide { size: ${pageSize === 'A4' ? 'A4' : 'letter'} landscape; }
  .wide-page { page: wide; }
  @media screen { body { width: ${portrait.width}px; } }`;
}

/**
 * Runs in the printed page after mermaid has drawn; returns a promise. It is plain JavaScript in a
 * string rather than a serialised function because transpilers add helpers (esbuild's __name)
 * that would not exist in the page.
 *
 * Diagrams: mermaid draws at its own size and the page used to shrink whatever was wider than the
 * page, which left course diagrams with 5-6 pt text. Each diagram gets the first of these that
 * keeps its smallest text at the minimum: as drawn on a portrait page; as drawn on a landscape
 * page of its own; a left-to-right flowchart redrawn top-to-bottom, on a portrait page, then on a
 * landscape one (the last resort, as dagre crowds the labels of edges that run back up a
 * top-to-bottom drawing). When none does, the largest text wins.
 */
const ARRANGE_FOR_PRINT = `async (layout) => {
  const measure = (svg) => {
    const box = svg.viewBox.baseVal;
    const sizes = Array.from(svg.querySelectorAll('text, tspan, span, div'))
      .filter((el) => (el.textContent || '').trim() !== '' && el.children.length === 0)
      .map((el) => Number.parseFloat(getComputedStyle(el).fontSize))
      .filter((size) => size > 0);
    return { width: box.width, height: box.height, smallest: sizes.length ? Math.min(...sizes) : 16 };
  };
  let drawn = 0;
  for (const pre of document.querySelectorAll('pre.mermaid')) {
    let svg = pre.querySelector('svg');
    if (!svg || !svg.viewBox.baseVal || !svg.viewBox.baseVal.width || !svg.viewBox.baseVal.height) continue;
    const style = getComputedStyle(pre);
    const padX = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
    const padY = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom);
    // Some height is kept back for the heading that travels with the diagram.
    const scaleOn = (m, page) => Math.min(1, (page.width - padX) / m.width, (page.height * 0.85 - padY) / m.height);
    const options = [];
    const add = (candidate, wide) => {
      const m = measure(candidate);
      const scale = scaleOn(m, wide ? layout.landscape : layout.portrait);
      options.push({ svg: candidate, wide, scale, m, text: scale * m.smallest });
    };
    add(svg, false);
    add(svg, true);
    const source = pre.dataset.source || '';
    const sideways = /^(\\s*(?:flowchart|graph))\\s+(LR|RL)\\b/;
    const holder = document.createElement('div');
    if (options.every((o) => o.text < layout.minTextPx) && sideways.test(source)) {
      holder.style.cssText = 'position:absolute;left:-10000px;top:0';
      document.body.append(holder);
      try {
        const result = await window.mermaid.render('print-td-' + drawn++, source.replace(sideways, '$1 TD'));
        holder.innerHTML = result.svg;
        const redrawn = holder.querySelector('svg');
        if (redrawn && redrawn.viewBox.baseVal && redrawn.viewBox.baseVal.width) {
          add(redrawn, false);
          add(redrawn, true);
        }
      } catch {
        // The drawing as it is stays.
      }
    }
    const best = options.find((o) => o.text >= layout.minTextPx) || options.reduce((a, b) => (b.text > a.text ? b : a));
    if (best.svg !== svg) {
      svg.replaceWith(best.svg);
      svg = best.svg;
    }
    holder.remove();
    if (best.wide) {
      const wrapper = document.createElement('div');
      wrapper.className = 'wide-page';
      pre.before(wrapper);
      // The heading that introduces the diagram goes with it rather than ending the page before.
      const heading = wrapper.previousElementSibling;
      if (heading && /^H[1-6]$/.test(heading.tagName)) wrapper.append(heading);
      wrapper.append(pre);
    }
    svg.removeAttribute('width');
    svg.style.maxWidth = 'none';
    svg.style.width = Math.floor(best.m.width * best.scale) + 'px';
    svg.style.height = Math.floor(best.m.height * best.scale) + 'px';
    pre.dataset.printTextPx = best.text.toFixed(1);
  }
  // Tables and code blocks that fit on a page move to the next page whole (print CSS); one taller
  // than a page cannot, so it may split at a row (header repeated) or a line where it starts.
  for (const block of document.querySelectorAll('table, .code-block, pre:not(.mermaid)')) {
    if (block.getBoundingClientRect().height > layout.portrait.height) block.classList.add('split-ok');
  }
}`;

/** An expression for a promise that arranges the printed page; run it after mermaid has drawn. */
export function arrangeScript(pageSize: PageSize): string {
  return `(${ARRANGE_FOR_PRINT})(${JSON.stringify(printLayout(pageSize))})`;
}
