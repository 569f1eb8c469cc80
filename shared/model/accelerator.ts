/**
 * Electron accelerators (https://www.electronjs.org/docs/latest/api/accelerator) for the global
 * shortcut: what a chord must look like, and the chords the desktop keeps for itself.
 */

const MODIFIERS: Readonly<Record<string, string>> = {
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};

const NAMED_KEYS = [
  'Plus',
  'Space',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'PrintScreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];
const PUNCTUATION = [
  ')',
  '!',
  '@',
  '#',
  '$',
  '%',
  '^',
  '&',
  '*',
  '(',
  ':',
  ';',
  '<',
  '=',
  '>',
  '?',
  '[',
  ']',
  '\\',
  '{',
  '}',
  '|',
  '~',
  ',',
  '-',
  '.',
  '/',
  '`',
  "'",
  '"',
  '_',
];

/** True when `key` is a key (not a modifier) Electron accepts. */
function isKey(key: string): boolean {
  return (
    /^[A-Za-z0-9]$/.test(key) ||
    /^F([1-9]|1[0-9]|2[0-4])$/.test(key) ||
    /^num[0-9]$/.test(key) ||
    PUNCTUATION.includes(key) ||
    NAMED_KEYS.some((named) => named.toLowerCase() === key.toLowerCase())
  );
}

/** Chords the operating system or desktop keeps (switching windows, quitting, locking): never global shortcuts. */
const RESERVED = [
  'Alt+Tab',
  'Alt+Shift+Tab',
  'Alt+F4',
  'Alt+Esc',
  'Alt+Escape',
  'Control+Alt+Delete',
  'Control+Shift+Escape',
  'Control+Esc',
  'Control+Escape',
  'Command+Tab',
  'Command+Shift+Tab',
  'Command+Q',
  'Command+W',
  'Command+Space',
  'Command+H',
  'Command+M',
  'Command+C',
  'Command+V',
  'Command+X',
  'Command+Z',
  'Command+A',
  'Control+C',
  'Control+V',
  'Control+X',
  'Control+Z',
  'Control+A',
  'Control+W',
  'Control+Q',
  'Super+L',
  'Super+D',
  'Super+Tab',
  'Super+Space',
];

/** The chord in one canonical spelling (modifiers in a fixed order), to compare with {@link RESERVED}. */
function canonical(modifiers: ReadonlyArray<string>, key: string): string {
  const order = ['Command', 'Control', 'Alt', 'AltGr', 'Shift', 'Super'];
  const sorted = [...modifiers].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...sorted, key.length === 1 ? key.toUpperCase() : key].join('+');
}

/** Why `accelerator` cannot be the global shortcut, in the user's words; undefined when it can. */
export function acceleratorProblem(accelerator: string): string | undefined {
  const parts = accelerator.split('+').map((part) => part.trim());
  if (accelerator.trim() === '' || parts.some((part) => part === ''))
    return 'Press a key chord, for example Ctrl+Alt+M.';
  const key = parts.at(-1)!;
  const modifiers = parts.slice(0, -1).map((part) => MODIFIERS[part.toLowerCase()]);
  if (modifiers.some((modifier) => modifier === undefined) || !isKey(key))
    return `“${accelerator}” is not a key chord Quickmeet can listen for.`;
  const known = modifiers as string[];
  if (new Set(known).size !== known.length) return 'Each modifier key counts once.';
  if (!known.some((modifier) => modifier !== 'Shift'))
    return 'Add Ctrl, Alt or ⌘: a shortcut without one would take the key away from typing.';
  // CommandOrControl means Command on macOS and Control elsewhere: check both.
  const spellings = known.includes('CommandOrControl')
    ? ['Command', 'Control'].map((concrete) =>
        known.map((modifier) => (modifier === 'CommandOrControl' ? concrete : modifier)),
      )
    : [known];
  if (spellings.some((mods) => RESERVED.includes(canonical(mods, key))))
    return `${accelerator} belongs to the system (switching windows, quitting, copying…). Pick another chord.`;
  return undefined;
}
