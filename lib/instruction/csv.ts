import { stringify } from 'csv-stringify/sync';

// CSV as French spreadsheets open it by a double click: UTF-8 with a byte order mark (otherwise
// Excel reads Windows-1252 and « Déposé » turns into « DÃ©posÃ© »), `;` between cells (the comma
// is the decimal separator in French), CRLF between rows. Pure: unit-tested.

export const CSV_BOM = '\uFEFF';
export const CSV_DELIMITER = ';';

// OWASP « CSV Injection »: a cell starting with one of these is run as a formula by Excel,
// LibreOffice or Google Sheets (=HYPERLINK(…), =cmd|…, +1+cmd…, @SUM…); tab and carriage return
// too, because some spreadsheets trim them and then read what follows. The full-width forms are
// folded to ASCII by some of them.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** A cell that a spreadsheet shows as text, never evaluates: a leading apostrophe when needed. */
export function neutralizeFormula(cell: string): string {
  return cell.length > 0 && FORMULA_TRIGGERS.has(cell[0]) ? `'${cell}` : cell;
}

/**
 * Rows of text cells as CSV lines (each ends with CRLF), every cell neutralised. csv-stringify quotes
 * a cell holding the separator, a quote or CRLF; a lone LF or CR (a paragraph answer) or edge spaces
 * are quoted too, or a spreadsheet would cut the row or trim the answer.
 */
export function toCsvLines(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return stringify(
    rows.map((row) => row.map(neutralizeFormula)),
    { delimiter: CSV_DELIMITER, record_delimiter: 'windows', quoted_match: /[\r\n]|^\s|\s$/ },
  );
}
