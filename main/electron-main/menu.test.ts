import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_EVENT, COMMANDS, type CommandId, findKeyCollisions, menuAccelerator } from '../common/commands';
import { appMenuTemplate, buildAppMenu, commandScript, ROLE_KEYS } from './menu';

const built: MenuItemConstructorOptions[][] = [];
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
      built.push(template);
      return { template };
    },
  },
}));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe.each([
  ['macOS', true],
  ['Windows and Linux', false],
])('the application menu on %s', (_name, isMac) => {
  const items = flatten(appMenuTemplate(() => {}, isMac));

  it('lists every command once, with the key the registry gives it', () => {
    for (const command of COMMANDS) {
      const found = items.filter((item) => item.id === command.id);
      expect(found, command.id).toHaveLength(1);
      expect(found[0]?.label).toBe(command.label);
      expect(found[0]?.accelerator).toBe(menuAccelerator(command));
    }
  });

  it("takes no key that one of Electron's roles in the menu already owns (reset zoom is Ctrl/Cmd+0)", () => {
    const roles = items.flatMap((item) => (item.role ? [item.role] : []));
    const unknown = roles.filter((role) => !(role in ROLE_KEYS));
    expect(unknown, 'roles whose keys ROLE_KEYS does not list').toEqual([]);
    const owners = [
      ...roles.map((role) => ({ owner: `role ${role}`, keys: ROLE_KEYS[role]?.[isMac ? 'mac' : 'other'] ?? [] })),
      ...items.flatMap((item) => (item.accelerator ? [{ owner: item.label ?? '', keys: [String(item.accelerator)] }] : [])),
    ];
    expect(findKeyCollisions(owners)).toEqual([]);
  });

  it('shows command keys without registering them, so the page runs each key once', () => {
    for (const item of items.filter((i) => i.id)) expect(item.registerAccelerator).toBe(false);
  });
});

describe('menu commands', () => {
  it("are sent to the page as a DOM event naming the command's id", async () => {
    const scripts: string[] = [];
    const window = { webContents: { executeJavaScript: async (script: string) => scripts.push(script) } };
    buildAppMenu(() => window as never, false);
    const items = flatten(built.at(-1) ?? []);
    for (const id of ['go.stats', 'help.shortcuts'] satisfies CommandId[]) {
      const item = items.find((i) => i.id === id);
      item?.click?.({} as never, undefined, {} as never);
    }
    expect(scripts).toEqual([commandScript('go.stats'), commandScript('help.shortcuts')]);

    // Run the script against a stand-in window: it dispatches the event the page listens for.
    const events: { type: string; detail: unknown }[] = [];
    class FakeCustomEvent {
      constructor(
        readonly type: string,
        readonly init: { detail: unknown },
      ) {}
    }
    const fakeWindow = { dispatchEvent: (e: FakeCustomEvent) => events.push({ type: e.type, detail: e.init.detail }) };
    new Function('window', 'CustomEvent', scripts[0] ?? '')(fakeWindow, FakeCustomEvent);
    expect(events).toEqual([{ type: COMMAND_EVENT, detail: 'go.stats' }]);
  });

  it('do nothing while there is no window', () => {
    buildAppMenu(() => undefined, true);
    const item = flatten(built.at(-1) ?? []).find((i) => i.id === 'go.today');
    expect(() => item?.click?.({} as never, undefined, {} as never)).not.toThrow();
  });
});
