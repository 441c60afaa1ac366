import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from './cli.js';
import { JSON_RAW_CONTROL_CLASS } from '../../src/text/sanitize.js';

/**
 * Finding the regexes of `src/` and the adversarial strings they are run on (see
 * test/text/regex-scan.test.ts).
 */

/**
 * Values of the non-constant parts of `new RegExp(...)` templates, by their source text: what
 * they stand for at run time.
 */
const SUBSTITUTIONS: Record<string, string> = {
  // src/ingest/place.ts: a place name from the table, spaces and hyphens made optional.
  'escape(name)': 'Nizhny[-\\s]?Novgorod',
  'escape(stem)': 'Нижн[-\\s]?Новгород',
  // src/text/sanitize.ts, imported by src/tree/canonical-lines.ts.
  JSON_RAW_CONTROL_CLASS,
};

export interface Found {
  where: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every regex of `src/`, with where it is written. */
export function findRegexes(): Found[] {
  const found: Found[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const constants = topLevelConstants(source);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        found.push({ where: where(node), regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (!pattern) throw new Error(`${where(node)}: RegExp without a pattern`);
        found.push({ where: where(node), regex: new RegExp(evaluate(pattern, constants, where(node)), flags ? evaluate(flags, constants, where(node)) : '') });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The file's top-level `const NAME = …` initialisers, by name. */
function topLevelConstants(source: ts.SourceFile): Map<string, ts.Expression> {
  const constants = new Map<string, ts.Expression>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) constants.set(declaration.name.text, declaration.initializer);
    }
  }
  return constants;
}

/** The string value of a pattern or flags argument: literals, templates, `+`, constants of the file, else `SUBSTITUTIONS`. */
function evaluate(node: ts.Expression, constants: Map<string, ts.Expression>, where: string): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => evaluate(span.expression, constants, where) + span.literal.text).join('');
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return evaluate(node.left, constants, where) + evaluate(node.right, constants, where);
  }
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, constants, where);
  // `PATTERN.source` of a regular expression literal of the file: its pattern.
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source' && ts.isIdentifier(node.expression)) {
    const literal = constants.get(node.expression.text);
    if (literal && ts.isRegularExpressionLiteral(literal)) return literal.text.slice(1, literal.text.lastIndexOf('/'));
  }
  const text = node.getText();
  if (text in SUBSTITUTIONS) return SUBSTITUTIONS[text]!;
  if (ts.isIdentifier(node) && constants.has(node.text)) return evaluate(constants.get(node.text)!, constants, where);
  throw new Error(`${where}: cannot evaluate ${text} in new RegExp(...): add it to SUBSTITUTIONS`);
}

/** A character that stands for an escape (`\d` → `1`), or null for assertions and back-references. */
function escapeStandIn(escape: string): string | null {
  const letter = escape[1]!;
  const classes: Record<string, string> = { d: '1', D: 'x', s: ' ', S: 'x', w: 'a', W: ' ', n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', 0: '\0' };
  if (letter in classes) return classes[letter]!;
  if (letter === 'b' || letter === 'B' || letter === 'k' || /\d/.test(letter)) return null;
  if (letter === 'p') return /\{(?:Script=)?Han/.test(escape) ? '中' : /\{N/.test(escape) ? '1' : /\{P/.test(escape) ? '.' : 'a';
  if (letter === 'P') return ' ';
  if (letter === 'u' || letter === 'x') {
    const hex = /^\\[ux]\{?([0-9a-fA-F]+)/.exec(escape)?.[1];
    return hex ? String.fromCodePoint(parseInt(hex, 16)) : null;
  }
  return letter;
}

/** The length of the escape starting at `at` (`\d`, `\p{L}`, `\u{1F600}`, `\u3000`, `\x20`, `\k<name>`, `\12`). */
function escapeLength(source: string, at: number): number {
  const rest = source.slice(at, at + 16);
  const match = /^\\(?:[pPk]\{[^}]*\}|k<[^>]*>|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|\d+|[\s\S])/.exec(rest);
  return match ? match[0].length : 2;
}

/**
 * What a pattern mentions, in order: single characters (literals, stand-ins of escapes and of
 * class members, a character outside each negated class) and its literal runs.
 */
export function atoms(regex: RegExp): { chars: string[]; runs: string[] } {
  const source = regex.source;
  const chars: string[] = [];
  const runs: string[] = [];
  let run = '';
  const endRun = () => {
    if (run.length >= 2) runs.push(run);
    run = '';
  };
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === '\\') {
      const length = escapeLength(source, i);
      const standIn = escapeStandIn(source.slice(i, i + length));
      if (standIn !== null) {
        chars.push(standIn);
        if (/[.*+?^${}()|[\]\\/-]/.test(standIn)) run += standIn;
        else endRun();
      }
      i += length;
    } else if (ch === '[') {
      endRun();
      let end = i + 1;
      if (source[end] === '^') end += 1;
      if (source[end] === ']') end += 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? escapeLength(source, end) : 1;
      const body = source.slice(i, end + 1);
      const members = body.slice(body[1] === '^' ? 2 : 1, -1);
      for (let k = 0; k < members.length; ) {
        if (members[k] === '\\') {
          const length = escapeLength(members, k);
          const standIn = escapeStandIn(members.slice(k, k + length));
          if (standIn !== null) chars.push(standIn);
          k += length;
        } else {
          if (members[k] !== '-' || k === 0 || k === members.length - 1) chars.push(members[k]!);
          k += 1;
        }
      }
      if (body[1] === '^') {
        const outside = ['x', 'a', ' ', '1', '中', '.', '\n', '<', '"'].find((candidate) => !new RegExp(body, regex.flags.replace(/[gy]/g, '')).test(candidate));
        if (outside) chars.push(outside);
      }
      i = end + 1;
    } else if ('^$|()*+?{}'.includes(ch)) {
      endRun();
      if (ch === '(' && source[i + 1] === '?') {
        const group = /^\(\?(?:<[=!]|<[A-Za-z_]\w*>|[:=!])/.exec(source.slice(i));
        i += group ? group[0].length : 2;
        continue;
      }
      if (ch === '{') {
        const quantifier = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
        if (quantifier) {
          i += quantifier[0].length;
          continue;
        }
      }
      i += 1;
    } else if (ch === '.') {
      endRun();
      chars.push('x');
      i += 1;
    } else {
      chars.push(ch);
      run += ch;
      i += 1;
    }
  }
  endRun();
  return { chars, runs };
}

/** An adversarial string: `unit` repeated between a prefix and a suffix. */
export interface Shape {
  prefix: string;
  unit: string;
  suffix: string;
}

/** The adversarial shapes of a pattern: runs of what it mentions, alone, paired, after its literal parts, with a character that makes it fail. */
export function adversarialShapes(regex: RegExp): Shape[] {
  const { chars, runs } = atoms(regex);
  const unique = [...new Set([...chars, ' ', '\t', '\n', '\u3000', 'a', '1'])].slice(0, 40);
  const shapes = new Map<string, Shape>();
  const add = (prefix: string, unit: string, suffix = '') => shapes.set(JSON.stringify([prefix, unit, suffix]), { prefix, unit, suffix });
  for (const ch of unique) {
    add('', ch);
    add('', ch, '\u0001');
    add('', `${ch} `);
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const [a, b] = [chars[i]!, chars[i + 1]!];
    if (a === b) continue;
    add('', a + b);
    add(a, b);
    add('', a, `${b}\u0001`);
  }
  for (const literal of runs) {
    add('', literal);
    add('', literal, '\u0001');
    add(literal, ' ');
    for (const ch of unique.slice(0, 12)) add(literal, ch);
  }
  return [...shapes.values()];
}

/** The shape at about `size` characters. */
export function build(shape: Shape, size: number): string {
  return shape.prefix + shape.unit.repeat(Math.max(1, Math.floor(size / shape.unit.length))) + shape.suffix;
}

/** Adversarial strings of about `size` characters for a pattern. */
export function adversarial(regex: RegExp, size: number): string[] {
  return adversarialShapes(regex).map((shape) => build(shape, size));
}

/** Milliseconds to run the pattern at every start position of `text`; a RangeError is rethrown with the pattern. */
export function timeSearch(regex: RegExp, text: string): number {
  const global = new RegExp(regex.source, `${regex.flags.replace(/[gy]/g, '')}g`);
  const start = performance.now();
  text.replace(global, '');
  return performance.now() - start;
}

