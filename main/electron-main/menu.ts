// The application menu: standard edit/view/window roles plus the app's own views, each with the
// same shortcut as the sidebar so keyboard users find them in either place.
import { type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';

const VIEWS = [
  { label: 'Today', route: '#/today', key: '0' },
  { label: 'Library', route: '#/library', key: '1' },
  { label: 'Diagrams', route: '#/diagrams', key: '2' },
  { label: 'Quiz', route: '#/quiz/practice', key: '3' },
  { label: 'My notes', route: '#/notes', key: '4' },
  { label: 'Stats', route: '#/stats', key: '5' },
];

export function buildAppMenu(getWindow: () => BrowserWindow | undefined, isMac: boolean): Menu {
  const go = (route: string) => () => {
    const win = getWindow();
    // Navigation inside the page only: the hash changes, the origin never does.
    void win?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(route)}`);
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        ...VIEWS.map((v) => ({ label: v.label, accelerator: `CmdOrCtrl+${v.key}`, click: go(v.route) })),
        { type: 'separator' as const },
        { label: 'Search…', accelerator: 'CmdOrCtrl+K', click: go('#/search') },
      ],
    },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
