import { useInput } from 'ink';

/** Key flags of one press, as Ink names them (only those set are present on a split press). */
export interface KeyPressFlags {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
  meta?: boolean;
}

/** One key press: the text it types and its flags. */
export interface KeyPress {
  input: string;
  key: KeyPressFlags;
}

/** Flags that make an Ink event a special key rather than typed text. */
const SPECIAL: readonly (keyof KeyPressFlags)[] = [
  'upArrow', 'downArrow', 'leftArrow', 'rightArrow', 'pageUp', 'pageDown', 'home', 'end',
  'return', 'escape', 'ctrl', 'tab', 'backspace', 'delete', 'meta',
];

/** The press a control character typed inside a burst stands for. */
function controlPress(code: number): KeyPress | null {
  if (code === 0x0D || code === 0x0A) return { input: '', key: { return: true } };
  if (code === 0x09) return { input: '', key: { tab: true } };
  if (code === 0x7F || code === 0x08) return { input: '', key: { backspace: true } };
  if (code >= 0x01 && code <= 0x1A) return { input: String.fromCharCode(code + 0x60), key: { ctrl: true } };
  if (code < 0x20 || (code >= 0x80 && code <= 0x9F)) return { input: '', key: {} };
  return null;
}

/**
 * Split one input event of Ink into single key presses. Ink hands a whole read of plain text over
 * as one event (`jjq` when keys arrive together: held keys, fast typing, tmux, a slow link, a paste),
 * so each character becomes a press of its own, control characters the keys they are; escape
 * sequences (arrows, PgDn) Ink already delivers one at a time, and a single key is left as it is.
 * Esc and a character arriving together (`send-keys Escape y`, fast typing) reach Ink as one
 * meta press (Alt-y); they are given back as Esc, then the character, since no view binds Alt.
 */
export function splitKeys(input: string, key: KeyPressFlags): KeyPress[] {
  if (key.meta && Array.from(input).length === 1 && !SPECIAL.some((name) => name !== 'meta' && key[name]) && input >= ' ') {
    return [{ input: '', key: { escape: true } }, { input, key: key.shift ? { shift: true } : {} }];
  }
  const special = SPECIAL.some((name) => key[name]);
  const characters = Array.from(input);
  if (special || characters.length <= 1) return [{ input, key: pick(key) }];
  return characters.map((character) => {
    const control = controlPress(character.codePointAt(0)!);
    if (control) return control;
    return { input: character, key: /^[A-Z]$/.test(character) ? { shift: true } : {} };
  });
}

/** Only the flags that are set, so that a press compares and logs simply. */
function pick(key: KeyPressFlags): KeyPressFlags {
  const flags: KeyPressFlags = {};
  for (const name of [...SPECIAL, 'shift'] as const) if (key[name]) flags[name] = true;
  return flags;
}

/** Ink's `useInput`, called once per key press however many keys one read brought. */
export function useKeyPresses(handler: (press: KeyPress) => void, options: { isActive?: boolean } = {}): void {
  useInput((input, key) => {
    for (const press of splitKeys(input, key)) handler(press);
  }, options);
}
