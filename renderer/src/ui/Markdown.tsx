// Shows rendered markdown: sanitised HTML, mermaid drawn after mount, and a copy button on code.

import type { MarkdownOptions } from '@common/markdown';
import { memo, useEffect, useMemo, useRef } from 'react';
import { renderMarkdownToSafeHtml, renderMermaidIn } from './markdown-render';
import { useTheme } from './theme';

interface MarkdownProps {
  markdown: string;
  resolveLink?: MarkdownOptions['resolveLink'];
  /** Names the link resolver for caching: change it when the resolver's data changes. */
  linkKey?: string;
  className?: string;
  /** The learner's own text: a single newline breaks the line (MarkdownOptions.lineBreaks). */
  lineBreaks?: boolean;
}

export const Markdown = memo(function Markdown({
  markdown,
  resolveLink,
  linkKey = 'default',
  className,
  lineBreaks = false,
}: MarkdownProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { dark } = useTheme();
  const html = useMemo(
    () => renderMarkdownToSafeHtml(markdown, resolveLink, linkKey, lineBreaks),
    [markdown, resolveLink, linkKey, lineBreaks],
  );

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    root.innerHTML = html;
    // Links out of the app open beside it: a new tab in the browser shell, the OS browser in
    // Electron (whose window-open handler takes them). The app page itself never navigates away.
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href^="https:"]')) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    // Wide code and tables scroll sideways: make them focusable so the keyboard can scroll them.
    for (const el of root.querySelectorAll<HTMLElement>('.code-block pre, table')) {
      if (el.tagName === 'PRE' || el.scrollWidth > el.clientWidth) {
        el.tabIndex = 0;
        if (el.tagName === 'PRE') el.setAttribute('aria-label', 'Code');
      }
    }
    for (const block of root.querySelectorAll<HTMLElement>('.code-block')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.textContent = 'Copy';
      button.setAttribute('aria-label', 'Copy code');
      block.prepend(button);
    }
    void renderMermaidIn(root, dark);
  }, [html, dark]);

  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('copy-button')) return;
    const code = target.parentElement?.querySelector('code')?.textContent ?? '';
    void navigator.clipboard?.writeText(code).then(
      () => {
        target.textContent = 'Copied';
        setTimeout(() => {
          target.textContent = 'Copy';
        }, 1500);
      },
      () => {
        target.textContent = 'Copy failed';
      },
    );
  };

  // biome-ignore lint/a11y/noStaticElementInteractions: clicks are delegated to the copy buttons inside
  // biome-ignore lint/a11y/useKeyWithClickEvents: the copy buttons are real buttons and take the keyboard
  return <div ref={ref} className={`markdown ${className ?? ''}`} onClick={onClick} />;
});
