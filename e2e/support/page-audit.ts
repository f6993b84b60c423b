/// <reference lib="dom.iterable" />
// The page-quality audit that runs inside the page: it looks at what a learner would see and
// reports duplicated text, horizontal overflow, clipped controls and text, text over text (page
// and SVG), mermaid labels wider than their boxes, and characters no installed font can draw.
// It is one self-contained function because Playwright sends it to the page as source text.

export type Rule = 'duplicate' | 'overflow' | 'clipped' | 'overlap' | 'truncated-label' | 'missing-glyph' | 'focus' | 'console';

export interface Finding {
  rule: Rule;
  selector: string;
  detail: string;
}

export interface AuditOptions {
  /** Skip the overlap rule inside diagram canvases (React Flow); they get their own geometry check. */
  skipCanvasOverlap: boolean;
}

export function auditPage({ skipCanvasOverlap }: AuditOptions): Finding[] {
  const findings: Finding[] = [];
  // Regions the audit leaves alone: screen-reader-only text, and what a test marks on purpose.
  const IGNORED = '.visually-hidden, [data-quality-ignore], script, style, noscript, template, title';
  // Horizontal scrolling is the design for code, wide tables and canvases; nowhere else.
  const SCROLL_X_ALLOWED =
    'pre, .code-block, .table-scroll, .markdown table, [data-scroll-x], .react-flow, .cm-scroller, .cm-editor, textarea';
  const CANVAS = '.react-flow';

  const selectorOf = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 5; e = e.parentElement) {
      if (e.id) {
        parts.unshift(`${e.tagName.toLowerCase()}#${e.id}`);
        break;
      }
      let part = e.tagName.toLowerCase();
      const classes = [...e.classList].slice(0, 2);
      if (classes.length > 0) part += `.${classes.join('.')}`;
      const parent: Element | null = e.parentElement;
      if (parent) {
        const same = [...parent.children].filter((c) => c.tagName === e?.tagName);
        if (same.length > 1) part += `:nth-of-type(${same.indexOf(e) + 1})`;
      }
      parts.unshift(part);
    }
    return parts.join(' > ');
  };
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  // innerText, not textContent: it leaves out what CSS hides, as a reader's eye does.
  // biome-ignore lint/performance/useDomNodeTextContent: see above
  const textOf = (el: Element) => clean((el as HTMLElement).innerText ?? el.textContent ?? '');
  const short = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}…` : s);
  const shown = (el: Element): boolean => {
    if (el.closest(IGNORED)) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && el.checkVisibility({ opacityProperty: true });
  };
  const add = (rule: Rule, el: Element, detail: string) => findings.push({ rule, selector: selectorOf(el), detail });

  // Duplicated text: a block repeating itself ("AB AB"), or the same block twice in a row.
  const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, figcaption, blockquote, label, legend, caption, summary, button, a';
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (!shown(el)) continue;
    const text = textOf(el);
    if (text.length < 16) continue;
    for (const gap of [0, 1]) {
      const half = (text.length - gap) / 2;
      if (Number.isInteger(half) && text.slice(0, half) === text.slice(half + gap)) {
        add('duplicate', el, `text repeats itself: "${short(text.slice(0, half))}"`);
      }
    }
    // Table cells may repeat a value ("Yes", "Per unit-hour") row after row or column after column.
    const next = el.tagName === 'TD' || el.tagName === 'TH' ? null : el.nextElementSibling;
    if (next && next.tagName === el.tagName && shown(next) && textOf(next) === text && !el.querySelector(BLOCKS)) {
      add('duplicate', next, `same text as the block before it: "${short(text)}"`);
    }
  }

  // Overflow: the document or a panel scrolling sideways, and content cut off by its box.
  const root = document.scrollingElement ?? document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1)
    add('overflow', root, `the page scrolls sideways by ${root.scrollWidth - root.clientWidth}px`);
  const clipsX = (style: CSSStyleDeclaration) => style.overflowX !== 'visible';
  for (const el of document.body.querySelectorAll('*')) {
    if (el instanceof SVGElement || el.closest(SCROLL_X_ALLOWED) || !shown(el)) continue;
    const extra = el.scrollWidth - el.clientWidth;
    if (extra <= 1 || el.clientWidth === 0) continue;
    const style = getComputedStyle(el);
    const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
    if (scrolls) add('overflow', el, `scrolls sideways by ${extra}px`);
    else if ((clipsX(style) || style.textOverflow === 'ellipsis') && textOf(el).length > 0) {
      add('clipped', el, `content is ${extra}px wider than its box: "${short(textOf(el))}"`);
    }
  }
  // A table's scroll area that scrolls though the table fits: something hidden sticks out.
  for (const area of document.querySelectorAll('.table-scroll, [data-scroll-x]')) {
    if (!shown(area) || area.scrollWidth <= area.clientWidth + 1) continue;
    const inner = area.getBoundingClientRect().left + area.clientLeft + area.clientWidth;
    const widest = Math.max(...[...area.children].map((c) => c.getBoundingClientRect().right));
    if (widest <= inner + 1) add('overflow', area, `scrolls sideways by ${area.scrollWidth - area.clientWidth}px though its content fits`);
  }
  // SVG text cut at the edge of its drawing (a chart's axis label, a calendar's month).
  for (const text of document.querySelectorAll('svg text')) {
    const svg = (text as SVGTextElement).ownerSVGElement;
    if (!svg || !shown(text) || getComputedStyle(svg).overflow === 'visible' || text.closest(CANVAS)) continue;
    const r = text.getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    if (r.right > box.right + 1 || r.left < box.left - 1 || r.bottom > box.bottom + 1 || r.top < box.top - 1) {
      add('clipped', text, `"${short(textOf(text))}" runs past the edge of its drawing`);
    }
  }
  // Controls pushed out of the panel that holds them (or out of the window).
  for (const control of document.querySelectorAll('button, a[href], input:not([type="hidden"]), select, textarea')) {
    if (!shown(control) || control.closest(SCROLL_X_ALLOWED)) continue;
    const r = control.getBoundingClientRect();
    if (r.width <= 1) continue;
    if (r.right > window.innerWidth + 1) {
      add('clipped', control, `control ends ${Math.round(r.right - window.innerWidth)}px right of the window`);
      continue;
    }
    for (let a = control.parentElement; a && a !== document.body; a = a.parentElement) {
      if (!clipsX(getComputedStyle(a))) continue;
      const box = a.getBoundingClientRect();
      const outside = r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom;
      // Wholly outside and taken out of the flow is the "shown on focus" pattern of skip links.
      const parked = outside && /absolute|fixed/.test(getComputedStyle(control).position);
      if (!parked && (r.right > box.right + 1 || r.left < box.left - 1)) add('clipped', control, `control lies outside ${selectorOf(a)}`);
      break;
    }
  }

  // Text boxes: one per line of each text node in HTML, one per <text> element in SVG.
  interface Box {
    owner: Element;
    left: number;
    top: number;
    right: number;
    bottom: number;
    text: string;
  }
  // What an ancestor that clips (a scroll area, overflow: hidden) lets through; boxes outside it are unseen.
  const clipCache = new Map<Element, DOMRect | null>();
  const clipOf = (el: Element | null): DOMRect | null => {
    if (!el || el === document.body) return null;
    const cached = clipCache.get(el);
    if (cached !== undefined) return cached;
    const parent = clipOf(el.parentElement);
    let clip = parent;
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const r = el.getBoundingClientRect();
      const left = Math.max(r.left, parent?.left ?? r.left);
      const top = Math.max(r.top, parent?.top ?? r.top);
      clip = new DOMRect(
        left,
        top,
        Math.min(r.right, parent?.right ?? r.right) - left,
        Math.min(r.bottom, parent?.bottom ?? r.bottom) - top,
      );
    }
    clipCache.set(el, clip);
    return clip;
  };
  const boxes: Box[] = [];
  const pushBox = (owner: Element, r: DOMRect, text: string) => {
    const clip = clipOf(owner);
    const box = {
      owner,
      text,
      left: Math.max(r.left, clip?.left ?? r.left),
      top: Math.max(r.top, clip?.top ?? r.top),
      right: Math.min(r.right, clip?.right ?? r.right),
      bottom: Math.min(r.bottom, clip?.bottom ?? r.bottom),
    };
    if (box.right - box.left > 1 && box.bottom - box.top > 1) boxes.push(box);
  };
  const glyphUses = new Map<string, Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement;
    const value = node.nodeValue ?? '';
    if (!owner || value.trim() === '' || !shown(owner)) continue;
    for (const ch of value) if ((ch.codePointAt(0) ?? 0) > 0x7e && !glyphUses.has(ch)) glyphUses.set(ch, owner);
    if (owner instanceof SVGElement) continue;
    if (skipCanvasOverlap && owner.closest(CANVAS)) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      pushBox(owner, r, value.trim());
    }
  }
  for (const text of document.querySelectorAll('svg text')) {
    if (!shown(text) || (skipCanvasOverlap && text.closest(CANVAS)) || textOf(text) === '') continue;
    pushBox(text, text.getBoundingClientRect(), textOf(text));
  }

  // Overlap: two text boxes of different elements that cross, unless one is hidden under an
  // opaque box (a dialog over the page, a sticky header over scrolled text).
  const opaque = (el: Element) => {
    const style = getComputedStyle(el);
    const alpha = /rgba?\([^)]*,\s*([\d.]+)\)$/.exec(style.backgroundColor)?.[1];
    return style.backgroundImage !== 'none' || (style.backgroundColor !== 'transparent' && (alpha === undefined || Number(alpha) > 0.5));
  };
  const hiddenAt = (el: Element, x: number, y: number) => {
    const stack = document.elementsFromPoint(x, y);
    const index = stack.findIndex((e) => e === el || e.contains(el));
    if (index < 0) return false;
    return stack.slice(0, index).some((e) => !el.contains(e) && opaque(e));
  };
  boxes.sort((a, b) => a.top - b.top);
  const reported = new Set<string>();
  boxes.forEach((a, i) => {
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      if (!b || b.top >= a.bottom) break;
      if (a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w <= 2 || h <= Math.min(a.bottom - a.top, b.bottom - b.top) * 0.3) continue;
      const x = Math.max(a.left, b.left) + w / 2;
      const y = Math.max(a.top, b.top) + h / 2;
      if (hiddenAt(a.owner, x, y) || hiddenAt(b.owner, x, y)) continue;
      const key = `${selectorOf(a.owner)}|${selectorOf(b.owner)}`;
      if (reported.has(key)) continue;
      reported.add(key);
      add('overlap', a.owner, `"${short(a.text)}" overlaps "${short(b.text)}" (${selectorOf(b.owner)})`);
    }
  });

  // Mermaid labels: whatever a foreignObject holds is cut at the object's edge, so a label laid out
  // wider or taller than its object loses letters ("Application Load Balance").
  for (const object of document.querySelectorAll('svg foreignObject')) {
    if (!shown(object) || clean(object.textContent ?? '') === '') continue;
    const box = object.getBoundingClientRect();
    range.selectNodeContents(object);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (lines.length === 0) continue;
    const right = Math.max(...lines.map((r) => r.right));
    const left = Math.min(...lines.map((r) => r.left));
    const bottom = Math.max(...lines.map((r) => r.bottom));
    if (right > box.right + 1 || left < box.left - 1 || bottom > box.bottom + 1) {
      const need = `${Math.round(right - left)}×${Math.round(bottom - Math.min(...lines.map((r) => r.top)))}`;
      add(
        'truncated-label',
        object,
        `label "${short(clean(object.textContent ?? ''))}" needs ${need}px, its box is ${Math.round(box.width)}×${Math.round(box.height)}px`,
      );
    }
  }

  // Missing glyphs: a character drawn exactly like one no font has (the "tofu" box).
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 48;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (ctx) {
    const draw = (ch: string, font: string) => {
      ctx.clearRect(0, 0, 48, 48);
      ctx.font = `28px ${font}`;
      ctx.fillText(ch, 4, 36);
      return ctx.getImageData(0, 0, 48, 48).data.join(',');
    };
    const tofu = new Map<string, string>();
    for (const [ch, owner] of glyphUses) {
      if (/[\p{M}\p{Cf}\p{Z}\p{Cc}]/u.test(ch)) continue;
      const font = getComputedStyle(owner).fontFamily;
      if (!tofu.has(font)) tofu.set(font, draw('\u{10FFFD}', font));
      if (draw(ch, font) === tofu.get(font)) {
        add('missing-glyph', owner, `no installed font draws "${ch}" (U+${ch.codePointAt(0)?.toString(16).toUpperCase()})`);
      }
    }
  }
  return findings;
}
