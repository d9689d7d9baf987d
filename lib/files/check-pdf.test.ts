import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '@/e2e/fixtures/files/corpus';
import { encryptedPdf } from '@/e2e/fixtures/files/generators';
import { indirectObject, objectStreamData, onePageObjects, rawPdf, rawPdfBody, rawPdfWithXrefStream } from '@/e2e/fixtures/files/raw-pdf';
import { checkPdf, MAX_PDF_OBJECTS } from './check-pdf';

async function pdfLibDocument(change: (document: PDFDocument) => void, useObjectStreams = true): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage();
  change(document);
  return document.save({ useObjectStreams });
}

describe('checkPdf', () => {
  it('accepts a plain document, with or without object streams', async () => {
    expect(await checkPdf(readFileSync(fixturePath('attestation.pdf')))).toBe('ok');
    expect(await checkPdf(await pdfLibDocument(() => undefined, false))).toBe('ok');
    expect(await checkPdf(rawPdf(onePageObjects()))).toBe('ok');
  });

  it('accepts an /OpenAction that only opens a page, refuses any action dictionary there', async () => {
    const toPage = await pdfLibDocument((document) => {
      document.catalog.set(PDFName.of('OpenAction'), document.context.obj([document.getPage(0).ref, 'Fit']));
    });
    expect(await checkPdf(toPage)).toBe('ok');
    const goTo = await pdfLibDocument((document) => {
      document.catalog.set(PDFName.of('OpenAction'), document.context.obj({ S: 'GoTo', D: [document.getPage(0).ref, 'Fit'] }));
    });
    expect(await checkPdf(goTo)).toBe('active-content');
  });

  it('finds JavaScript in an object stream, without object streams, and behind a reference', async () => {
    for (const useObjectStreams of [true, false]) {
      const bytes = await pdfLibDocument((document) => {
        const action = document.context.register(document.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
        document.catalog.set(PDFName.of('Names'), document.context.obj({ JavaScript: document.context.obj({ Names: [PDFString.of('a'), action] }) }));
      }, useObjectStreams);
      expect(await checkPdf(bytes), `useObjectStreams: ${useObjectStreams}`).toBe('active-content');
    }
  });

  it('reads names as a reader does, #-escapes in either case', async () => {
    expect(await checkPdf(rawPdf(onePageObjects('/Foo << /J#53 (app.alert(1)) >> ')))).toBe('active-content');
    expect(await checkPdf(rawPdf(onePageObjects('/Foo << /#4aS (app.alert(1)) >> ')))).toBe('active-content');
    expect(await checkPdf(rawPdf(onePageObjects('', '/#61#61 << /O 4 0 R >> ')))).toBe('ok'); // /aa is not /AA
  });

  it('refuses actions that run, open or send elsewhere, nested inline in annotations; allows web links', async () => {
    const annotation = (action: string) => rawPdf(onePageObjects('', `/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A ${action} >>] `));
    expect(await checkPdf(annotation('<< /S /URI /URI (https://www.exemple.fr/) >>'))).toBe('ok');
    expect(await checkPdf(annotation('<< /S /URI /URI (mailto:accueil@exemple.fr) >>'))).toBe('ok');
    expect(await checkPdf(annotation('<< /S /URI /URI (  HTTPS://www.exemple.fr/) >>'))).toBe('ok');
    expect(await checkPdf(annotation('<< /S /URI /URI (JavaScript:app.alert\\(1\\)) >>'))).toBe('active-content');
    expect(await checkPdf(annotation('<< /S /URI /URI (file:///C:/Windows/) >>'))).toBe('active-content');
    expect(await checkPdf(annotation('<< /S /URI /URI 9 0 R >>'))).toBe('active-content');
    expect(await checkPdf(annotation('<< /S /GoToR /F (\\\\\\\\serveur\\\\partage\\\\a.pdf) /D [0 /Fit] >>'))).toBe('active-content');
    expect(await checkPdf(annotation('<< /S /SubmitForm /F (https://www.exemple.fr/) >>'))).toBe('active-content');
    expect(await checkPdf(annotation('<< /S /Launch /F (calc.exe) >>'))).toBe('active-content');
    expect(await checkPdf(rawPdf(onePageObjects('', '/AA << /O << /S /URI /URI (https://www.exemple.fr/) >> >> ')))).toBe('active-content');
  });

  it('refuses XFA forms and file attachment annotations', async () => {
    expect(await checkPdf(rawPdf(onePageObjects('/AcroForm << /Fields [] /XFA 4 0 R >> ')))).toBe('active-content');
    expect(await checkPdf(rawPdf(onePageObjects('', '/Annots [<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS (a.txt) >>] ')))).toBe(
      'active-content',
    );
  });

  it('calls a file encrypted when its trailer names /Encrypt, even one that does not resolve', async () => {
    const encrypted = encryptedPdf();
    await expect(PDFDocument.load(encrypted)).rejects.toThrow('is encrypted');
    expect(await checkPdf(encrypted)).toBe('encrypted');
    expect(await checkPdf(rawPdf(onePageObjects(), '/Encrypt 9 0 R '))).toBe('encrypted');
  });

  // The refusals of hidden objects are in the bad-file corpus (handle-upload.integration.test.ts);
  // here, that looking where readers look does not refuse ordinary files.
  it('accepts an incremental update (an object defined again later) and comments that mention objects', async () => {
    const pageObjects = onePageObjects('', '/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A 4 0 R >>] ');
    const body =
      pageObjects.map((object, index) => indirectObject(index + 1, object)).join('') +
      indirectObject(4, '<< /S /URI /URI (https://www.exemple.fr/a) >>') +
      '% 7 0 obj est un commentaire\n' +
      indirectObject(4, '<< /S /URI /URI (https://www.exemple.fr/b) >>');
    expect(
      await checkPdf(
        rawPdfBody(body, [
          ...[1, 2, 3].map((object) => ({ object, at: `${object} 0 obj\n` })),
          { object: 4, at: '4 0 obj\n<< /S /URI /URI (https://www.exemple.fr/b)' },
        ]),
      ),
    ).toBe('ok');
  });

  it('unpacks an object stream that does not say so: accepted when harmless, damaged when unreadable', async () => {
    const packed = objectStreamData([[4, '<< /Producer (Guichet) >>']]);
    const withStream = (stream: string) =>
      rawPdfWithXrefStream(
        onePageObjects('/Info 4 0 R ')
          .map((object, index) => indirectObject(index + 1, object))
          .join('') + indirectObject(5, stream),
        [...[1, 2, 3, 5].map((object) => ({ object, at: `${object} 0 obj\n` })), { object: 4, inStream: 5, index: 0 }],
        6,
      );
    expect(await checkPdf(withStream(`<< /N 1 /First ${packed.first} /Length ${packed.data.length} >>\nstream\n${packed.data}\nendstream`))).toBe('ok');
    expect(await checkPdf(withStream(`<< /N 1 /First ${packed.first} /Filter /FlateDecode /Length 12 >>\nstream\npas du zlib !\nendstream`))).toBe('damaged');
  });

  it('decodes object streams only if plain or Flate-compressed (a bomb is refused before pdf-lib inflates it: bad-file corpus)', async () => {
    const packed = objectStreamData([[4, '<< /Producer (Guichet) >>']]);
    const hex = Buffer.from(packed.data, 'latin1').toString('hex');
    const body =
      onePageObjects('/Info 4 0 R ')
        .map((object, index) => indirectObject(index + 1, object))
        .join('') +
      indirectObject(5, `<< /Type /ObjStm /N 1 /First ${packed.first} /Filter /ASCIIHexDecode /Length ${hex.length + 1} >>\nstream\n${hex}>\nendstream`);
    const entries = [...[1, 2, 3, 5].map((object) => ({ object, at: `${object} 0 obj\n` })), { object: 4, inStream: 5, index: 0 }];
    expect(await checkPdf(rawPdfWithXrefStream(body, entries, 6))).toBe('damaged');
  });

  it('refuses as too complex, before pdf-lib loads it, a file of more than MAX_PDF_OBJECTS objects (object streams: bad-file corpus)', async () => {
    const objects = (count: number) => [...onePageObjects(), ...Array.from({ length: count - 3 }, () => 'null')];
    expect(await checkPdf(rawPdf(objects(MAX_PDF_OBJECTS)))).toBe('ok');
    expect(await checkPdf(rawPdf(objects(MAX_PDF_OBJECTS + 1)))).toBe('too-complex');
  }, 30_000);

  it('calls damaged what pdf-lib cannot read as a document with pages', async () => {
    expect(await checkPdf(Buffer.from('%PDF-1.7\nceci n’est pas un PDF\n'))).toBe('damaged');
    expect(await checkPdf(Buffer.from('%PDF-1.7\n'))).toBe('damaged');
    expect(await checkPdf(rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']))).toBe('damaged');
  });
});
