// Remembers the last view so the next launch opens there. Writing settings on every route change
// cost a round trip per click; now the route is saved once the learner settles on a view (2 s),
// and when the page is hidden or closed, whichever comes first.
import { useEffect, useRef } from 'react';
import { api } from '../api/client';

const SETTLE_MS = 2_000;

export function useRememberRoute(href: string, remember: boolean): void {
  const saved = useRef<string | undefined>(undefined);
  const latest = useRef(href);
  if (remember) latest.current = href;

  useEffect(() => {
    const save = () => {
      if (saved.current === latest.current) return;
      saved.current = latest.current;
      void api['settings.update']({ lastRoute: latest.current }).catch(() => {
        saved.current = undefined;
      });
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  useEffect(() => {
    if (!remember) return;
    const timer = setTimeout(() => {
      if (saved.current === href) return;
      saved.current = href;
      void api['settings.update']({ lastRoute: href }).catch(() => {
        saved.current = undefined;
      });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [href, remember]);
}
