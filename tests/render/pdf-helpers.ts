// Helpers for the PDF tests: text per page (unpdf), text positions, external poppler tools.
import { execFileSync } from 'node:child_process';
import { extractText, getDocumentProxy } from 'unpdf';

/** unpdf (pdf.js) may detach the buffer it gets, so every call gets its own copy. */
const copy = (pdf: Uint8Array) => new Uint8Array(pdf);

export async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const { text } = await extractText(copy(pdf), { mergePages: false });
  return text;
}

export const PAGE_NUMBER = /pagina (\d+) van (\d+)/;

/** All text of the document without page numbers, as whitespace-separated words. */
export async function pdfWords(pdf: Uint8Array): Promise<string[]> {
  const pages = await pageTexts(pdf);
  return pages
    .map((t) => t.replace(new RegExp(PAGE_NUMBER.source, 'g'), ' '))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
}

export interface TextItem {
  page: number;
  str: string;
  x: number;
  y: number;
  width: number;
}

/** Every text item with its baseline position and width in points. */
export async function textItems(pdf: Uint8Array): Promise<TextItem[]> {
  const doc = await getDocumentProxy(copy(pdf));
  const items: TextItem[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      items.push({ page: p, str: item.str, x: item.transform[4], y: item.transform[5], width: item.width });
    }
  }
  return items;
}

export function hasTool(name: string, versionFlag = '-v'): boolean {
  try {
    execFileSync(name, [versionFlag], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
