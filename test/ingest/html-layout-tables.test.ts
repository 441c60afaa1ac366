import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { htmlToMdastDropping } from '../../src/ingest/html.js';
import { importBytes } from '../../src/ingest/index.js';
import { flattenClauses } from '../../src/tree/flatten.js';
import { mdastToBlocks } from '../../src/tree/blocks.js';

/** A synthetic page laid out in a table, as older portals do: menu, content and footer cells. */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Portal</title></head>
<body><table class="layout"><tr><td class="menu"><a href="/">Home</a> | <a href="/world">World</a></td></tr>
<tr><td><h2>Declaration of the Test Council, Sampletown, 3 July 2024</h2>
<p>The member states of the test organisation met in Sampletown on 3 July 2024 and adopted the following declaration:</p>
<p>1. The member states support practical cooperation in orchard programmes.</p>
<p>2. The member states welcome new rail links between their capitals.</p></td></tr>
<tr><td class="footer">Synthetic page for testing</td></tr></table></body></html>`;

describe('layout tables', () => {
  it('reads the blocks of a cell that holds blocks as blocks, not the cell as one paragraph', async () => {
    const { root } = await htmlToMdastDropping(PAGE);
    expect(mdastToBlocks(root as Root)).toEqual([
      { kind: 'heading', depth: 2, text: 'Declaration of the Test Council, Sampletown, 3 July 2024' },
      { kind: 'paragraph', text: 'The member states of the test organisation met in Sampletown on 3 July 2024 and adopted the following declaration:' },
      { kind: 'paragraph', text: '1. The member states support practical cooperation in orchard programmes.' },
      { kind: 'paragraph', text: '2. The member states welcome new rail links between their capitals.' },
    ]);
  });

  it('imports such a page as a declaration', async () => {
    const declaration = await importBytes(new TextEncoder().encode(PAGE));
    expect(declaration.meta.title).toBe('Declaration of the Test Council, Sampletown, 3 July 2024');
    expect(flattenClauses(declaration)).toHaveLength(3);
  });

  it('keeps a data table (cells of text only) a row a paragraph', async () => {
    const { root } = await htmlToMdastDropping('<html><body><p>Signed by:</p><table><tr><td>Country A</td><td>Name A</td></tr><tr><td>Country B</td><td>Name B</td></tr></table></body></html>');
    const blocks = mdastToBlocks(root as Root);
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'Country A\tName A' });
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'Country B\tName B' });
  });
});
