// The app's commands, defined once: the sidebar, the command palette, the Electron menu, the
// renderer's one keyboard handler and the "Keyboard shortcuts" sheet all read this list, so a
// shortcut can no longer mean one thing in the page and another in the menu. Pure data and pure
// functions: no DOM, no Electron.
//
// Keys are written in Electron's accelerator notation ('CmdOrCtrl+K', 'Alt+Left', 'F1', '?'),
// which the menu takes as it is and the page matches against KeyboardEvents.

/** A key with optional modifiers: 'CmdOrCtrl+1', 'Alt+Left', 'F1', '?', 'Plus'. */
export type KeyBinding = string;

export type CommandGroup = 'Go to' | 'Search' | 'View' | 'Help';
export const COMMAND_GROUPS: readonly CommandGroup[] = ['Go to', 'Search', 'View', 'Help'];

/** The views a command opens: a subset of the renderer's Route, to which each is assignable. */
export type CommandRoute =
  | { view: 'today' }
  | { view: 'library' }
  | { view: 'diagrams' }
  | { view: 'quiz'; tab: 'practice' }
  | { view: 'notes' }
  | { view: 'stats' };

/** What the renderer does for a command that opens no view. */
export type CommandAction = 'palette.toggle' | 'shortcuts.toggle' | 'theme.cycle';

interface CommandDefinition {
  readonly id: string;
  readonly label: string;
  readonly group: CommandGroup;
  /** The first one is shown in the sidebar and the palette; the menu shows the first with a modifier. */
  readonly keys: readonly KeyBinding[];
  readonly route?: CommandRoute;
  readonly action?: CommandAction;
}

// Ctrl+0 and Ctrl+Plus/Minus belong to the zoom roles of the menu, so the views start at 1.
// '?' cannot be a menu accelerator (it would fire while typing on macOS), hence F1 as well.
const DEFINITIONS = [
  { id: 'go.today', label: 'Today', group: 'Go to', keys: ['CmdOrCtrl+1'], route: { view: 'today' } },
  { id: 'go.library', label: 'Library', group: 'Go to', keys: ['CmdOrCtrl+2'], route: { view: 'library' } },
  { id: 'go.diagrams', label: 'Diagrams', group: 'Go to', keys: ['CmdOrCtrl+3'], route: { view: 'diagrams' } },
  { id: 'go.quiz', label: 'Quiz', group: 'Go to', keys: ['CmdOrCtrl+4'], route: { view: 'quiz', tab: 'practice' } },
  { id: 'go.notes', label: 'My notes', group: 'Go to', keys: ['CmdOrCtrl+5'], route: { view: 'notes' } },
  { id: 'go.stats', label: 'Stats', group: 'Go to', keys: ['CmdOrCtrl+6'], route: { view: 'stats' } },
  { id: 'search.palette', label: 'Search…', group: 'Search', keys: ['CmdOrCtrl+K'], action: 'palette.toggle' },
  { id: 'view.theme', label: 'Switch theme (system, light, dark)', group: 'View', keys: [], action: 'theme.cycle' },
  { id: 'help.shortcuts', label: 'Keyboard shortcuts', group: 'Help', keys: ['?', 'F1'], action: 'shortcuts.toggle' },
] as const satisfies readonly CommandDefinition[];

export type CommandId = (typeof DEFINITIONS)[number]['id'];
export interface Command extends CommandDefinition {
  readonly id: CommandId;
}
export const COMMANDS: readonly Command[] = DEFINITIONS;

/** The command with this id, or undefined for a string that names none (an event from outside). */
export function findCommand(id: string): Command | undefined {
  return COMMANDS.find((c) => c.id === id);
}

/**
 * Keys a view or the palette handles itself while it has focus. They are listed so the sheet shows
 * them and the collision test sees them; the views keep their own handlers.
 */
export interface ViewShortcut {
  readonly scope:
    | 'In the search palette'
    | 'In a library note'
    | 'In the note editor'
    | 'In a diagram'
    | 'In a quiz question'
    | 'In a review, once answered';
  readonly label: string;
  readonly keys: readonly KeyBinding[];
}
export const VIEW_SHORTCUTS: readonly ViewShortcut[] = [
  { scope: 'In the search palette', label: 'Move through the list', keys: ['Up', 'Down'] },
  { scope: 'In the search palette', label: 'Run the command or open the result', keys: ['Enter'] },
  { scope: 'In the search palette', label: 'Show all results', keys: ['CmdOrCtrl+Enter'] },
  { scope: 'In the search palette', label: 'Close', keys: ['Escape'] },
  { scope: 'In a library note', label: 'Previous topic', keys: ['Alt+Left'] },
  { scope: 'In a library note', label: 'Next topic', keys: ['Alt+Right'] },
  { scope: 'In the note editor', label: 'Save now', keys: ['CmdOrCtrl+S'] },
  { scope: 'In the note editor', label: 'Switch layout: split, editor, preview', keys: ['CmdOrCtrl+E'] },
  { scope: 'In a diagram', label: "Open the focused service's panel", keys: ['Enter'] },
  { scope: 'In a diagram', label: 'Pan the canvas, or step through a walk-through', keys: ['Left', 'Right', 'Up', 'Down'] },
  { scope: 'In a diagram', label: 'Zoom in, zoom out', keys: ['Plus', '-'] },
  { scope: 'In a diagram', label: 'Fit the whole diagram', keys: ['0'] },
  { scope: 'In a diagram', label: 'Stop the walk-through', keys: ['Escape'] },
  // Practice, review and the mock exam (renderer/src/features/quiz/useAnswerKeys.ts). F is the
  // flag, so option F is chosen by its number.
  { scope: 'In a quiz question', label: 'Choose an option by its letter', keys: ['A', 'B', 'C', 'D', 'E'] },
  { scope: 'In a quiz question', label: 'Choose an option by its number', keys: ['1', '2', '3', '4', '5', '6'] },
  { scope: 'In a quiz question', label: 'Check the answer, then go to the next question (mock exam: next question)', keys: ['Enter'] },
  { scope: 'In a quiz question', label: 'Flag the question', keys: ['F'] },
  { scope: 'In a review, once answered', label: 'Grade Again, Hard, Good, Easy', keys: ['1', '2', '3', '4'] },
  { scope: 'In a review, once answered', label: 'Next question', keys: ['Enter'] },
];

// ---- Converters --------------------------------------------------------------------------------

export interface ParsedBinding {
  /** Cmd on macOS, Ctrl elsewhere. */
  readonly mod: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  /** Electron's key name: 'K', '1', '?', 'F1', 'Left', 'Plus', 'Enter', 'Escape'. */
  readonly key: string;
}

const MODIFIERS: Record<string, 'mod' | 'alt' | 'shift'> = {
  cmdorctrl: 'mod',
  commandorcontrol: 'mod',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
};
const NAMED_KEYS: Record<string, { event: string; text: string; mac?: string; aria?: string }> = {
  Left: { event: 'ArrowLeft', text: '←' },
  Right: { event: 'ArrowRight', text: '→' },
  Up: { event: 'ArrowUp', text: '↑' },
  Down: { event: 'ArrowDown', text: '↓' },
  Enter: { event: 'Enter', text: 'Enter', mac: '↵' },
  Escape: { event: 'Escape', text: 'Esc' },
  Plus: { event: '+', text: '+' },
  Space: { event: ' ', text: 'Space', aria: 'Space' },
};

/** Splits 'CmdOrCtrl+Shift+K' into modifiers and key; throws on a notation the app does not use. */
export function parseBinding(binding: KeyBinding): ParsedBinding {
  const parts = binding.split('+');
  const key = parts.pop() ?? '';
  const flags = { mod: false, alt: false, shift: false };
  for (const part of parts) {
    const flag = MODIFIERS[part.toLowerCase()];
    if (!flag || flags[flag]) throw new Error(`Unknown or repeated modifier "${part}" in "${binding}"`);
    flags[flag] = true;
  }
  const known = key.length === 1 || /^F([1-9]|1[0-2])$/.test(key) || key in NAMED_KEYS;
  if (!known) throw new Error(`Unknown key "${key}" in "${binding}"`);
  return { ...flags, key: key.length === 1 ? key.toUpperCase() : key };
}

/** The Electron accelerator, modifiers in a fixed order: 'CmdOrCtrl+Alt+Shift+K'. */
export function toAccelerator(binding: KeyBinding): string {
  const p = parseBinding(binding);
  return [p.mod && 'CmdOrCtrl', p.alt && 'Alt', p.shift && 'Shift', p.key].filter(Boolean).join('+');
}

/** True for keys that may fire while the learner types: with Cmd/Ctrl or Alt, or a function key. */
export function worksInTextFields(binding: KeyBinding): boolean {
  const p = parseBinding(binding);
  return p.mod || p.alt || /^F\d+$/.test(p.key);
}

/** The binding the menu shows: the first one that cannot be typed as text, so never '?'. */
export function menuAccelerator(command: Command): string | undefined {
  const binding = command.keys.find(worksInTextFields);
  return binding === undefined ? undefined : toAccelerator(binding);
}

/** The fields of a KeyboardEvent the matcher reads. */
export interface KeyPress {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/** Whether a key press is this binding on this platform (CmdOrCtrl is Cmd on macOS, Ctrl elsewhere). */
export function matchesBinding(binding: KeyBinding, press: KeyPress, mac: boolean): boolean {
  const p = parseBinding(binding);
  const [mod, otherMod] = mac ? [press.metaKey, press.ctrlKey] : [press.ctrlKey, press.metaKey];
  if (mod !== p.mod || otherMod || press.altKey !== p.alt) return false;
  if (/^[A-Z0-9]$/.test(p.key)) {
    if (press.shiftKey !== p.shift) return false;
    // Alt+digit types '¡' on a Mac, so the physical key decides when the character is not plain.
    if (/^[a-z0-9]$/i.test(press.key)) return press.key.toUpperCase() === p.key;
    return press.code === (/\d/.test(p.key) ? `Digit${p.key}` : `Key${p.key}`);
  }
  const named = NAMED_KEYS[p.key];
  if (named && named.event.length > 1) return press.shiftKey === p.shift && press.key === named.event;
  if (/^F\d+$/.test(p.key)) return press.shiftKey === p.shift && press.key === p.key;
  // Punctuation: the layout decides whether Shift is needed to type '?' or '+', so Shift is not compared.
  return press.key === (named?.event ?? p.key);
}

/** The keys to show, one per cap: ['Ctrl', 'K'] or ['⌘', 'K']. */
export function keyCaps(binding: KeyBinding, mac: boolean): string[] {
  const p = parseBinding(binding);
  const named = NAMED_KEYS[p.key];
  const key = named ? ((mac ? named.mac : undefined) ?? named.text) : p.key;
  const caps = [p.mod && (mac ? '⌘' : 'Ctrl'), p.alt && (mac ? '⌥' : 'Alt'), p.shift && (mac ? '⇧' : 'Shift'), key];
  return caps.filter((c): c is string => typeof c === 'string');
}

/** A display string: "Ctrl K" on Windows and Linux, "⌘ K" on macOS. */
export function displayBinding(binding: KeyBinding, mac: boolean): string {
  return keyCaps(binding, mac).join(' ');
}

/** The value for aria-keyshortcuts: 'Control+K', 'Meta+K', 'Alt+ArrowLeft', 'F1'. */
export function ariaKeyShortcut(binding: KeyBinding, mac: boolean): string {
  const p = parseBinding(binding);
  const named = NAMED_KEYS[p.key];
  const key = named ? (named.aria ?? named.event) : p.key;
  return [p.mod && (mac ? 'Meta' : 'Control'), p.alt && 'Alt', p.shift && 'Shift', key].filter(Boolean).join('+');
}

/** Who claims which keys, for the collision check: a command, a view's shortcut, a menu role. */
export interface KeyOwner {
  readonly owner: string;
  readonly keys: readonly KeyBinding[];
}

/** Each key claimed by more than one owner, as 'CmdOrCtrl+0: Today, role resetZoom'. */
export function findKeyCollisions(owners: readonly KeyOwner[]): string[] {
  const claims = new Map<string, string[]>();
  for (const { owner, keys } of owners) {
    for (const key of new Set(keys.map(toAccelerator))) claims.set(key, [...(claims.get(key) ?? []), owner]);
  }
  return [...claims].filter(([, who]) => who.length > 1).map(([key, who]) => `${key}: ${who.join(', ')}`);
}

/** True for a macOS platform name: navigator.platform ('MacIntel') or process.platform ('darwin'). */
export function isMacPlatform(platform: string): boolean {
  return /^(mac|darwin|iphone|ipad)/i.test(platform);
}

/** The DOM event through which the Electron menu asks the page to run a command (detail: the id). */
export const COMMAND_EVENT = 'companion:command';
