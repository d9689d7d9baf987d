import 'server-only';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { frenchSpacing, NBSP } from '@/lib/format/french-spacing';

// The « Récépissé de dépôt »: what was deposited, when, by whom. Standard Helvetica (no font file
// to ship) encodes WinAnsi only: characters outside it are replaced rather than failing the deposit.
// Lines break at ordinary spaces only, so French spacing (U+00A0) keeps « : » with its word.

export type ReceiptContent = {
  number: string;
  procedureTitle: string;
  /** Already formatted in Paris time, e.g. « 29 novembre 2026 à 11 h 42 ». */
  submittedAt: string;
  applicant: string;
  profile: string | null;
  answers: { label: string; value: string }[];
  documents: { label: string; files: string[] }[];
};

const DEPARTMENT = 'Conseil départemental';
const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function encodable(text: string): string {
  return Array.from(
    frenchSpacing(text)
      .replace(/[\u202f\u2009]/g, NBSP)
      .replace(/\r/g, ''),
  )
    .map((char) =>
      char === '\n' || (char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) <= 0xff && char.charCodeAt(0) !== 0x7f) || WIN_ANSI_EXTRAS.has(char) ? char : '?',
    )
    .join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of encodable(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      // A word longer than the line (an URL, a long number): cut it.
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export async function buildReceiptPdf(content: ReceiptContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Récépissé de dépôt ${content.number}`);
  pdf.setAuthor(DEPARTMENT);
  pdf.setCreator('Guichet');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;

  const write = (text: string, { font = regular, size = 10, gap = 4, indent = 0 }: { font?: PDFFont; size?: number; gap?: number; indent?: number } = {}) => {
    for (const line of wrap(text, font, size, width - indent)) {
      if (y - size < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= size;
      page.drawText(line, { x: PAGE.margin + indent, y, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= 3;
    }
    y -= gap;
  };

  write(DEPARTMENT, { font: bold, size: 12 });
  write('Récépissé de dépôt', { font: bold, size: 20, gap: 12 });
  write(`Numéro du dossier : ${content.number}`, { font: bold, size: 12 });
  write(`Démarche : ${content.procedureTitle}`);
  write(`Déposé le ${content.submittedAt}`);
  write(`Demandeur : ${content.applicant}`);
  if (content.profile) write(`Pour le compte de : ${content.profile}`);
  y -= 8;
  write('Réponses', { font: bold, size: 14, gap: 6 });
  for (const answer of content.answers) {
    write(answer.label, { font: bold, gap: 0 });
    write(answer.value, { indent: 12 });
  }
  y -= 8;
  write('Pièces justificatives reçues', { font: bold, size: 14, gap: 6 });
  if (content.documents.length === 0) write('Aucune');
  for (const document of content.documents) {
    write(document.label, { font: bold, gap: 0 });
    write(document.files.length > 0 ? document.files.join(', ') : 'Non fournie', { indent: 12 });
  }
  y -= 8;
  write('Ce récépissé atteste du dépôt de votre demande. Il ne préjuge pas de la décision qui sera prise après instruction.', { size: 9 });
  return pdf.save();
}
