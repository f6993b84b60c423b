// @vitest-environment happy-dom
// The one global keyboard handler: registry keys run their command, keys typed into a text field
// stay text unless they carry a modifier, and the Electron menu's command event runs the same way.

import { COMMAND_EVENT, type Command } from '@common/commands';
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isTextField, useCommandKeys } from './useCommandKeys';

let run: ReturnType<typeof vi.fn<(command: Command) => void>>;
let unmount: () => void;

beforeEach(() => {
  vi.spyOn(navigator, 'platform', 'get').mockReturnValue('Linux x86_64');
  run = vi.fn<(command: Command) => void>();
  ({ unmount } = renderHook(() => useCommandKeys(run)));
});
afterEach(() => {
  unmount();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

const ran = () => run.mock.calls.map(([command]) => command.id);

function field(html: string): HTMLElement {
  document.body.innerHTML = html;
  const el = document.body.querySelector<HTMLElement>('[data-target]');
  if (!el) throw new Error('no target');
  return el;
}

describe('the command keyboard handler', () => {
  it('runs the command bound to a key and keeps the key from the page', () => {
    const event = press(document.body, '6', { ctrlKey: true });
    press(document.body, 'k', { ctrlKey: true });
    press(document.body, '?', { shiftKey: true });
    press(document.body, 'F1');
    expect(ran()).toEqual(['go.stats', 'search.palette', 'help.shortcuts', 'help.shortcuts']);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves Ctrl+0 to reset zoom, Cmd on Linux, and unbound keys alone', () => {
    const zoom = press(document.body, '0', { ctrlKey: true });
    press(document.body, 'k', { metaKey: true });
    press(document.body, 'x');
    expect(ran()).toEqual([]);
    expect(zoom.defaultPrevented).toBe(false);
  });

  it("types '?' into text fields and editors, but runs modifier keys there", () => {
    for (const html of [
      '<input data-target>',
      '<textarea data-target></textarea>',
      '<div contenteditable="true"><p data-target>x</p></div>',
    ]) {
      const target = field(html);
      expect(isTextField(target)).toBe(true);
      expect(press(target, '?', { shiftKey: true }).defaultPrevented).toBe(false);
      press(target, 'k', { ctrlKey: true });
    }
    expect(ran()).toEqual(['search.palette', 'search.palette', 'search.palette']);
  });

  it("runs '?' from a checkbox or a button, which take no text", () => {
    press(field('<input type="checkbox" data-target>'), '?');
    press(field('<button data-target>Go</button>'), '?');
    expect(ran()).toEqual(['help.shortcuts', 'help.shortcuts']);
  });

  it('skips keys a view already handled, and held-down repeats', () => {
    const target = field('<div data-target></div>');
    target.addEventListener('keydown', (e) => e.preventDefault());
    press(target, '1', { ctrlKey: true });
    press(document.body, '?', { repeat: true });
    expect(ran()).toEqual([]);
  });

  it("runs a command the Electron menu sends, and ignores ids it doesn't know", () => {
    window.dispatchEvent(new CustomEvent(COMMAND_EVENT, { detail: 'go.today' }));
    window.dispatchEvent(new CustomEvent(COMMAND_EVENT, { detail: 'no.such.command' }));
    window.dispatchEvent(new CustomEvent(COMMAND_EVENT, { detail: 42 }));
    expect(ran()).toEqual(['go.today']);
  });

  it('stops listening when unmounted', () => {
    unmount();
    press(document.body, 'k', { ctrlKey: true });
    expect(ran()).toEqual([]);
    ({ unmount } = renderHook(() => useCommandKeys(run)));
  });
});
