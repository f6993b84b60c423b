// Where keyboard focus goes: kept inside a modal while it is open, and moved to a view's heading
// when the learner opens another view, so a screen reader announces it and Tab starts there.
import { createFocusTrap } from 'focus-trap';
import { type RefObject, useLayoutEffect } from 'react';

/** Keeps Tab and Shift+Tab inside `container` while mounted; the component handles Escape itself. */
export function useFocusTrap(container: RefObject<HTMLElement | null>, initialFocus: RefObject<HTMLElement | null>): void {
  // A layout effect and no delayed initial focus: focus moves in the same task as the key that
  // opened the modal, so a learner who types straight after Ctrl+K types into the search box
  // (a '?' landing on the page would open the shortcuts sheet instead).
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const trap = createFocusTrap(element, {
      initialFocus: () => initialFocus.current ?? element,
      fallbackFocus: element,
      delayInitialFocus: false,
      escapeDeactivates: false,
      clickOutsideDeactivates: false,
      allowOutsideClick: true,
      returnFocusOnDeactivate: true,
      // Giving focus back must not move the page: the command or hit that closed the modal may
      // have just scrolled it to a place (a search hit's sentence) the learner is meant to see.
      preventScroll: true,
    });
    trap.activate();
    return () => {
      trap.deactivate();
    };
  }, [container, initialFocus]);
}

/**
 * Moves focus to the first heading of `main` once the new view has drawn it (views load lazily),
 * unless something else took focus meanwhile. Returns a function that stops waiting.
 */
export function focusViewHeading(main: HTMLElement): () => void {
  const focusedBefore = document.activeElement;
  const tryFocus = () => {
    // Suspense keeps the previous view in the DOM, hidden, while the next one loads.
    const heading = [...main.querySelectorAll<HTMLElement>('h1')].find((h) => h.checkVisibility());
    if (!heading) return false;
    const moved = document.activeElement !== focusedBefore && document.activeElement !== document.body;
    if (!moved || !main.contains(document.activeElement)) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    return true;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), 5_000);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}
