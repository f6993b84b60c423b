// The application menu: standard edit/view/window roles plus the app's own commands, built from
// the one command registry (main/common/commands.ts) so the menu shows the same commands and keys
// as the sidebar, the palette and the shortcuts sheet.
import { type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_EVENT, COMMANDS, type CommandGroup, type CommandId, type KeyBinding, menuAccelerator } from '../common/commands';

/**
 * The keys Electron gives the roles this menu uses (see Electron's menu-item-roles), in the
 * registry's notation, so the registry test can prove no command takes one. macOS's full-screen
 * key, Ctrl+Cmd+F, is left out: no command uses the Control key on a Mac.
 */
export const ROLE_KEYS: Readonly<Record<string, { readonly mac: readonly KeyBinding[]; readonly other: readonly KeyBinding[] }>> = {
  appMenu: { mac: ['CmdOrCtrl+H', 'CmdOrCtrl+Alt+H', 'CmdOrCtrl+Q'], other: [] },
  fileMenu: { mac: ['CmdOrCtrl+W'], other: ['CmdOrCtrl+Q'] },
  // Redo is Ctrl+Y on Windows and Ctrl+Shift+Z on Linux; both are reserved.
  editMenu: {
    mac: ['CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z', 'CmdOrCtrl+X', 'CmdOrCtrl+C', 'CmdOrCtrl+V', 'CmdOrCtrl+Alt+Shift+V', 'CmdOrCtrl+A'],
    other: ['CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y', 'CmdOrCtrl+X', 'CmdOrCtrl+C', 'CmdOrCtrl+V', 'CmdOrCtrl+A'],
  },
  resetZoom: { mac: ['CmdOrCtrl+0'], other: ['CmdOrCtrl+0'] },
  zoomIn: { mac: ['CmdOrCtrl+Plus'], other: ['CmdOrCtrl+Plus'] },
  zoomOut: { mac: ['CmdOrCtrl+-'], other: ['CmdOrCtrl+-'] },
  togglefullscreen: { mac: [], other: ['F11'] },
  windowMenu: { mac: ['CmdOrCtrl+M'], other: ['CmdOrCtrl+M', 'CmdOrCtrl+W'] },
  help: { mac: [], other: [] },
};

/** The menu's items for one group of commands, each sending its id to the page when clicked. */
function commandItems(group: CommandGroup, run: (id: CommandId) => void): MenuItemConstructorOptions[] {
  return COMMANDS.filter((c) => c.group === group).map((c) => ({
    id: c.id,
    label: c.label,
    accelerator: menuAccelerator(c),
    // The page's keyboard handler runs every command's keys; the menu only shows them, so a key
    // press never runs a command twice. (macOS ignores this flag, but there the page sees a key
    // first and the menu only gets the ones the page left unhandled.)
    registerAccelerator: false,
    click: () => run(c.id),
  }));
}

/** The menu as a template: pure, so tests can read it without Electron. */
export function appMenuTemplate(run: (id: CommandId) => void, isMac: boolean): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'Go', submenu: [...commandItems('Go to', run), { type: 'separator' }, ...commandItems('Search', run)] },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        ...commandItems('View', run),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: commandItems('Help', run) },
  ];
}

/** The script the menu runs in the page: the page's command handler listens for this event. */
export function commandScript(id: CommandId): string {
  return `window.dispatchEvent(new CustomEvent(${JSON.stringify(COMMAND_EVENT)}, { detail: ${JSON.stringify(id)} }))`;
}

export function buildAppMenu(getWindow: () => BrowserWindow | undefined, isMac: boolean): Menu {
  // The page runs the command itself: navigation stays inside the page (the hash changes, the
  // origin never does), and the palette and sheet are the page's to open.
  const run = (id: CommandId) => void getWindow()?.webContents.executeJavaScript(commandScript(id));
  return Menu.buildFromTemplate(appMenuTemplate(run, isMac));
}
