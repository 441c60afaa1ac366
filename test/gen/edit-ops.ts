import { CHINESE, type LanguageProfile } from './language.js';
import type { DocModel, Item } from './model.js';
import { addNoise } from './noise.js';
import type { PhrasePool } from './phrases.js';
import type { Rng } from './rng.js';

/** Everything an edit needs: the model being edited, randomness, seed phrases, a group counter. */
export interface EditContext {
  model: DocModel;
  rng: Rng;
  pool: PhrasePool;
  nextGroup: { value: number };
  /** The document's language: its phrases and punctuation. Default Chinese. */
  profile?: LanguageProfile;
}

/** One kind of edit; returns a one-line description, or null when it found nothing to edit. */
export type EditOp = (context: EditContext) => string | null;

/** The context's language profile (Chinese by default). */
const profileOf = (context: EditContext): LanguageProfile => context.profile ?? CHINESE;

/** An untouched item (kind same, not moved), as section and position; null after a few misses. */
/** `count` consecutive untouched clauses of one section, from a random start, or null (see `pickUntouched`). */
function untouchedRun(context: EditContext, count: number): { items: Item[]; at: { s: number; k: number }; run: Item[] } | null {
  const at = pickUntouched(context);
  if (!at) return null;
  const items = context.model.sections[at.s]!.items;
  const run = items.slice(at.k, at.k + count);
  const consecutive = run.length === count && run.every((item, k) => item.kind === 'same' && item.moved === false && item.src.length === 1 && item.src[0] === run[0]!.src[0]! + k);
  return consecutive ? { items, at, run } : null;
}

function pickUntouched(context: EditContext, accept: (item: Item) => boolean = () => true): { s: number; k: number } | null {
  const { model, rng } = context;
  for (let attempt = 0; attempt < 60; attempt++) {
    const s = rng.int(0, model.sections.length - 1);
    const items = model.sections[s]!.items;
    if (items.length === 0) continue;
    const k = rng.int(0, items.length - 1);
    const item = items[k]!;
    if (item.kind === 'same' && item.moved === false && item.src.length === 1 && accept(item)) return { s, k };
  }
  return null;
}

/** Insert without landing between two pieces of one split. */
function insertAt(items: Item[], at: number, item: Item): void {
  let k = at;
  while (k > 0 && k < items.length && items[k]!.group !== undefined && items[k - 1]!.group === items[k]!.group) k++;
  items.splice(k, 0, item);
}

/** Light rewording: a verb swapped, a country inserted into a list, or a word inserted. */
export function lightly(text: string, rng: Rng, profile: LanguageProfile = CHINESE): string {
  const verbs = profile.verbs.filter(([from]) => text.includes(from));
  const mode = rng.int(0, 1);
  if (mode === 0 && verbs.length > 0) {
    const [from, to] = rng.pick(verbs);
    return text.replace(from, to);
  }
  const separator = profile.listSeparator;
  const comma = text.indexOf(separator);
  if (comma > 0) return `${text.slice(0, comma + separator.length)}${rng.pick(profile.countries)}${text.slice(comma + separator.length)}`;
  if (verbs.length > 0) return text.replace(verbs[0]![0], verbs[0]![1]);
  return profile.insertWord(text);
}

export const removeClause: EditOp = (context) => {
  const at = pickUntouched(context);
  if (!at) return null;
  const [item] = context.model.sections[at.s]!.items.splice(at.k, 1);
  return `removed a${item!.src[0]! + 1}`;
};

export const addClause: EditOp = (context) => {
  const { model, rng, pool } = context;
  const s = rng.int(0, model.sections.length - 1);
  const items = model.sections[s]!.items;
  insertAt(items, rng.int(0, items.length), { text: pool.recombine(rng, rng.int(2, 3)), src: [], kind: 'added', moved: false });
  return `added a clause recombined from seed phrases in section ${s}`;
};

export const lightReword: EditOp = (context) => {
  const at = pickUntouched(context);
  if (!at) return null;
  const item = context.model.sections[at.s]!.items[at.k]!;
  item.text = lightly(item.text, context.rng, profileOf(context));
  item.kind = 'reworded';
  return `lightly reworded a${item.src[0]! + 1}`;
};

export const heavyReword: EditOp = (context) => {
  const { rng, pool } = context;
  const at = pickUntouched(context, (item) => item.text.length >= 30);
  if (!at) return null;
  const item = context.model.sections[at.s]!.items[at.k]!;
  const avoid = new Set(item.src);
  const profile = profileOf(context);
  const mode = rng.int(0, 2);
  if (mode === 0) item.text = halfRewritten(item.text, context, avoid);
  else if (mode === 1) item.text = `${item.text}${profile.joiner}${pool.sentence(rng, avoid)}`;
  else item.text = profile.lead(rng.pick(profile.leadIns), lightly(item.text, rng, profile));
  item.kind = 'reworded';
  return `heavily reworded a${item.src[0]! + 1} (${['half rewritten', 'sentence appended', 'lead-in added'][mode]})`;
};

/** The clause's first half kept verbatim (up to the first separator after the middle), the rest replaced by recombined phrases. */
function halfRewritten(text: string, context: EditContext, avoid: ReadonlySet<number>): string {
  const profile = profileOf(context);
  const separator = profile.clauseSeparator;
  const cut = text.indexOf(separator, Math.floor(text.length / 2));
  // Without a separator after the middle: half the characters (Chinese), or up to the next space, so that no word is cut.
  const space = profile.name === 'zh' ? -1 : text.indexOf(' ', Math.floor(text.length / 2));
  const keep = cut > 0 ? text.slice(0, cut + separator.length) : space > 0 ? text.slice(0, space + 1) : text.slice(0, Math.floor(text.length / 2));
  const rest = context.pool.recombine(context.rng, 2, avoid);
  return profile.name === 'zh' ? `${keep}${rest}` : `${keep.trimEnd()} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}

export const splitClause: EditOp = (context) => {
  const { rng } = context;
  const profile = profileOf(context);
  const at = pickUntouched(context, (item) => profile.splittable(item.text));
  if (!at) return null;
  const items = context.model.sections[at.s]!.items;
  const item = items[at.k]!;
  const sentences = profile.sentences(item.text);
  const count = Math.min(sentences.length, rng.int(2, 3));
  const size = Math.ceil(sentences.length / count);
  const pieces: string[] = [];
  for (let k = 0; k < sentences.length; k += size) pieces.push(sentences.slice(k, k + size).join(profile.joiner));
  if (pieces.length < 2) return null;
  const group = context.nextGroup.value++;
  const reword = rng.chance(0.3) ? rng.int(0, pieces.length - 1) : -1;
  items.splice(at.k, 1, ...pieces.map((text, k): Item => ({ text: k === reword ? lightly(text, rng, profile) : text, src: [...item.src], kind: 'split', group, moved: false })));
  return `split a${item.src[0]! + 1} into ${pieces.length}`;
};

export const mergeClauses: EditOp = (context) => {
  const { rng } = context;
  const count = rng.int(2, 3);
  const picked = untouchedRun(context, count);
  if (!picked) return null;
  const { items, at, run } = picked;
  const profile = profileOf(context);
  const text = run.map((item) => item.text).join(profile.joiner);
  items.splice(at.k, count, { text: rng.chance(0.3) ? lightly(text, rng, profile) : text, src: run.map((item) => item.src[0]!), kind: 'merged', moved: false });
  return `merged a${run[0]!.src[0]! + 1}..a${run[count - 1]!.src[0]! + 1}`;
};

export const moveWithin: EditOp = (context) => {
  const at = pickUntouched(context);
  if (!at) return null;
  const items = context.model.sections[at.s]!.items;
  if (items.length < 6) return null;
  const [item] = items.splice(at.k, 1);
  let to = context.rng.int(0, items.length);
  if (Math.abs(to - at.k) < 3) to = at.k >= items.length / 2 ? 0 : items.length;
  item!.moved = true;
  insertAt(items, to, item!);
  return `moved a${item!.src[0]! + 1} within its section`;
};

export const moveAcross: EditOp = (context) => {
  const { model, rng } = context;
  const at = pickUntouched(context);
  if (!at || model.sections.length < 2) return null;
  let target = rng.int(0, model.sections.length - 2);
  if (target >= at.s) target++;
  const [item] = model.sections[at.s]!.items.splice(at.k, 1);
  item!.moved = true;
  const items = model.sections[target]!.items;
  insertAt(items, rng.int(0, items.length), item!);
  return `moved a${item!.src[0]! + 1} to section ${target}`;
};

export const moveReworded: EditOp = (context) => {
  const done = moveAcross(context);
  if (done === null) return null;
  const moved = context.model.sections.flatMap((section) => section.items).find((item) => item.moved === true && item.kind === 'same' && done.startsWith(`moved a${item.src[0]! + 1} `));
  if (!moved) return done;
  moved.text = lightly(moved.text, context.rng, profileOf(context));
  moved.kind = 'reworded';
  return `${done}, lightly reworded`;
};

export const renameSection: EditOp = (context) => {
  const { model, rng } = context;
  if (model.sections.length < 2) return null;
  const section = model.sections[rng.int(1, model.sections.length - 1)]!;
  const old = section.heading;
  section.heading = profileOf(context).rename(old);
  return `renamed section ${old} → ${section.heading}`;
};

/** Clauses only displaced by a section-level edit may be reported either way. */
function displaced(items: readonly Item[]): void {
  for (const item of items) if (item.moved === false) item.moved = null;
}

export const reorderSections: EditOp = ({ model, rng }) => {
  if (model.sections.length < 3) return null;
  const s = rng.int(1, model.sections.length - 2);
  const [first, second] = [model.sections[s]!, model.sections[s + 1]!];
  model.sections.splice(s, 2, second, first);
  displaced(first.items);
  displaced(second.items);
  return `swapped sections ${first.heading} and ${second.heading}`;
};

export const numberHeadings: EditOp = (context) => {
  context.model.sections.slice(1).forEach((section, k) => {
    section.heading = profileOf(context).numbered(section.heading, k);
  });
  return 'numbered the headings';
};

export const dropHeading: EditOp = ({ model, rng }) => {
  if (model.sections.length < 3) return null;
  const s = rng.int(2, model.sections.length - 1);
  const [section] = model.sections.splice(s, 1);
  displaced(section!.items);
  model.sections[s - 1]!.items.push(...section!.items);
  return `dropped heading ${section!.heading}`;
};

export const retitle: EditOp = (context) => {
  const { model } = context;
  model.meta.title = profileOf(context).retitled(model.meta.title);
  model.meta.date = '2021-09-17';
  return 'changed title and date';
};

export const noise: EditOp = (context) => {
  const { model, rng } = context;
  const kinds = profileOf(context).noiseKinds;
  const all = model.sections.flatMap((section) => section.items);
  if (all.length === 0) return null;
  const count = Math.max(1, Math.min(20, Math.round(all.length * 0.1)));
  for (let k = 0; k < count; k++) {
    const item = rng.pick(all);
    item.text = addNoise(item.text, rng.pick(kinds), rng, profileOf(context).name !== 'zh');
  }
  return `noise on ${count} clauses`;
};

/** Move an item to a section as far from its own as the document allows (at least two sections away when there are enough). */
function moveFar(context: EditContext, s: number, k: number): number {
  const { model, rng } = context;
  const [item] = model.sections[s]!.items.splice(k, 1);
  const last = model.sections.length - 1;
  const far = Array.from({ length: last + 1 }, (_, t) => t).filter((t) => Math.abs(t - s) >= Math.min(3, Math.max(1, Math.floor(last / 2))));
  const target = far.length > 0 ? rng.pick(far) : s === 0 ? last : 0;
  item!.moved = target !== s ? true : item!.moved;
  const items = model.sections[target]!.items;
  insertAt(items, rng.int(0, items.length), item!);
  return target;
}

/**
 * Heavy rewording and a far move at once: the clause keeps its first half verbatim (to the first
 * separator after the middle), the rest is replaced by phrases of other clauses, and it moves to a
 * distant section. The truth pairs it as reworded and moved.
 */
export const halfRewrittenMovedFar: EditOp = (context) => {
  const at = pickUntouched(context, (item) => item.text.length >= 30);
  if (!at || context.model.sections.length < 2) return null;
  const item = context.model.sections[at.s]!.items[at.k]!;
  item.text = halfRewritten(item.text, context, new Set(item.src));
  item.kind = 'reworded';
  const target = moveFar(context, at.s, at.k);
  return `half rewrote a${item.src[0]! + 1} and moved it to section ${target}`;
};

/** A merge of 2–3 consecutive clauses, each of them lightly reworded first. */
export const mergeReworded: EditOp = (context) => {
  const { rng } = context;
  const profile = profileOf(context);
  const count = rng.int(2, 3);
  const picked = untouchedRun(context, count);
  if (!picked) return null;
  const { items, at, run } = picked;
  const text = run.map((item) => lightly(item.text, rng, profile)).join(profile.joiner);
  items.splice(at.k, count, { text, src: run.map((item) => item.src[0]!), kind: 'merged', moved: false });
  return `merged a${run[0]!.src[0]! + 1}..a${run[count - 1]!.src[0]! + 1}, each lightly reworded`;
};
