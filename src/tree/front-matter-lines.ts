/**
 * A reader for the simple YAML that the writer emits for most declarations: `key: plain scalar`
 * lines and `key:` followed by `  - plain scalar` items. Values that YAML could read as anything
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
      if (!list || !isPlainString(item[1]!)) return null;
      list.push(item[1]!);
      continue;
    }
    const entry = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/.exec(line);
    if (!entry || entry[1]! in data) return null;
    const [, key, value] = entry;
    if (value === undefined) {
      list = [];
      data[key!] = list;
    } else {
      if (!isPlainString(value)) return null;
      list = null;
      data[key!] = value;
    }
  }
  // `key:` with no items is null in YAML, not an empty list.
  return Object.values(data).some((value) => Array.isArray(value) && value.length === 0) ? null : data;
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
