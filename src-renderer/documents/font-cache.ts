import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Fonts parsed once per engine, not once per document. pdfmake opens every font a document
 * uses anew for each `createPdf`: fontkit parses the TrueType file again, decodes its
 * substitution and positioning tables (GSUB, GPOS) again as the first lines are measured, and
 * pdfkit measures every word again — two thirds of a one-page certificate's time. Here the
 * parsed font and pdfkit's cache of measured words are kept per font file and handed to each
 * new document; what belongs to one document stays its own (pdfkit's `EmbeddedFont` with its
 * subset of glyphs, its id and its PDF objects), so the file is the same byte for byte.
 *
 * This reaches into pdfmake 0.3's `PDFDocument.provideFont` (the one place a document asks
 * for a font) and pdfkit's `EmbeddedFont`; where they are not what this expects, documents
 * are simply rendered as before (`shareParsedFonts` answers false). Tested on the rendered
 * PDF (tests/unit/documents/font-cache.test.ts).
 */

/** pdfkit's font of one document: fontkit's parsed font inside, and its measured words. */
type EmbeddedFont = {
  font: object;
  id: string;
  name?: string;
  subset: object;
  layoutCache?: Record<string, unknown>;
};
type EmbeddedFontClass = new (document: PdfKitDocument, font: object, id: string) => EmbeddedFont;

/** What of pdfmake's PDFDocument (a pdfkit document) this uses. */
type PdfKitDocument = {
  fontCache: Record<string, Record<string, EmbeddedFont>>;
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontCount: number;
  _font: EmbeddedFont | null;
  getFontType(bold: boolean, italics: boolean): string;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont;
};

/** One font file, parsed. */
type Parsed = { make: EmbeddedFontClass; font: object; layoutCache?: Record<string, unknown> };

/** The engine as this needs it: pdfmake's `createPdf` hands out the pdfkit document too. */
export type StreamingEngine = {
  createPdf(definition: TDocumentDefinitions): { getStream(): Promise<unknown> };
};

/**
 * Words measured per font before its cache is started afresh: a bound on memory over a long
 * day of printing (a word is a few hundred bytes; documents repeat most of theirs).
 */
export const MEASURED_WORDS_LIMIT = 50_000;

const PATCHED = Symbol.for('aktywator.sharedFonts');

/** The parsed fonts of every patched engine, and how many documents have reused them. */
export type FontCacheStats = { parsed: number; reused: number };
const stats: FontCacheStats = { parsed: 0, reused: 0 };
export const fontCacheStats = (): FontCacheStats => ({ ...stats });

function isEmbeddedFont(font: unknown): font is EmbeddedFont {
  if (typeof font !== 'object' || font === null) return false;
  const f = font as Partial<EmbeddedFont>;
  return (
    typeof f.font === 'object' &&
    f.font !== null &&
    typeof f.subset === 'object' &&
    typeof f.id === 'string' &&
    typeof font.constructor === 'function'
  );
}

function isPdfKitDocument(doc: unknown): doc is PdfKitDocument {
  if (typeof doc !== 'object' || doc === null) return false;
  const d = doc as Partial<PdfKitDocument>;
  return (
    typeof d.provideFont === 'function' &&
    typeof d.getFontType === 'function' &&
    typeof d.getFontFile === 'function' &&
    typeof d.fontCache === 'object' &&
    typeof d._fontFamilies === 'object' &&
    typeof d._fontCount === 'number'
  );
}

/** fontkit's cache of glyph objects, by glyph id. */
type GlyphCache = Record<number, { codePoints: number[] } | undefined>;

function forgetGlyphs(font: object): void {
  const glyphs = (font as { _glyphs?: GlyphCache })._glyphs;
  if (glyphs && typeof glyphs === 'object') (font as { _glyphs: GlyphCache })._glyphs = {};
}

/**
 * Makes every later document of `engine` reuse the fonts parsed by an earlier one. True when
 * the engine is pdfmake as expected (or was patched already); false leaves it untouched.
 */
export async function shareParsedFonts(engine: StreamingEngine): Promise<boolean> {
  // A document with no text at all: only to reach the class of pdfmake's documents.
  const doc = await engine.createPdf({ content: [] }).getStream();
  if (!isPdfKitDocument(doc)) return false;
  const proto = Object.getPrototypeOf(doc) as PdfKitDocument & { [PATCHED]?: true };
  if (proto[PATCHED]) return true;
  const original = proto.provideFont;
  const parsedFonts = new Map<string, Parsed>();

  proto.provideFont = function provideFont(family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const opened = this.fontCache[family]?.[type];
    if (opened) return opened;
    const file = this.getFontFile(family, bold, italics);
    // A font given as bytes rather than a name has no stable key: opened as pdfmake does.
    const key = typeof file === 'string' ? JSON.stringify([family, type, file]) : null;
    const parsed = key === null ? undefined : parsedFonts.get(key);
    if (!parsed) {
      const font = original.call(this, family, bold, italics);
      if (key !== null && isEmbeddedFont(font)) {
        stats.parsed++;
        parsedFonts.set(key, {
          make: font.constructor as EmbeddedFontClass,
          font: font.font,
          layoutCache: font.layoutCache,
        });
      }
      return font;
    }
    stats.reused++;
    forgetGlyphs(parsed.font);
    // As pdfkit's `font()` opens one: a new id and a subset of its own, registered so that
    // the document embeds it when it ends.
    const font = new parsed.make(this, parsed.font, `F${++this._fontCount}`);
    if (font.layoutCache && parsed.layoutCache) {
      if (Object.keys(parsed.layoutCache).length > MEASURED_WORDS_LIMIT) {
        parsed.layoutCache = font.layoutCache;
      }
      font.layoutCache = parsed.layoutCache;
    }
    const name = font.name && !this._fontFamilies[font.name] ? font.name : font.id;
    this._fontFamilies[name] = font;
    this._font = font;
    (this.fontCache[family] ??= {})[type] = font;
    return font;
  };
  proto[PATCHED] = true;
  return true;
}
