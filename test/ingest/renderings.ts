/**
 * Builders of the derived renderings of the seed (fixtures/renderings/): the same real text of
 * the 2020 Moscow declaration in the other forms the importer reads. No wording is changed:
 * only markup, encoding, script (OpenCC cn→t), line endings, indentation and line wrapping.
 * `make-renderings.ts` writes them; `renderings.test.ts` checks the files still match.
 */
import * as OpenCC from 'opencc-js/cn2t';

/** One block of the seed page: a heading (with its `#` count) or a paragraph. */
export type SeedBlock = { kind: 'heading'; depth: number; text: string } | { kind: 'paragraph'; text: string };

/** The seed page cut into its parts, found by simple line rules (independent of the importer). */
export interface SeedParts {
  /** Paragraphs of site chrome before the title (logo, language bar, search, nav, breadcrumbs). */
  top: string[];
  title: string;
  /** `2020-11-10 22:29`. */
  stamp: string;
  /** `[字体: 大 中 小] 打印本页`. */
  fontBar: string;
  /** Paragraphs and section headings of the body. */
  body: SeedBlock[];
  /** Signature lines as `[office, name]`. */
  signatures: Array<[string, string]>;
  closingDate: string;
  /** Chrome after the closing date (share link, copyright, contact, ICP). */
  footer: string[];
}

/** Cut the seed page into its parts. */
export function seedParts(seed: string): SeedParts {
  const blocks = seed.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
  const titleAt = blocks.findIndex((block) => block.startsWith('## '));
  const signAt = blocks.findIndex((block) => block.includes('\t'));
  const body: SeedBlock[] = blocks.slice(titleAt + 3, signAt).map((block) => {
    const heading = /^(#+) (.*)$/.exec(block);
    return heading ? { kind: 'heading', depth: heading[1]!.length, text: heading[2]! } : { kind: 'paragraph', text: block };
  });
  return {
    top: blocks.slice(0, titleAt),
    title: blocks[titleAt]!.slice(3),
    stamp: blocks[titleAt + 1]!,
    fontBar: blocks[titleAt + 2]!,
    body,
    signatures: blocks[signAt]!.split('\n').map((line) => line.split('\t') as [string, string]),
    closingDate: blocks[signAt + 1]!,
    footer: blocks.slice(signAt + 2),
  };
}

/** Markdown links of a navigation paragraph (`[首页](#) > [欧洲](#)`) → their labels. */
function linkLabels(paragraph: string): string[] {
  return [...paragraph.matchAll(/\[([^\]]+)\]\([^)]*\)/g)].map((match) => match[1]!);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The seed as a ministry web page: header (logo, language bar, search form), navigation,
 * breadcrumbs, the article (title, time stamp, font-size bar, paragraphs indented with U+3000,
 * signatures in a table, closing date), share link and footer (copyright, contact, ICP).
 * `charset` is written into `<meta charset>`; with `entities`, quotation marks are written as
 * `&ldquo;`/`&rdquo;`.
 */
export function seedHtml(seed: string, options: { charset: string; entities?: boolean }): string {
  const parts = seedParts(seed);
  const text = (value: string): string => {
    const escaped = escapeHtml(value);
    return options.entities ? escaped.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;') : escaped;
  };
  const [logo, languages, search, nav, crumbs] = parts.top;
  const navItems = linkLabels(nav ?? '').map((label) => `      <li><a href="#">${text(label)}</a></li>`);
  const crumbLinks = linkLabels(crumbs ?? '').map((label) => `<a href="#">${text(label)}</a>`).join(' &gt; ');
  const body = parts.body.map((block) => (block.kind === 'heading'
    ? `      <h${block.depth}>${text(block.text)}</h${block.depth}>`
    : `      <p>\u3000\u3000${text(block.text)}</p>`));
  const signatures = parts.signatures.map(([office, name]) => `        <tr><td>${text(office)}</td><td>${text(name)}</td></tr>`);
  const [share, copyright, contact, icp] = parts.footer;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    `  <meta charset="${options.charset}">`,
    `  <title>${text(parts.title)}_${text(logo ?? '')}</title>`,
    '  <style>body { font-family: sans-serif; } .time { color: #666; }</style>',
    '  <script>var _hmt = _hmt || []; // analytics</script>',
    '</head>',
    '<body>',
    '  <header class="top">',
    `    <div class="logo"><a href="#">${text(logo ?? '')}</a></div>`,
    `    <div class="lang-bar">${(languages ?? '').split(' ').map((name) => `<a href="#">${text(name)}</a>`).join(' ')}</div>`,
    `    <form class="search-box"><input type="text" name="q"><button type="submit">${text(search ?? '')}</button></form>`,
    '  </header>',
    '  <nav class="main-nav">',
    '    <ul>',
    ...navItems,
    '    </ul>',
    '  </nav>',
    `  <div class="breadcrumb">${crumbLinks}</div>`,
    '  <div class="content">',
    `    <h1>${text(parts.title)}</h1>`,
    `    <p class="time">${text(parts.stamp)}</p>`,
    `    <div class="font-size">[字体: <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>] <a href="#">打印本页</a></div>`,
    '    <div id="News_Body_Txt_A">',
    ...body,
    '      <table class="signatures">',
    ...signatures,
    '      </table>',
    `      <p style="text-align: right">${text(parts.closingDate)}</p>`,
    '    </div>',
    `    <div class="share"><a href="#">${text(share ?? '')}</a></div>`,
    '  </div>',
    '  <footer>',
    `    <p>${text(copyright ?? '')}</p>`,
    `    <p>${text(contact ?? '')}</p>`,
    `    <p>${text(icp ?? '')}</p>`,
    '  </footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Reverse of the WHATWG GBK decoder: character → two bytes, built once. */
let gbkTable: Map<string, [number, number]> | undefined;

/**
 * Encode text in GBK. Characters GBK cannot hold (U+FFFD, `ç`, `ñ`…) are written as numeric
 * character references, as a browser submitting a GBK form does.
 */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (!gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
        } catch {
          // unassigned pair
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const pair = gbkTable.get(ch);
    if (code < 0x80) bytes.push(code);
    else if (pair) bytes.push(...pair);
    else for (const ref of `&#${code};`) bytes.push(ref.charCodeAt(0));
  }
  return new Uint8Array(bytes);
}

/** The seed page text in Traditional characters (OpenCC, mainland Simplified → Traditional). */
export function seedTraditional(seed: string): string {
  return OpenCC.Converter({ from: 'cn', to: 't' })(seed);
}

/**
 * Break a paragraph into lines of at most `width` characters, never inside a run of Latin
 * letters or digits (as a word processor would).
 */
export function wrap(text: string, width: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (chars.length - start > width) {
    let cut = start + width;
    while (cut > start + 1 && /[A-Za-z0-9]/.test(chars[cut - 1]!) && /[A-Za-z0-9]/.test(chars[cut]!)) cut -= 1;
    lines.push(chars.slice(start, cut).join(''));
    start = cut;
  }
  lines.push(chars.slice(start).join(''));
  return lines;
}

/**
 * The body as plain text from a word processor: CRLF line endings, paragraphs indented with two
 * U+3000 and hard-wrapped every 40 characters, headings as their own short lines, signatures as
 * `office　　name` lines, the closing date on its own line. No site chrome.
 */
export function seedWrappedText(seed: string): string {
  const parts = seedParts(seed);
  const blocks: string[] = [parts.title];
  for (const block of parts.body) {
    if (block.kind === 'heading') blocks.push(block.text);
    else blocks.push(wrap(block.text, 38).map((line, index) => (index === 0 ? `\u3000\u3000${line}` : line)).join('\r\n'));
  }
  blocks.push(parts.signatures.map(([office, name]) => `${office}\u3000\u3000${name}`).join('\r\n'));
  blocks.push(parts.closingDate);
  return `${blocks.join('\r\n\r\n')}\r\n`;
}

/** A rendering: file name under fixtures/renderings/ and its bytes. */
export interface Rendering {
  name: string;
  bytes: Uint8Array;
}

/** Every rendering of the seed, built from its text. */
export function buildRenderings(seed: string): Rendering[] {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  const utf16le = (text: string): Uint8Array => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      bytes[2 + i * 2] = unit & 0xff;
      bytes[3 + i * 2] = unit >> 8;
    }
    return bytes;
  };
  return [
    { name: '2020-moscow.gbk.html', bytes: encodeGbk(seedHtml(seed, { charset: 'gbk' })) },
    { name: '2020-moscow.utf8.html', bytes: utf8(seedHtml(seed, { charset: 'utf-8', entities: true })) },
    { name: '2020-moscow.traditional.txt', bytes: utf8(seedTraditional(seed)) },
    { name: '2020-moscow.wrapped-crlf.txt', bytes: utf8(seedWrappedText(seed)) },
    { name: '2020-moscow.bom.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(seed)]) },
    { name: '2020-moscow.utf16le.txt', bytes: utf16le(seed) },
  ];
}
