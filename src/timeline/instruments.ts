/** A named instrument: a title in `《》` or a name in quotation marks. */
export interface NamedInstrument {
  /** The title without its brackets, as written (inner brackets kept). */
  title: string;
  /** `title`: in 《》 (documents, treaties, programmes); `quoted`: in “…” or "…" (events, projects). */
  form: 'title' | 'quoted';
  /** How many times it is named. */
  mentions: number;
}

/** Quotation marks that introduce a definition, not a name (`以下称“上合组织”`). */
const DEFINITION_BEFORE = /(?:以下称|以下简称|简称|下称|称为|”或)$/u;

/** Pairs of brackets that enclose titles and names. */
const OPEN_CLOSE: Record<string, string> = { '《': '》', '“': '”', '"': '"' };

/**
 * Titles in `《》` (nested `《〈〉》`/`<>` and quotes inside a title stay part of it) and names
 * in quotation marks outside titles, in order of first mention. Definitions such as
 * `以下称“上合组织”` are skipped. Unbalanced brackets are ignored from the opening one on.
 */
export function extractInstruments(text: string): NamedInstrument[] {
  const found = new Map<string, NamedInstrument>();
  const add = (title: string, form: NamedInstrument['form']): void => {
    const clean = title.trim();
    if (!clean) return;
    const key = `${form}:${clean}`;
    const known = found.get(key);
    if (known) known.mentions += 1;
    else found.set(key, { title: clean, form, mentions: 1 });
  };
  let position = 0;
  while (position < text.length) {
    const char = text[position] ?? '';
    const close = OPEN_CLOSE[char];
    if (!close) {
      position += 1;
      continue;
    }
    const end = char === '《' ? closingTitle(text, position) : text.indexOf(close, position + 1);
    if (end < 0) {
      position += 1;
      continue;
    }
    const inner = text.slice(position + 1, end);
    if (char === '《') add(inner, 'title');
    else if (!DEFINITION_BEFORE.test(text.slice(Math.max(0, position - 5), position)) && !/[\n。]/.test(inner)) add(inner, 'quoted');
    position = end + 1;
  }
  return [...found.values()];
}

/** Index of the `》` that closes the `《` at `open`, allowing nested `《》`; -1 when unbalanced. */
function closingTitle(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === '《') depth += 1;
    else if (char === '》') {
      depth -= 1;
      if (depth === 0) return i;
    } else if (char === '\n') {
      return -1;
    }
  }
  return -1;
}
