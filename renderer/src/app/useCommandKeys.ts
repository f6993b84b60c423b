// The renderer's one global keyboard handler, driven by the command registry: a key press that
// matches a command's keys runs it, and so does a command sent by the Electron menu. Views still
// handle their own local keys (arrows in a diagram, Ctrl+S in the editor); those are listed in the
// registry's VIEW_SHORTCUTS so the collision test and the shortcuts sheet see them.

import { COMMAND_EVENT, COMMANDS, type Command, findCommand, isMacPlatform, matchesBinding, worksInTextFields } from '@common/commands';
import { useEffect, useRef } from 'react';

/** Whether this page runs on macOS, where CmdOrCtrl means Cmd. */
export function isMac(): boolean {
  return isMacPlatform(typeof navigator === 'undefined' ? '' : navigator.platform);
}

// Inputs that take no typed text: '?' on a focused checkbox still opens the shortcuts sheet.
const NOT_TEXT_INPUTS = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']
  .map((t) => `:not([type="${t}"])`)
  .join('');
const TEXT_FIELDS = `input${NOT_TEXT_INPUTS}, textarea, select, [contenteditable]:not([contenteditable="false"])`;

/** True when the key goes into text: a text input, a text area, a select, or an editor such as CodeMirror. */
export function isTextField(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TEXT_FIELDS) !== null;
}

/** The command a key press runs, if any: in a text field only keys that cannot be typed count. */
export function commandForKey(event: KeyboardEvent, mac: boolean): Command | undefined {
  if (event.defaultPrevented || event.isComposing) return undefined;
  const typing = isTextField(event.target);
  return COMMANDS.find((c) => c.keys.some((key) => (!typing || worksInTextFields(key)) && matchesBinding(key, event, mac)));
}

/** Runs `run` for each command chosen by a key press or sent by the menu, for as long as the caller is mounted. */
export function useCommandKeys(run: (command: Command) => void): void {
  // The latest `run` without re-adding the listeners each render.
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const mac = isMac();
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event, mac);
      if (!command) return;
      event.preventDefault();
      // A held key would open and close a sheet many times a second.
      if (!event.repeat) latest.current(command);
    };
    const onMenu = (event: Event) => {
      const command = event instanceof CustomEvent && typeof event.detail === 'string' ? findCommand(event.detail) : undefined;
      if (command) latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener(COMMAND_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(COMMAND_EVENT, onMenu);
    };
  }, []);
}
