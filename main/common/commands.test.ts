import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcut,
  COMMAND_GROUPS,
  COMMANDS,
  displayBinding,
  findCommand,
  findKeyCollisions,
  type KeyPress,
  keyCaps,
  matchesBinding,
  menuAccelerator,
  parseBinding,
  toAccelerator,
  VIEW_SHORTCUTS,
  worksInTextFields,
} from './commands';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

const commandOwners = COMMANDS.map((c) => ({ owner: c.label, keys: c.keys }));

describe('the command registry', () => {
  it('has unique ids and labels, known groups, and a route or an action for each command', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    expect(new Set(COMMANDS.map((c) => c.label)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS) {
      expect(COMMAND_GROUPS).toContain(c.group);
      expect(Boolean(c.route) !== Boolean(c.action), `${c.id} has exactly one of route and action`).toBe(true);
    }
    expect(findCommand('go.stats')?.route).toEqual({ view: 'stats' });
    expect(findCommand('no.such')).toBeUndefined();
  });

  it('writes every key in a notation the converters accept', () => {
    for (const { keys } of [...COMMANDS, ...VIEW_SHORTCUTS]) for (const key of keys) expect(() => parseBinding(key)).not.toThrow();
  });

  it('binds no key twice, and no view takes a key that a command uses everywhere', () => {
    expect(findKeyCollisions(commandOwners)).toEqual([]);
    for (const scope of new Set(VIEW_SHORTCUTS.map((s) => s.scope))) {
      const view = VIEW_SHORTCUTS.filter((s) => s.scope === scope).map((s) => ({ owner: `${scope}: ${s.label}`, keys: s.keys }));
      expect(findKeyCollisions([...commandOwners, ...view]), scope).toEqual([]);
    }
  });

  it('reports a planted collision, however the key is spelt', () => {
    const planted = [...commandOwners, { owner: 'Reset zoom', keys: ['CommandOrControl+0'] }, { owner: 'Planted', keys: ['cmdorctrl+k'] }];
    expect(findKeyCollisions(planted)).toEqual(['CmdOrCtrl+K: Search…, Planted']);
    expect(
      findKeyCollisions([
        { owner: 'Old Today', keys: ['CmdOrCtrl+0'] },
        { owner: 'role resetZoom', keys: ['CmdOrCtrl+0'] },
      ]),
    ).toEqual(['CmdOrCtrl+0: Old Today, role resetZoom']);
  });

  it('opens the palette with Ctrl/Cmd+K and the views with Ctrl/Cmd+1 to 6, never 0 (reset zoom)', () => {
    expect(findCommand('search.palette')?.keys).toEqual(['CmdOrCtrl+K']);
    const views = COMMANDS.filter((c) => c.route).map((c) => c.keys[0]);
    expect(views).toEqual(['CmdOrCtrl+1', 'CmdOrCtrl+2', 'CmdOrCtrl+3', 'CmdOrCtrl+4', 'CmdOrCtrl+5', 'CmdOrCtrl+6']);
  });
});

describe('key converters', () => {
  it('parses modifiers and keys, and refuses what the app does not use', () => {
    expect(parseBinding('CmdOrCtrl+Shift+k')).toEqual({ mod: true, alt: false, shift: true, key: 'K' });
    expect(parseBinding('Alt+Left')).toEqual({ mod: false, alt: true, shift: false, key: 'Left' });
    expect(() => parseBinding('Hyper+K')).toThrow(/modifier/);
    expect(() => parseBinding('CmdOrCtrl+CmdOrCtrl+K')).toThrow(/repeated/);
    expect(() => parseBinding('CmdOrCtrl+Home')).toThrow(/key/);
  });

  it('gives Electron accelerators in one order', () => {
    expect(toAccelerator('Shift+CommandOrControl+z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Option+CmdOrCtrl+H')).toBe('CmdOrCtrl+Alt+H');
    expect(toAccelerator('F1')).toBe('F1');
    expect(toAccelerator('?')).toBe('?');
  });

  it('gives the menu the first key that cannot be typed as text', () => {
    const shortcuts = findCommand('help.shortcuts');
    const stats = findCommand('go.stats');
    const theme = findCommand('view.theme');
    expect(shortcuts && menuAccelerator(shortcuts)).toBe('F1');
    expect(stats && menuAccelerator(stats)).toBe('CmdOrCtrl+6');
    expect(theme && menuAccelerator(theme)).toBeUndefined();
    expect(worksInTextFields('?')).toBe(false);
    expect(worksInTextFields('Alt+Left')).toBe(true);
  });

  it('matches Ctrl on Windows and Linux, Cmd on macOS, and nothing else', () => {
    expect(matchesBinding('CmdOrCtrl+K', press('k', { ctrlKey: true }), false)).toBe(true);
    expect(matchesBinding('CmdOrCtrl+K', press('K', { ctrlKey: true }), false)).toBe(true);
    expect(matchesBinding('CmdOrCtrl+K', press('k', { metaKey: true }), false)).toBe(false);
    expect(matchesBinding('CmdOrCtrl+K', press('k', { metaKey: true }), true)).toBe(true);
    expect(matchesBinding('CmdOrCtrl+K', press('k', { metaKey: true, ctrlKey: true }), true)).toBe(false);
    expect(matchesBinding('CmdOrCtrl+K', press('k'), false)).toBe(false);
    expect(matchesBinding('CmdOrCtrl+K', press('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesBinding('CmdOrCtrl+1', press('1', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });

  it('matches digits by the physical key when Alt changes the character', () => {
    expect(matchesBinding('Alt+1', press('¡', { altKey: true, code: 'Digit1' }), true)).toBe(true);
    expect(matchesBinding('Alt+1', press('¡', { altKey: true, code: 'Digit2' }), true)).toBe(false);
  });

  it("matches '?' whether or not the layout needs Shift for it, and named keys by their event name", () => {
    expect(matchesBinding('?', press('?', { shiftKey: true }), false)).toBe(true);
    expect(matchesBinding('?', press('/'), false)).toBe(false);
    expect(matchesBinding('?', press('?', { ctrlKey: true }), false)).toBe(false);
    expect(matchesBinding('F1', press('F1'), false)).toBe(true);
    expect(matchesBinding('Alt+Left', press('ArrowLeft', { altKey: true }), false)).toBe(true);
    expect(matchesBinding('Plus', press('+', { shiftKey: true }), false)).toBe(true);
    expect(matchesBinding('CmdOrCtrl+Enter', press('Enter', { ctrlKey: true }), false)).toBe(true);
  });

  it('shows keys by platform', () => {
    expect(displayBinding('CmdOrCtrl+K', false)).toBe('Ctrl K');
    expect(displayBinding('CmdOrCtrl+K', true)).toBe('⌘ K');
    expect(keyCaps('CmdOrCtrl+Alt+Shift+Left', true)).toEqual(['⌘', '⌥', '⇧', '←']);
    expect(keyCaps('CmdOrCtrl+Enter', false)).toEqual(['Ctrl', 'Enter']);
    expect(keyCaps('Escape', true)).toEqual(['Esc']);
    expect(displayBinding('?', true)).toBe('?');
  });

  it('names keys for aria-keyshortcuts', () => {
    expect(ariaKeyShortcut('CmdOrCtrl+1', false)).toBe('Control+1');
    expect(ariaKeyShortcut('CmdOrCtrl+1', true)).toBe('Meta+1');
    expect(ariaKeyShortcut('Alt+Left', false)).toBe('Alt+ArrowLeft');
    expect(ariaKeyShortcut('?', false)).toBe('?');
  });
});
