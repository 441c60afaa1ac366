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

/** Quotation marks of Russian text and what closes each: «» nest; „“, “” and "" (typography noise for «») do not. */
const OPEN_CLOSE_RU: Record<string, string> = { '«': '»', '„': '“', '“': '”', '"': '"' };

/** What opens the name of an instrument (treaty, agreement, programme, concept…), in any case. */
const INSTRUMENT_RU = /^(?:соглашени|договор|конвенци|программ|концепци|стратеги|план|деклараци|харти|устав|меморандум|протокол|положени|резолюци|заявлени|коммюнике|пакт|дорожн\S*\s+карт|рамочн|правил|кодекс|повестк)/iu;

/** Quotation marks after which a name is a definition (`(далее – «Стороны»)`), not a name. */
const DEFINITION_BEFORE_RU = /(?:далее|в дальнейшем|именуем\S*)\s*[-–—:]?\s*$/iu;

/**
 * Names in Russian quotation marks (`«…»`, nesting; `"…"` and `“…”` as typography may write
 * them), in order of first mention: `title` when the name opens with the word for an instrument
 * (`«Соглашение о …»`, `«Программу …»`, `«Концепция …»`, `«Договор о …»`), else `quoted`.
 * Inner quotes stay part of the name; definitions (`далее – «Стороны»`) are skipped; a name does
 * not cross a line or a sentence's full stop, and an unbalanced mark is ignored.
 */
export function extractInstrumentsRu(text: string): NamedInstrument[] {
  const found = new Map<string, NamedInstrument>();
  const pairs = guillemetPairs(text);
  const unclosed = new Set<string>();
  let position = 0;
  while (position < text.length) {
    const char = text[position] ?? '';
    const close = OPEN_CLOSE_RU[char];
    if (!close) {
      position += 1;
      continue;
    }
    // A closing mark found nowhere after one opening mark is found after none later either.
    const end = char === '«' ? (pairs.get(position) ?? -1) : unclosed.has(close) ? -1 : text.indexOf(close, position + 1);
    if (end < 0 && char !== '«') unclosed.add(close);
    const inner = end < 0 ? '' : text.slice(position + 1, end);
    if (end < 0 || /\n|\.\s/u.test(inner)) {
      position += 1;
      continue;
    }
    const title = inner.trim();
    if (title && !DEFINITION_BEFORE_RU.test(text.slice(Math.max(0, position - 20), position))) {
      const form: NamedInstrument['form'] = INSTRUMENT_RU.test(title) ? 'title' : 'quoted';
      const known = found.get(title);
      if (known) known.mentions += 1;
      else found.set(title, { title, form, mentions: 1 });
    }
    position = end + 1;
  }
  return [...found.values()];
}

/** Where each `«` closes: the index of its `»` allowing nested pairs, by one pass with a stack (linear); none for unbalanced ones or across a line. */
function guillemetPairs(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let i = text.indexOf('«') < 0 ? text.length : 0; i < text.length; i++) {
    const char = text[i];
    if (char === '«') open.push(i);
    else if (char === '»') {
      const start = open.pop();
      if (start !== undefined) pairs.set(start, i);
    } else if (char === '\n') open.length = 0;
  }
  return pairs;
}
