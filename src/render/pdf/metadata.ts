// The document's metadata and what makes the letter PDF/A-2b (ISO 19005-2, level B): the Info
// dictionary and the same facts as XMP with the PDF/A identification, an sRGB output intent, and a
// document ID in the trailer. All from the letter model and the given date, so the same letter gives
// the same bytes. The rest of level B is in how the letter is drawn: every font embedded
// (./font-embedder.ts), no transparency, no encryption, no actions or JavaScript.
import { createHash } from 'node:crypto';
import type { IsoDate } from '../../core/dates.js';
import type { LetterModel } from '../../core/letters/model.js';
import { PDFHexString, PDFString, type PDFDocument } from './pdf-lib.js';
import { xmlText } from '../xml-text.js';
import { srgbProfile } from './srgb-icc.js';

const PRODUCER = 'woo';
const OUTPUT_CONDITION = 'sRGB IEC61966-2.1';

/** XMP (ISO 16684-1) with the Info dictionary's facts; PDF/A requires the two to agree (ISO 19005-2, 6.6.2.3). */
function xmp(meta: LetterModel['meta'], stamp: string): string {
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xmlText(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<pdfaid:part>2</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xmlText(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(meta.subject)}</dc:description>`,
    '<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>',
    `<xmp:CreatorTool>${PRODUCER}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${stamp}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${stamp}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${stamp}</xmp:MetadataDate>`,
    `<pdf:Producer>${PRODUCER}</pdf:Producer>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

export function setArchiveMetadata(doc: PDFDocument, letter: LetterModel, creationDate: IsoDate): void {
  const date = new Date(`${creationDate}T00:00:00Z`);
  doc.setTitle(letter.meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(letter.meta.author);
  doc.setSubject(letter.meta.subject);
  doc.setLanguage('nl-NL');
  doc.setCreator(PRODUCER);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const { context, catalog } = doc;
  // Unfiltered, so that tools that do not decode PDF streams can still find and read it.
  const metadata = context.stream(Buffer.from(xmp(letter.meta, `${creationDate}T00:00:00Z`), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(context.obj('Metadata'), context.register(metadata));

  const profile = context.register(context.flateStream(srgbProfile(), { N: 3 }));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(OUTPUT_CONDITION),
    Info: PDFString.of(OUTPUT_CONDITION),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: profile,
  });
  catalog.set(context.obj('OutputIntents'), context.obj([intent]));

  // The document ID (ISO 32000-1, 14.4): derived from what the letter says and its date, not from the clock.
  const id = createHash('sha256').update(JSON.stringify(letter)).update(creationDate).digest('hex').slice(0, 32);
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
