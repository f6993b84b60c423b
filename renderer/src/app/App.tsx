// The app frame: sidebar, search, theme, and the view the route names. Remembers the last view
// so the learner comes back where they left off.

import { ariaKeyShortcut, COMMANDS, type Command, displayBinding, findCommand } from '@common/commands';
import type { ThemePreference } from '@common/contract';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, type SetStateAction, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { LibraryView } from '../features/library/LibraryView';
import { CommandPalette } from '../features/search/CommandPalette';
import { courseContentCache } from '../ui/course-content';
import { focusViewHeading } from '../ui/focus';
import { Loading } from '../ui/Status';
import { ThemeContext, useSystemDark } from '../ui/theme';
import { CourseIndexProvider } from './course-index';
import { navigate, type Route, routeHref, useRoute } from './router';
import { ShortcutsSheet } from './ShortcutsSheet';
import { isMac, useCommandKeys } from './useCommandKeys';
import { useRememberRoute } from './useRememberRoute';

// Only the library view is bundled with the frame; every other view, Today (the first one shown)
// included, loads on its first visit, keeping start-up small.
const DiagramsView = lazy(() => import('../features/diagrams/DiagramsView').then((m) => ({ default: m.DiagramsView })));
const QuizView = lazy(() => import('../features/quiz/QuizView').then((m) => ({ default: m.QuizView })));
const NotesView = lazy(() => import('../features/notes/NotesView').then((m) => ({ default: m.NotesView })));
const TodayView = lazy(() => import('../features/today/TodayView').then((m) => ({ default: m.TodayView })));
const StatsView = lazy(() => import('../features/stats/StatsView').then((m) => ({ default: m.StatsView })));
const SearchView = lazy(() => import('../features/search/SearchView').then((m) => ({ default: m.SearchView })));

// The sidebar lists the registry's "Go to" commands, with their keys for assistive technology.
const NAV = COMMANDS.flatMap((c) => (c.route ? [{ ...c, route: c.route }] : []));
const PALETTE = findCommand('search.palette');
const MAC = isMac();
const ariaKeys = (command: Command | undefined) => command?.keys.map((k) => ariaKeyShortcut(k, MAC)).join(' ') || undefined;

type Modal = 'palette' | 'shortcuts' | undefined;

const THEME_CYCLE: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' };

export function App({ initialTheme }: { initialTheme: ThemePreference }) {
  const route = useRoute();
  const systemDark = useSystemDark();
  const [preference, setPreferenceState] = useState<ThemePreference>(initialTheme);
  // One modal at a time: the search palette or the shortcuts sheet.
  const [modal, setModalState] = useState<Modal>();
  const { rememberOpener } = useReturnFocus(modal !== undefined);
  const setModal = useCallback(
    (next: SetStateAction<Modal>) => {
      rememberOpener();
      setModalState(next);
    },
    [rememberOpener],
  );
  const [notices, setNotices] = useState<string[]>([]);
  useEffect(() => {
    api['app.getInfo']({}).then(
      (info) => setNotices(info.notices),
      () => {},
    );
  }, []);
  const mainRef = useRef<HTMLElement>(null);
  const dark = preference === 'dark' || (preference === 'system' && systemDark);

  const setPreference = useCallback((p: ThemePreference) => {
    setPreferenceState(p);
    void api['settings.update']({ theme: p });
  }, []);
  const theme = useMemo(() => ({ preference, dark, setPreference }), [preference, dark, setPreference]);

  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);

  // Opening another view moves focus to its heading (not on first load: the skip link comes first).
  const openedView = useRef<string>(route.view);
  useEffect(() => {
    if (openedView.current === route.view || !mainRef.current) return;
    openedView.current = route.view;
    return focusViewHeading(mainRef.current);
  }, [route.view]);

  // Remember the view for the next launch; search results are transient.
  useRememberRoute(routeHref(route), route.view !== 'search');

  // Every command, from a key, the palette or the Electron menu, runs here.
  const runCommand = useCallback(
    (command: Command) => {
      if (command.route) {
        setModal(undefined);
        navigate(command.route);
      } else if (command.action === 'palette.toggle') setModal((m) => (m === 'palette' ? undefined : 'palette'));
      else if (command.action === 'shortcuts.toggle') setModal((m) => (m === 'shortcuts' ? undefined : 'shortcuts'));
      else if (command.action === 'theme.cycle') {
        setModal(undefined);
        setPreference(THEME_CYCLE[preference]);
      }
    },
    [preference, setPreference, setModal],
  );
  useCommandKeys(runCommand);
  const closeModal = useCallback(() => setModal(undefined), [setModal]);

  return (
    <QueryClientProvider client={courseContentCache}>
      <ThemeContext.Provider value={theme}>
        <CourseIndexProvider>
          <div className="app-shell">
            {/* A button, not an anchor: #main would be read as a route by the hash router. */}
            <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
              Skip to content
            </button>
            <aside className="sidebar">
              <div className="brand">
                <span className="brand-mark" aria-hidden="true">
                  ◆
                </span>
                DevOps Pro Companion
              </div>
              <button type="button" className="search-trigger" onClick={() => setModal('palette')} aria-keyshortcuts={ariaKeys(PALETTE)}>
                <span>Search…</span>
                {PALETTE?.keys[0] && <kbd>{displayBinding(PALETTE.keys[0], MAC)}</kbd>}
              </button>
              <nav aria-label="Main">
                <ul>
                  {NAV.map((item) => (
                    <li key={item.id}>
                      <a
                        href={routeHref(item.route)}
                        aria-current={route.view === item.route.view ? 'page' : undefined}
                        aria-keyshortcuts={ariaKeys(item)}
                        onClick={() => {
                          // The route does not change, so move focus here; other views move it on arrival.
                          if (route.view === item.route.view && mainRef.current) focusViewHeading(mainRef.current);
                        }}
                      >
                        {item.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              <button
                type="button"
                className="theme-toggle"
                onClick={() => setPreference(THEME_CYCLE[preference])}
                aria-label={`Theme: ${preference}. Switch theme`}
              >
                Theme: {preference === 'system' ? `system (${dark ? 'dark' : 'light'})` : preference}
              </button>
            </aside>
            <main id="main" ref={mainRef} tabIndex={-1} className="main">
              {notices.map((notice) => (
                <div key={notice} className="status status-error startup-notice" role="alert">
                  <p>{notice}</p>
                  <button type="button" onClick={() => setNotices((n) => n.filter((x) => x !== notice))}>
                    Dismiss
                  </button>
                </div>
              ))}
              <Suspense fallback={<Loading what="view" />}>
                <CurrentView route={route} />
              </Suspense>
            </main>
            {modal === 'palette' && <CommandPalette onClose={closeModal} onRunCommand={runCommand} />}
            {modal === 'shortcuts' && <ShortcutsSheet onClose={closeModal} />}
          </div>
        </CourseIndexProvider>
      </ThemeContext.Provider>
    </QueryClientProvider>
  );
}

/**
 * Gives focus back to what had it before a modal opened, once the last one closes. Each modal's
 * focus trap does so too, but the shortcuts sheet opened from the palette would return focus to
 * the palette's search box, which is gone by then. `rememberOpener` is called before a modal
 * opens, while the opener still has focus: the modal moves focus as it mounts.
 */
function useReturnFocus(open: boolean): { rememberOpener: () => void } {
  const opener = useRef<Element | null>(null);
  const rememberOpener = useCallback(() => {
    // With a modal open, focus is inside it; the opener is already known.
    if (!document.activeElement?.closest('[aria-modal="true"]')) opener.current = document.activeElement;
  }, []);
  useEffect(() => {
    if (open) return;
    const target = opener.current;
    opener.current = null;
    // After the trap's own return of focus, which it makes on a timer.
    const timer = setTimeout(() => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && target instanceof HTMLElement && target.isConnected) target.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [open]);
  return { rememberOpener };
}

function CurrentView({ route }: { route: Route }) {
  switch (route.view) {
    case 'today':
      return <TodayView />;
    case 'library':
      return <LibraryView topicId={route.topicId} sectionId={route.sectionId} find={route.find} />;
    case 'diagrams':
      return <DiagramsView diagramId={route.diagramId} nodeId={route.nodeId} drill={route.drill} />;
    case 'quiz':
      return <QuizView {...route} />;
    case 'notes':
      return <NotesView noteId={route.noteId} />;
    case 'stats':
      return <StatsView />;
    case 'search':
      return <SearchView query={route.query} />;
  }
}
