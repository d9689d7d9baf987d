import { createInflate, constants as zlibConstants, inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFObjectParser,
  PDFObjectStreamParser,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';

// docs/security.md §3 check 4. pdf-lib reads the body from start to end, keeps the last definition
// of each object, ignores the cross-reference table and unpacks only streams typed `/ObjStm`; a
// reader follows the cross-reference, so an object can hide from pdf-lib where a reader finds it
// (an earlier duplicate, a comment, stream data, an object stream that does not call itself one).
// Hence a first walk over every place that reads as an object definition and every stream shaped
// like an object stream, which also keeps pdf-lib from loading what would exhaust the server.

export type PdfCheck = 'ok' | 'encrypted' | 'active-content' | 'damaged' | 'too-complex' | 'trailing-data';

// Keys whose mere presence means active or embedded content.
const FORBIDDEN_KEYS = new Set([
  'JavaScript',
  'JS',
  'AA',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'EF',
  'RichMedia',
  'RichMediaContent',
  'RichMediaExecute',
  'XFA',
]);
// Action types (`/S`) that run code, open other files or send data away.
const FORBIDDEN_ACTIONS = new Set(['JavaScript', 'Launch', 'GoToE', 'GoToR', 'ImportData', 'SubmitForm', 'RichMediaExecute']);
// Object types and subtypes that carry files or programmable content.
const FORBIDDEN_TYPES = new Set(['EmbeddedFile', 'FileAttachment', 'RichMedia', '3D']);
// pdf-lib holds every object (about 600 bytes each) and inflates every structure stream whole,
// without limit. These limits are far above any justificatif (a 200-page scan has about 1 000
// objects); at the limit, the check takes about 4 s.
export const MAX_PDF_OBJECTS = 50_000;
// Decoded object and cross-reference streams, all together.
export const MAX_STRUCTURE_BYTES = 32 * 1024 * 1024;
// Decoded page contents, fonts, forms… (every Flate stream but images), all together: a viewer —
// the agents' preview — and the antivirus inflate them whole. A content stream of 0.5 MB can
// inflate to 512 MiB; a page of text is a few KB, a detailed plan a few MB.
export const MAX_CONTENT_BYTES = 100 * 1024 * 1024;
// For objects pdf-lib could not parse, which a lenient reader might still run: a textual search.
const FORBIDDEN_TOKEN = /\/(JavaScript|JS|AA|Launch|OpenAction|EmbeddedFiles?|EF|RichMedia\w*|XFA)(?![A-Za-z0-9])/;

/** pdf-lib decodes `#XX` escapes only in upper case: `/#4aavaScript` would otherwise slip through. */
function readName(name: PDFName): string {
  return name.decodeText().replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function rawText(object: PDFInvalidObject): string {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return Buffer.from(bytes).toString('latin1');
}

function nameValue(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFName ? readName(object) : undefined;
}

function isUriAction(dict: PDFDict): boolean {
  return dict.entries().some(([key, value]) => readName(key) === 'S' && nameValue(value) === 'URI');
}

// Not `file:` (a network share leaks Windows credentials), nor a reference (which a duplicate
// definition could make anything). Browsers drop tabs and newlines: `java\tscript:` still runs.
function isWebLink(value: PDFObject): boolean {
  if (!(value instanceof PDFString || value instanceof PDFHexString)) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return /^(https?|mailto):/i.test(value.decodeText().replace(/[\u0000-\u0020\u007f]/g, ''));
}

/** Whether an /OpenAction value only opens a page (a destination array), which is harmless. */
type OpensPage = (value: PDFObject) => boolean;

function isActive(object: PDFObject, opensPage: OpensPage): boolean {
  if (object instanceof PDFStream) return isActive(object.dict, opensPage);
  if (object instanceof PDFArray) return object.asArray().some((item) => isActive(item, opensPage));
  if (object instanceof PDFInvalidObject) return FORBIDDEN_TOKEN.test(rawText(object));
  if (!(object instanceof PDFDict)) return false;

  for (const [key, value] of object.entries()) {
    const name = readName(key);
    if (FORBIDDEN_KEYS.has(name)) return true;
    if (name === 'OpenAction' && !opensPage(value)) return true;
    if (name === 'S' && FORBIDDEN_ACTIONS.has(nameValue(value) ?? '')) return true;
    if (name === 'URI' && isUriAction(object) && !isWebLink(value)) return true;
    if ((name === 'Type' || name === 'Subtype') && FORBIDDEN_TYPES.has(nameValue(value) ?? '')) return true;
    // Indirect values are visited on their own by the walk over every object.
    if (!(value instanceof PDFRef) && isActive(value, opensPage)) return true;
  }
  return false;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const isDigit = (byte: number) => byte >= 0x30 && byte <= 0x39;

/** Offsets just after each `N G obj` in the bytes, wherever it is (comments, stream data…). */
function* definitionOffsets(bytes: Buffer): Generator<number> {
  for (let found = bytes.indexOf('obj'); found >= 0; found = bytes.indexOf('obj', found + 3)) {
    let at = found - 1;
    while (at >= 0 && WHITESPACE.has(bytes[at])) at -= 1;
    const generationEnd = at;
    while (at >= 0 && isDigit(bytes[at])) at -= 1;
    if (at === generationEnd || at < 0 || !WHITESPACE.has(bytes[at])) continue;
    while (at >= 0 && WHITESPACE.has(bytes[at])) at -= 1;
    if (at >= 0 && isDigit(bytes[at])) yield found + 3;
  }
}

function typeOf(dict: PDFDict): PDFObject | undefined {
  return dict.entries().find(([key]) => readName(key) === 'Type')?.[1];
}

/** An object stream as pdf-lib sees one (`/Type /ObjStm`) or as a reader may use one (`/N` and `/First`, whatever its type). */
function isObjectStream(dict: PDFDict): boolean {
  const keys = new Set(dict.keys().map(readName));
  return (keys.has('N') && keys.has('First')) || nameValue(typeOf(dict)) === 'ObjStm';
}

/** The streams that pdf-lib, or this check, decodes while reading the structure: object and cross-reference streams. */
function isStructureStream(dict: PDFDict): boolean {
  const type = typeOf(dict);
  // A type given by reference is resolved by pdf-lib's parser: it could be /ObjStm.
  return isObjectStream(dict) || nameValue(type) === 'XRef' || type instanceof PDFRef;
}

function filtersOf(dict: PDFDict): PDFObject[] {
  const filter = dict.entries().find(([key]) => readName(key) === 'Filter')?.[1];
  return filter instanceof PDFArray ? filter.asArray() : filter === undefined ? [] : [filter];
}

/** A Flate stream other than an image (whose size its dimensions bound): its decoded size is budgeted. */
function isBudgetedContent(dict: PDFDict): boolean {
  const subtype = dict.entries().find(([key]) => readName(key) === 'Subtype')?.[1];
  return nameValue(filtersOf(dict)[0]) === 'FlateDecode' && nameValue(subtype) !== 'Image';
}

/** Inflates as a stream, holding nothing: the decoded size (up to the corruption, if any), 'over-budget' beyond `budget`. */
function inflatedSize(contents: Uint8Array, budget: number): Promise<number | 'over-budget'> {
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: zlibConstants.Z_SYNC_FLUSH });
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        inflate.destroy();
        resolve('over-budget');
      }
    });
    inflate.on('error', () => resolve(size));
    inflate.on('end', () => resolve(size));
    inflate.end(contents);
  });
}

type ByteStream = ConstructorParameters<typeof PDFObjectParser>[0];

/** Parses the object after an `obj` keyword; of a stream, only its dictionary, unless it is a structure stream. */
class DefinitionParser extends PDFObjectParser {
  static over(bytes: Uint8Array, context: PDFContext): DefinitionParser {
    // pdf-lib does not export its ByteStream: borrow the one its own factory makes.
    const { bytes: stream } = PDFObjectParser.forBytes(bytes, context) as unknown as { bytes: ByteStream };
    return new DefinitionParser(stream, context);
  }

  parseAt(offset: number): PDFObject {
    this.bytes.moveTo(offset);
    this.skipWhitespaceAndComments();
    if (this.bytes.peek() === 0x3c && this.bytes.peekAhead(1) === 0x3c) {
      const dict = this.parseDict();
      if (!isStructureStream(dict) && !isBudgetedContent(dict)) return dict;
      this.bytes.moveTo(offset);
      this.skipWhitespaceAndComments();
    }
    return this.parseObject();
  }
}

/** A context that keeps every object assigned to it, duplicates included, in a list. */
function collectingContext(): { context: PDFContext; objects: PDFObject[] } {
  const context = PDFContext.create();
  const objects: PDFObject[] = [];
  context.assign = (_ref: PDFRef, object: PDFObject) => void objects.push(object);
  return { context, objects };
}

function* definitions(bytes: Buffer): Generator<PDFObject | { unparsed: string }> {
  const parser = DefinitionParser.over(bytes, collectingContext().context);
  for (const offset of definitionOffsets(bytes)) {
    let object: PDFObject;
    try {
      object = parser.parseAt(offset);
    } catch {
      const end = bytes.indexOf('endobj', offset);
      yield { unparsed: bytes.toString('latin1', offset, end < 0 ? bytes.length : end) };
      continue;
    }
    yield object;
  }
}

/** 'over-budget' beyond `budget` bytes; undefined if neither plain nor Flate-compressed, or corrupt. */
function decodedSize(stream: PDFRawStream, budget: number): number | 'over-budget' | undefined {
  const filters = filtersOf(stream.dict);
  if (filters.length === 0) return stream.contents.length <= budget ? stream.contents.length : 'over-budget';
  if (filters.length > 1 || nameValue(filters[0]) !== 'FlateDecode') return undefined;
  try {
    return inflateSync(stream.contents, { maxOutputLength: budget, finishFlush: zlibConstants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'over-budget' : undefined;
  }
}

function objectCount(dict: PDFDict): number {
  const n = dict.entries().find(([key]) => readName(key) === 'N')?.[1];
  return n instanceof PDFNumber ? n.asNumber() : 0;
}

// An /OpenAction given by reference is left to pdf-lib's walk, which resolves it; a definition
// pdf-lib did not keep can only be an action other than those refused here on their own.
async function checkEveryDefinition(bytes: Buffer): Promise<PdfCheck | undefined> {
  // Counting the definitions costs no parsing: a file of too many is refused at once.
  let objects = 0;
  for (const _ of definitionOffsets(bytes)) if (++objects > MAX_PDF_OBJECTS) return 'too-complex';
  // Ciphered structure streams cannot be decoded; the person should hear why.
  const unreadable: PdfCheck = bytes.includes('/Encrypt') ? 'encrypted' : 'damaged';
  const opensPage: OpensPage = (value) => value instanceof PDFArray || value instanceof PDFRef;
  let budget = MAX_STRUCTURE_BYTES;
  let contentBudget = MAX_CONTENT_BYTES;
  for (const object of definitions(bytes)) {
    if ('unparsed' in object) {
      if (FORBIDDEN_TOKEN.test(object.unparsed)) return 'active-content';
      continue;
    }
    if (isActive(object, opensPage)) return 'active-content';
    if (!(object instanceof PDFRawStream)) continue;
    if (!isStructureStream(object.dict)) {
      // A corrupt page stream is the viewer's business (it shows a blank page), not a reason to refuse.
      const size = await inflatedSize(object.contents, contentBudget);
      if (size === 'over-budget') return 'too-complex';
      contentBudget -= size;
      continue;
    }
    const size = decodedSize(object, budget);
    if (size === 'over-budget') return 'too-complex';
    if (size === undefined) return unreadable;
    budget -= size;
    if (!isObjectStream(object.dict)) continue;
    objects += objectCount(object.dict);
    if (objects > MAX_PDF_OBJECTS) return 'too-complex';
    const unpacked = collectingContext();
    try {
      await PDFObjectStreamParser.forStream(PDFRawStream.of(object.dict.clone(unpacked.context), object.contents)).parseIntoContext();
    } catch {
      // An object stream we cannot unpack may hide anything: refuse rather than guess.
      return unreadable;
    }
    if (unpacked.objects.some((packed) => isActive(packed, opensPage))) return 'active-content';
  }
  return undefined;
}

const END_OF_FILE = Buffer.from('%%EOF', 'latin1');
// A ZIP ends with its end-of-central-directory record (22 bytes and a comment of up to 64 KiB),
// which archive tools look for from the end; the central directory it points to comes before.
const ZIP_END_SIGNATURE = Buffer.from('PK\x05\x06', 'latin1');
const ZIP_CENTRAL_SIGNATURE = Buffer.from('PK\x01\x02', 'latin1');
const ZIP_END_SEARCH_BYTES = 22 + 0xffff;

/** Whether archive tools would open the end of `bytes` as a ZIP: its last record, and the central directory where that record says. */
function endsWithZip(bytes: Buffer): boolean {
  const from = Math.max(0, bytes.length - ZIP_END_SEARCH_BYTES);
  for (let at = bytes.lastIndexOf(ZIP_END_SIGNATURE); at >= from; at = at > 0 ? bytes.lastIndexOf(ZIP_END_SIGNATURE, at - 1) : -1) {
    if (at + 22 > bytes.length) continue;
    const entries = bytes.readUInt16LE(at + 10);
    const centralSize = bytes.readUInt32LE(at + 12);
    const central = at - centralSize;
    if (entries === 0 || central < 0) continue;
    if (bytes.subarray(central, central + 4).equals(ZIP_CENTRAL_SIGNATURE)) return true;
  }
  return false;
}

/**
 * A polyglot: data after the last %%EOF (readers ignore it, other tools open it), or a ZIP ending
 * the file wherever it hides. Several %%EOF are legitimate (incremental updates, signatures,
 * linearization): only what follows the last one counts.
 */
function hasTrailingData(bytes: Buffer): PdfCheck | undefined {
  const end = bytes.lastIndexOf(END_OF_FILE);
  if (end < 0) return 'damaged';
  for (let at = end + END_OF_FILE.length; at < bytes.length; at += 1) if (!WHITESPACE.has(bytes[at])) return 'trailing-data';
  return endsWithZip(bytes) ? 'trailing-data' : undefined;
}

export async function checkPdf(input: Uint8Array): Promise<PdfCheck> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const trailing = hasTrailingData(bytes);
  if (trailing) return trailing;
  const everyDefinition = await checkEveryDefinition(bytes);
  if (everyDefinition) return everyDefinition;
  let document: PDFDocument;
  try {
    // Loaded even if encrypted so that encryption is decided here, by one rule, rather than
    // from pdf-lib's error (its classes compile to ES5: `instanceof EncryptedPDFError` fails).
    document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    if (document.getPageCount() < 1) return 'damaged';
  } catch {
    return 'damaged';
  }
  // pdf-lib's isEncrypted needs /Encrypt to resolve; a dangling one still means the strings and
  // object streams are ciphered, which would hide them from the walk below.
  if (document.isEncrypted || document.context.trailerInfo.Encrypt !== undefined) return 'encrypted';

  const opensPage: OpensPage = (value) => document.context.lookup(value) instanceof PDFArray;
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (object instanceof PDFInvalidObject && /\/ObjStm\b/.test(rawText(object))) return 'damaged';
    if (isActive(object, opensPage)) return 'active-content';
  }
  return 'ok';
}
