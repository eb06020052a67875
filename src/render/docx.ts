// The letter model as an editable Word document (Office Open XML, ISO/IEC 29500 transitional): the same
// letter as the PDF, with real styles (address blocks, subject, heading 2, numbered points that keep
// their numbers, bullets), "pagina X van Y" from the second page on and fixed metadata, so the same
// letter gives the same bytes. Packed with our own ZIP writer.
import { formatDateLong } from '../core/dates.js';
import type { LetterBlock, LetterModel, Party } from '../core/letters/model.js';
import { xmlText as xml } from './xml-text.js';
import { buildZip } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Twentieths of a point, the unit of page geometry and spacing in WordprocessingML. */
const mm = (n: number) => Math.round((n * 72 * 20) / 25.4);
const pt = (n: number) => Math.round(n * 20);

/** The PDF's geometry (render/pdf/geometry.ts): A4, text 25 mm from the left, window envelope. */
const PAGE = { width: mm(210), height: mm(297), top: mm(20), bottom: mm(25), left: mm(25), right: mm(20), footer: mm(12) };
const SENDER_INDENT = mm(100);
const SENDER_LEADING = pt(12);
const RECIPIENT_LEADING = pt(13.5);
/** The recipient starts 50 mm from the top edge (inside the window), the text at about 100 mm. */
const RECIPIENT_FROM_TOP = mm(50);
const TEXT_FROM_TOP = mm(100);

const NUMBERED = 1;
const BULLETS = 2;

/** A run of text: tabs and the author's line breaks become Word's own. */
function run(text: string, bold = false): string {
  const props = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  const parts = text.split('\n').map((line) =>
    line
      .split('\t')
      .map((piece) => (piece ? `<w:t xml:space="preserve">${xml(piece)}</w:t>` : ''))
      .join('<w:tab/>'),
  );
  return `<w:r>${props}${parts.join('<w:br/>')}</w:r>`;
}

function paragraph(runs: string, style?: string, extra = ''): string {
  const props = style || extra ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${extra}</w:pPr>` : '';
  return `<w:p>${props}${runs}</w:p>`;
}

const spaceBefore = (twips: number) => (twips > 0 ? `<w:spacing w:before="${twips}"/>` : '');

/** Paragraphs as the other renderings read them: a blank line starts a new one, a single break stays a break. */
function textParagraphs(text: string, style?: string): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((para) => paragraph(run(para.split('\n').map((l) => l.trim()).join('\n')), style));
}

function partyLines(party: Party): string[] {
  return [party.name, ...party.lines].flatMap((l) => l.split('\n')).map((l) => l.trim()).filter(Boolean);
}

/** The name in bold, then one paragraph per address line. */
function partyParagraphs(party: Party, style: string, firstExtra: string): string[] {
  return partyLines(party).map((line, i) => paragraph(run(line, i === 0), style, i === 0 ? firstExtra : ''));
}

/**
 * Word numbers a list itself; a list whose numbers skip (points 1–3 and 7) is split where they skip, each
 * part its own numbering instance starting at its first number, so every point keeps its own number.
 */
function numberedRuns(items: { number: number; text: string }[]): { start: number; items: string[] }[] {
  const runs: { start: number; items: string[] }[] = [];
  items.forEach((item, i) => {
    if (i === 0 || item.number !== items[i - 1].number + 1) runs.push({ start: item.number, items: [] });
    runs.at(-1)!.items.push(item.text);
  });
  return runs;
}

/** A list item; the last one is followed by the space between blocks rather than between items. */
function listItem(text: string, style: string, numId: number, last: boolean): string {
  return paragraph(run(text.trim()), style, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>${last ? `<w:spacing w:after="${pt(8)}"/>` : ''}`);
}

interface Numbering {
  /** Start number of each numbered list instance, in order; instance n has numId BULLETS + n. */
  starts: number[];
}

function blockParagraphs(block: LetterBlock, numbering: Numbering): string[] {
  switch (block.kind) {
    case 'paragraph':
      return textParagraphs(block.text);
    case 'heading':
      return [paragraph(run(block.text.replace(/\s*\n\s*/g, ' ').trim()), 'Heading2')];
    case 'numbered': {
      const items = numberedRuns(block.items).flatMap((part) => {
        numbering.starts.push(part.start);
        const numId = BULLETS + numbering.starts.length;
        return part.items.map((text) => ({ text, numId }));
      });
      return items.map((item, i) => listItem(item.text, 'ListNumber', item.numId, i === items.length - 1));
    }
    case 'bullets':
      return block.items.map((text, i) => listItem(text, 'ListBullet', BULLETS, i === block.items.length - 1));
  }
}

function documentXml(model: LetterModel, numbering: Numbering): string {
  const senderLines = partyLines(model.sender).length;
  const recipientLines = partyLines(model.recipient).length;
  const body = [
    ...partyParagraphs(model.sender, 'Sender', ''),
    ...partyParagraphs(model.recipient, 'Recipient', spaceBefore(RECIPIENT_FROM_TOP - PAGE.top - senderLines * SENDER_LEADING)),
    paragraph(run(`${model.place}, ${formatDateLong(model.date)}`), undefined, spaceBefore(TEXT_FROM_TOP - RECIPIENT_FROM_TOP - recipientLines * RECIPIENT_LEADING)),
    ...model.references.map((r, i) => paragraph(run(`${r.label.trim()}: ${r.value.replace(/\s*\n\s*/g, ' ').trim()}`), 'Reference', i === 0 ? spaceBefore(pt(8)) : '')),
    paragraph(run(`Onderwerp: ${model.subject.replace(/\s*\n\s*/g, ' ').trim()}`, true), 'Subject'),
    ...textParagraphs(model.salutation),
    ...model.body.flatMap((block) => blockParagraphs(block, numbering)),
    ...textParagraphs(model.closing, 'Closing'),
    ...textParagraphs(model.signature, 'Signature'),
  ];
  const section =
    `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:footerReference w:type="first" r:id="rIdFooterFirst"/>` +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="${PAGE.top}" w:footer="${PAGE.footer}" w:gutter="0"/>` +
    `<w:titlePg/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}${section}</w:body></w:document>`;
}

function style(id: string, name: string, paragraphProps: string, runProps = '', extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>${extra}<w:qFormat/><w:pPr>${paragraphProps}</w:pPr>${runProps ? `<w:rPr>${runProps}</w:rPr>` : ''}</w:style>`;
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="${pt(8)}" w:line="348" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>` +
  style('Heading2', 'heading 2', `<w:keepNext/><w:spacing w:before="${pt(14)}" w:after="${pt(4)}"/><w:outlineLvl w:val="1"/>`, '<w:b/><w:sz w:val="21"/><w:szCs w:val="21"/>', '<w:next w:val="Normal"/>') +
  style('ListNumber', 'List Number', `<w:spacing w:after="${pt(3)}"/><w:ind w:left="${pt(20)}" w:hanging="${pt(20)}"/>`) +
  style('ListBullet', 'List Bullet', `<w:spacing w:after="${pt(3)}"/><w:ind w:left="${pt(18)}" w:hanging="${pt(12)}"/>`) +
  style('Sender', 'Afzender', `<w:spacing w:after="0" w:line="${SENDER_LEADING}" w:lineRule="exact"/><w:ind w:left="${SENDER_INDENT}"/>`, '<w:sz w:val="18"/><w:szCs w:val="18"/>') +
  style('Recipient', 'Geadresseerde', `<w:spacing w:after="0" w:line="${RECIPIENT_LEADING}" w:lineRule="exact"/>`) +
  style('Reference', 'Kenmerk', '<w:spacing w:after="0"/>') +
  style('Subject', 'Onderwerp', `<w:keepNext/><w:spacing w:before="${pt(16)}" w:after="${pt(16)}"/>`, '<w:b/>') +
  style('Closing', 'Afsluiting', '<w:keepNext/><w:keepLines/>') +
  style('Signature', 'Ondertekening', `<w:spacing w:before="${pt(42)}"/>`) +
  style('Footer', 'footer', '<w:spacing w:after="0"/><w:jc w:val="right"/>', '<w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/>') +
  `</w:styles>`;

function numberingXml(numbering: Numbering): string {
  const level = (format: string, text: string, left: number, hanging: number) =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr></w:lvl>`;
  const instances = numbering.starts
    .map((start, i) => `<w:num w:numId="${BULLETS + i + 1}"><w:abstractNumId w:val="${NUMBERED}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">` +
    `<w:abstractNum w:abstractNumId="${NUMBERED}"><w:multiLevelType w:val="singleLevel"/>${level('decimal', '%1.', pt(20), pt(20))}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="${BULLETS}"><w:multiLevelType w:val="singleLevel"/>${level('bullet', '•', pt(18), pt(12))}</w:abstractNum>` +
    `<w:num w:numId="${BULLETS}"><w:abstractNumId w:val="${BULLETS}"/></w:num>${instances}</w:numbering>`
  );
}

const field = (instruction: string, shown: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/** From page 2 on, as in the PDF; the first page (titlePg) gets an empty footer. */
const FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="${W}">${paragraph(`${run('pagina ')}${field('PAGE', '2')}${run(' van ')}${field('NUMPAGES', '2')}`, 'Footer')}</w:ftr>`;
const FIRST_FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="${W}">${paragraph('', 'Footer')}</w:ftr>`;

function coreXml(model: LetterModel): string {
  const stamp = `${model.date}T00:00:00Z`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xml(model.meta.title)}</dc:title><dc:subject>${xml(model.meta.subject)}</dc:subject><dc:creator>${xml(model.meta.author)}</dc:creator><dc:language>nl-NL</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
  `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
  `<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const relationships = (rels: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL}">${rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

const PACKAGE_RELS = relationships([
  ['rId1', `${REL_TYPE}/officeDocument`, 'word/document.xml'],
  ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
]);
const DOCUMENT_RELS = relationships([
  ['rIdStyles', `${REL_TYPE}/styles`, 'styles.xml'],
  ['rIdNumbering', `${REL_TYPE}/numbering`, 'numbering.xml'],
  ['rIdFooter', `${REL_TYPE}/footer`, 'footer1.xml'],
  ['rIdFooterFirst', `${REL_TYPE}/footer`, 'footer2.xml'],
]);

export function renderLetterDocx(model: LetterModel): Uint8Array {
  const numbering: Numbering = { starts: [] };
  const document = documentXml(model, numbering);
  const parts: [string, string][] = [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELS],
    ['docProps/core.xml', coreXml(model)],
    ['word/document.xml', document],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/styles.xml', STYLES],
    ['word/numbering.xml', numberingXml(numbering)],
    ['word/footer1.xml', FOOTER],
    ['word/footer2.xml', FIRST_FOOTER],
  ];
  return buildZip(parts.map(([name, text]) => ({ name, bytes: Buffer.from(text, 'utf8'), date: model.date })));
}
