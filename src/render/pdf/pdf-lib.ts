// The one place that loads pdf-lib at run time. We load its single-file build
// (dist/pdf-lib.min.js, same code as the package's entry point) with require():
// - the package entry (cjs/index.js) is ~140 small modules: ~130 ms to resolve and compile,
//   against ~45 ms for the one bundled file;
// - an ESM `import` of a CommonJS package also runs Node's export lexer over it.
// Everything in src/render/pdf must take pdf-lib values from here, and so must tests that mix
// their own pdf-lib objects with ours: pdf-lib checks fonts with `instanceof`, and the two
// builds have distinct classes.
import { createRequire } from 'node:module';

type PdfLib = typeof import('pdf-lib');

const lib = createRequire(import.meta.url)('pdf-lib/dist/pdf-lib.min.js') as PdfLib;

export const { CustomFontEmbedder, PDFDocument, PDFFont, PDFHexString, PDFString, rgb } = lib;

export type CustomFontEmbedder = import('pdf-lib').CustomFontEmbedder;
export type PDFDocument = import('pdf-lib').PDFDocument;
export type PDFFont = import('pdf-lib').PDFFont;
export type PDFHexString = import('pdf-lib').PDFHexString;
export type PDFString = import('pdf-lib').PDFString;
export type { PDFContext, PDFPage, PDFRef } from 'pdf-lib';
