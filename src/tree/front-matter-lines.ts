/**
 * A reader for the simple YAML that the writer emits for most declarations: `key: scalar`
 * lines and `key:` followed by `  - scalar` items, where a scalar is plain or double-quoted
 * without escapes. Values that YAML could read as anything
 * but that very string (numbers, booleans, nulls, quotes, flow or block indicators, comments)
 * make it return null, and the caller uses the full YAML parser instead. It exists because the
 * first call of the YAML library costs more than the rest of reading a declaration.
 */
export function readSimpleFrontMatter(yaml: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  let list: string[] | null = null;
  for (const line of yaml.split('\n')) {
    const item = /^ {2}- (.*)$/.exec(line);
    if (item) {
      const value = scalarText(item[1]!);
      if (!list || value === null) return null;
      list.push(value);
      continue;
    }
    const entry = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/.exec(line);
    if (!entry || entry[1]! in data) return null;
    const [, key, value] = entry;
    if (value === undefined) {
      list = [];
      data[key!] = list;
    } else {
      const text = scalarText(value);
      if (text === null) return null;
      list = null;
      data[key!] = text;
    }
  }
  // `key:` with no items is null in YAML, not an empty list.
  return Object.values(data).some((value) => Array.isArray(value) && value.length === 0) ? null : data;
}

/** A double-quoted scalar with no escape, quote or character YAML could treat specially inside. */
const SIMPLE_QUOTED = /^"([^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]*)"$/u;

/** The string a scalar stands for: plain scalars as written, simple double-quoted ones without their quotes; else null. */
function scalarText(value: string): string | null {
  if (isPlainString(value)) return value;
  return SIMPLE_QUOTED.exec(value)?.[1] ?? null;
}

/** A YAML plain scalar that the core schema reads back as exactly this string. */
function isPlainString(value: string): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return false;
  if (/: |:$| #|[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/u.test(value)) return false;
  if (/^(?:true|false|null|~|yes|no|on|off|y|n)$/i.test(value)) return false;
  // Anything that starts like a number is left to YAML, except ISO dates (strings in YAML 1.2).
  if (/^[-+.]?\d/.test(value) && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  if (/^\.(?:inf|nan)$/i.test(value)) return false;
  return true;
}
