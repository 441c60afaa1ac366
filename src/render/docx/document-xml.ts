import type { DiffResult, DocumentHeader } from '../../types.js';
import { SUMMARY_ORDER } from '../group-by-section.js';
import type { Paragraph, Run } from './model.js';
import { escapeXml } from './xml.js';

/** Namespace of WordprocessingML. */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Author of every revision. */
export const AUTHOR = 'clausewise';

/** Writes `word/document.xml`, numbering revisions and move ranges as it goes. */
class DocumentWriter {
  private nextId = 1;
  private readonly rangeIds = new Map<string, number>();
  private readonly parts: string[] = [];

  constructor(private readonly stamp: string) {}

  /** ` w:id="…" w:author="clausewise" w:date="…"` with a new id. */
  private revision(): string {
    return ` w:id="${this.nextId++}" w:author="${AUTHOR}" w:date="${this.stamp}"`;
  }

  write(xml: string): void {
    this.parts.push(xml);
  }

  /** One run: `w:t`, or `w:delText` where the text is gone once changes are accepted. */
  private run(run: Run): string {
    const text = escapeXml(run.text);
    const gone = run.mark === 'del' || run.mark === 'moveFrom';
    const r = gone ? `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>` : `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    return run.mark === 'none' ? r : `<w:${run.mark}${this.revision()}>${r}</w:${run.mark}>`;
  }

  /** One paragraph with its style, its tracked mark and the move range it opens or closes. */
  paragraph(p: Paragraph): void {
    const mark = p.mark === 'none' ? '' : `<w:rPr><w:${p.mark}${this.revision()}/></w:rPr>`;
    const former = p.formerStyle ? `<w:pPrChange${this.revision()}><w:pPr><w:pStyle w:val="${p.formerStyle}"/></w:pPr></w:pPrChange>` : '';
    let xml = `<w:p><w:pPr><w:pStyle w:val="${p.style}"/>${mark}${former}</w:pPr>`;
    if (p.moveStart) {
      const id = this.nextId++;
      this.rangeIds.set(`${p.moveStart.kind} ${p.moveStart.name}`, id);
      xml += `<w:${p.moveStart.kind}RangeStart w:id="${id}" w:author="${AUTHOR}" w:date="${this.stamp}" w:name="${p.moveStart.name}"/>`;
    }
    for (const run of p.runs) xml += this.run(run);
    if (p.moveEnd) xml += `<w:${p.moveEnd.kind}RangeEnd w:id="${this.rangeIds.get(`${p.moveEnd.kind} ${p.moveEnd.name}`)}"/>`;
    this.parts.push(`${xml}</w:p>`);
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** A table cell holding one paragraph of plain text. */
function cell(text: string, width: number, options: { bold?: boolean; span?: number } = {}): string {
  const span = options.span ? `<w:gridSpan w:val="${options.span}"/>` : '';
  const bold = options.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r>${bold}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:tc>`;
}

/** Column widths of the header table, in twentieths of a point (A4 less margins: 9,638). */
const COLUMNS = [1838, 3900, 3900] as const;

/** The header table: both versions' title, date, source and clause count, then the summary counts. */
function headerTable(result: DiffResult): string {
  const row = (label: string, pick: (doc: DocumentHeader) => string) =>
    `<w:tr>${cell(label, COLUMNS[0], { bold: true })}${cell(pick(result.from), COLUMNS[1])}${cell(pick(result.to), COLUMNS[2])}</w:tr>`;
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  const summary = SUMMARY_ORDER.map((key) => `${result.summary[key]} ${key}`).join(', ');
  return `<w:tbl><w:tblPr><w:tblW w:w="${COLUMNS[0] + COLUMNS[1] + COLUMNS[2]}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/></w:tblPr>`
    + `<w:tblGrid>${COLUMNS.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
    + `<w:tr>${cell('', COLUMNS[0])}${cell('A · old', COLUMNS[1], { bold: true })}${cell('B · new (this document)', COLUMNS[2], { bold: true })}</w:tr>`
    + row('Title', (doc) => doc.title)
    + row('Date', (doc) => doc.date ?? '—')
    + row('Source', (doc) => doc.source || '—')
    + row('Clauses', (doc) => String(doc.clauses))
    + `<w:tr>${cell('Changes', COLUMNS[0], { bold: true })}${cell(summary, COLUMNS[1] + COLUMNS[2], { span: 2 })}</w:tr>`
    + '</w:tbl>';
}

/** A paragraph after the table, which Word needs between a table and what follows. */
const NOTE = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/**
 * `word/document.xml`: the title paragraph (tracked like any other), the header table, a note on
 * how to read the changes, then the body paragraphs; A4 pages. `stamp` is every revision's date.
 */
export function documentXml(result: DiffResult, paragraphs: readonly Paragraph[], stamp: string): string {
  const writer = new DocumentWriter(stamp);
  writer.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>`);
  const [title, ...body] = paragraphs;
  if (title) writer.paragraph(title);
  writer.write(headerTable(result));
  writer.write(NOTE('Tracked changes turn A into B: accept them all to read B, reject them all to read A (Review → Accept / Reject).'));
  for (const p of body) writer.paragraph(p);
  writer.write('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>');
  return writer.toString();
}
