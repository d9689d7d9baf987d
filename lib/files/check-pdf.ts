import { PDFArray, PDFDict, PDFDocument, PDFInvalidObject, PDFName, PDFObject, PDFRef, PDFStream } from 'pdf-lib';

// A PDF is accepted only if pdf-lib can read it, it is not encrypted, and none of its objects can
// run something: JavaScript, launch actions, embedded files, rich media, XFA forms (DESIGN.md,
// security-checks §3.4). Every object is visited — those inside object streams too, as pdf-lib
// unpacks them while parsing — and every dictionary nested in them.

export type PdfCheck = 'ok' | 'encrypted' | 'active-content' | 'damaged';

// Keys whose mere presence means active or embedded content.
const FORBIDDEN_KEYS = new Set(['JavaScript', 'JS', 'AA', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'EF', 'RichMedia', 'RichMediaContent', 'RichMediaExecute', 'XFA']);
// Action types (`/S`) that run code, open other files or send data away.
const FORBIDDEN_ACTIONS = new Set(['JavaScript', 'Launch', 'GoToE', 'GoToR', 'ImportData', 'SubmitForm', 'RichMediaExecute']);
// Object types and subtypes that carry files or programmable content.
const FORBIDDEN_TYPES = new Set(['EmbeddedFile', 'FileAttachment', 'RichMedia', '3D']);
// For objects pdf-lib could not parse, which a lenient reader might still run: a textual search.
const FORBIDDEN_TOKEN = /\/(JavaScript|JS|AA|Launch|OpenAction|EmbeddedFiles?|EF|RichMedia\w*|XFA)(?![A-Za-z0-9])/;

/**
 * The name as a reader sees it. pdf-lib decodes `#XX` escapes only in upper case, so
 * `/#4aavaScript` would otherwise slip through as a name that is not `JavaScript`.
 */
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

function isActive(document: PDFDocument, object: PDFObject): boolean {
  if (object instanceof PDFStream) return isActive(document, object.dict);
  if (object instanceof PDFArray) return object.asArray().some((item) => isActive(document, item));
  if (object instanceof PDFInvalidObject) return FORBIDDEN_TOKEN.test(rawText(object));
  if (!(object instanceof PDFDict)) return false;

  for (const [key, value] of object.entries()) {
    const name = readName(key);
    if (FORBIDDEN_KEYS.has(name)) return true;
    // Opening on a page (a destination array) is harmless; an action dictionary is not.
    if (name === 'OpenAction' && !(document.context.lookup(value) instanceof PDFArray)) return true;
    if (name === 'S' && FORBIDDEN_ACTIONS.has(nameValue(value) ?? '')) return true;
    if ((name === 'Type' || name === 'Subtype') && FORBIDDEN_TYPES.has(nameValue(value) ?? '')) return true;
    // Indirect values are visited on their own by the walk over every object.
    if (!(value instanceof PDFRef) && isActive(document, value)) return true;
  }
  return false;
}

export async function checkPdf(bytes: Uint8Array): Promise<PdfCheck> {
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

  for (const [, object] of document.context.enumerateIndirectObjects()) {
    // An object stream pdf-lib could not unpack may hide anything: refuse rather than guess.
    if (object instanceof PDFInvalidObject && /\/ObjStm\b/.test(rawText(object))) return 'damaged';
    if (isActive(document, object)) return 'active-content';
  }
  return 'ok';
}
