/**
 * Reads a clausewise .docx back for the tests: unzips it, checks that `word/document.xml` is
 * well formed, and reads the body as Word would show it with every change accepted or rejected.
 */
import { unzipSync } from 'fflate';
import { cleanText } from '../../../src/render/docx/xml.js';
import type { Declaration, Section } from '../../../src/types.js';

type Mark = 'none' | 'ins' | 'del' | 'moveFrom' | 'moveTo';

/** A body paragraph as written: style, the mark of its paragraph mark, its runs. */
export interface ReadParagraph {
  style: string;
  /** Style with changes rejected, when a tracked property change (`w:pPrChange`) gives one. */
  formerStyle?: string;
  mark: Mark;
  runs: Array<{ text: string; mark: Mark }>;
  moveRanges: Array<{ kind: string; name: string; edge: 'start' | 'end'; id: string }>;
}

/** A paragraph as a view shows it. */
export interface ViewParagraph {
  style: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

/** Attributes of a tag. */
function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]!] = unescape(m[2]!);
  return out;
}

/** The files of a zip. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** `word/document.xml` of a .docx, as text. */
export function documentXmlOf(bytes: Uint8Array): string {
  return new TextDecoder().decode(unzip(bytes)['word/document.xml']);
}

/**
 * The body paragraphs of `document.xml` (not those in tables), throwing when tags do not nest or
 * a revision element is not one Word knows in that place.
 */
export function readParagraphs(xml: string): ReadParagraph[] {
  const out: ReadParagraph[] = [];
  const stack: string[] = [];
  let current: ReadParagraph | null = null;
  let wrapper: Mark = 'none';
  let inPPr = false;
  let text: 'none' | 't' | 'delText' = 'none'; // inside a text element (of the body or of a table)
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  for (const m of body.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, close, name, attrs = '', selfClose, chars] = m;
    if (chars !== undefined) {
      if (text !== 'none') current?.runs.push({ text: unescape(chars), mark: wrapper });
      else if (chars.trim() !== '') throw new Error(`text outside w:t: ${chars.slice(0, 40)}`);
      continue;
    }
    if (close) {
      if (stack.pop() !== name) throw new Error(`</${name}> does not close the open tag`);
      if (name === 'w:p' && current) { out.push(current); current = null; }
      if (name === 'w:pPr') inPPr = false;
      if (name === 'w:t' || name === 'w:delText') text = 'none';
      if (['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo'].includes(name!)) wrapper = 'none';
      continue;
    }
    const a = attributes(attrs);
    const inTable = stack.includes('w:tbl');
    if (name === 'w:p' && !inTable) current = { style: '', mark: 'none', runs: [], moveRanges: [] };
    if (name === 'w:pPr') inPPr = true;
    if (name === 'w:pStyle' && current) {
      if (stack.includes('w:pPrChange')) current.formerStyle = a['w:val'] ?? '';
      else current.style = a['w:val'] ?? '';
    }
    if (name === 'w:pPrChange' && (a['w:author'] !== 'clausewise' || !a['w:date'] || !a['w:id'])) throw new Error('w:pPrChange without author, date or id');
    const revision = name === 'w:ins' || name === 'w:del' || name === 'w:moveFrom' || name === 'w:moveTo';
    if (revision) {
      if (a['w:author'] !== 'clausewise' || !a['w:date'] || !a['w:id']) throw new Error(`${name} without author, date or id`);
      if (inPPr && current && selfClose) current.mark = name!.slice(2) as Mark;
      else if (!selfClose) wrapper = name!.slice(2) as Mark;
    }
    const range = /^w:(moveFrom|moveTo)Range(Start|End)$/.exec(name!);
    if (range && current) current.moveRanges.push({ kind: range[1]!, edge: range[2] === 'Start' ? 'start' : 'end', name: a['w:name'] ?? '', id: a['w:id'] ?? '' });
    if (name === 'w:t' || name === 'w:delText') {
      text = name === 'w:t' ? 't' : 'delText';
      const gone = wrapper === 'del' || wrapper === 'moveFrom';
      if (current && gone !== (text === 'delText')) throw new Error(`${name} in ${wrapper}`);
    }
    if (!selfClose) stack.push(name!);
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(' ')}`);
  return out;
}

/**
 * The body as shown with every change accepted (`accept`) or rejected: text of the kept marks,
 * a paragraph ending only where its paragraph mark is kept. The note under the table is left out.
 */
export function view(paragraphs: readonly ReadParagraph[], mode: 'accept' | 'reject'): ViewParagraph[] {
  const kept = (mark: Mark) => mark === 'none' || (mode === 'accept' ? mark === 'ins' || mark === 'moveTo' : mark === 'del' || mark === 'moveFrom');
  const out: ViewParagraph[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (p.style === 'Note') continue;
    for (const run of p.runs) if (kept(run.mark)) text += run.text;
    if (kept(p.mark)) {
      out.push({ style: mode === 'reject' ? (p.formerStyle ?? p.style) : p.style, text });
      text = '';
    }
  }
  if (text) out.push({ style: '?', text });
  return out;
}

/** What a declaration should read as: its title, then headings and clauses in reading order, with the styles the writer gives them. */
export function expectedView(declaration: Declaration): ViewParagraph[] {
  const out: ViewParagraph[] = [{ style: 'Title', text: cleanText(declaration.meta.title) }];
  for (const clause of declaration.preamble) out.push({ style: 'Normal', text: cleanText(clause) });
  const walk = (sections: readonly Section[]): void => {
    for (const section of sections) {
      out.push({ style: `Heading${Math.min(5, section.depth - 1)}`, text: cleanText(section.heading) });
      for (const clause of section.clauses) out.push({ style: 'Normal', text: cleanText(clause) });
      walk(section.children);
    }
  };
  walk(declaration.sections);
  return out;
}
