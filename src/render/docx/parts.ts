import { escapeXml } from './xml.js';

/** The fixed parts of the package around `word/document.xml`: content types, relationships, styles, settings, properties. */

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const CONTENT_TYPES = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  + '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
  + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
  + '</Types>';

export const PACKAGE_RELS = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>`
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
  + '</Relationships>';

export const DOCUMENT_RELS = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`
  + `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>`
  + '</Relationships>';

/** Settings: track further edits too, and show the changes with their markup. */
export const SETTINGS = `${HEAD}<w:settings ${W}><w:trackRevisions/><w:defaultTabStop w:val="420"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

/** Fonts and language of a document's text: an East Asian font for Chinese, so that no glyph falls back to boxes. */
export interface TextLanguage {
  /** `w:lang` of Latin text (`en-US`, `ru-RU`). */
  latin: string;
  /** `w:lang` of East Asian text (`zh-CN`, `zh-TW`). */
  eastAsia: string;
  /** The East Asian font (`SimSun`, `PMingLiU`). */
  eastAsiaFont: string;
}

/** The language settings for a report language (`zh-Hans`, `zh-Hant`, `ru`, `en`). */
export function textLanguage(lang: string): TextLanguage {
  if (lang === 'zh-Hant') return { latin: 'en-US', eastAsia: 'zh-TW', eastAsiaFont: 'PMingLiU' };
  if (lang === 'zh-Hans') return { latin: 'en-US', eastAsia: 'zh-CN', eastAsiaFont: 'SimSun' };
  return { latin: lang === 'ru' ? 'ru-RU' : 'en-US', eastAsia: 'zh-CN', eastAsiaFont: 'SimSun' };
}

/** A paragraph style. */
function style(id: string, name: string, pPr: string, rPr: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
}

/** `word/styles.xml`: the defaults (fonts, East Asian font and language), Normal, Title, Heading 1–5, table text and the note. */
export function stylesXml(lang: TextLanguage): string {
  const headings = [32, 28, 26, 24, 22].map((size, i) =>
    style(`Heading${i + 1}`, `heading ${i + 1}`, `<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${i}"/>`, `<w:b/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`));
  return `${HEAD}<w:styles ${W}>`
    + '<w:docDefaults><w:rPrDefault><w:rPr>'
    + `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${lang.eastAsiaFont}" w:cs="Times New Roman"/>`
    + `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${lang.latin}" w:eastAsia="${lang.eastAsia}" w:bidi="ar-SA"/>`
    + '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + style('Title', 'Title', '<w:spacing w:after="240"/><w:jc w:val="center"/>', '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>')
    + headings.join('')
    + style('TableText', 'Table Text', '<w:spacing w:after="0"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>')
    + style('Note', 'Note', '<w:spacing w:before="120" w:after="240"/>', '<w:i/><w:color w:val="666666"/><w:sz w:val="18"/><w:szCs w:val="18"/>')
    + '</w:styles>';
}

/** `docProps/core.xml`: title, creator and the fixed date. */
export function coreXml(title: string, stamp: string): string {
  return `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + `<dc:title>${escapeXml(title)}</dc:title><dc:creator>clausewise</dc:creator><cp:lastModifiedBy>clausewise</cp:lastModifiedBy>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`
    + '</cp:coreProperties>';
}
