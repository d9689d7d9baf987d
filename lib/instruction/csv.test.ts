import { describe, expect, it } from 'vitest';
import { CSV_BOM, neutralizeFormula, toCsvLines } from './csv';

describe('CSV for French spreadsheets', () => {
  it('separates cells with « ; » and rows with CRLF', () => {
    expect(
      toCsvLines([
        ['Numéro', 'Statut'],
        ['2026-000001', 'Déposé'],
      ]),
    ).toBe('Numéro;Statut\r\n2026-000001;Déposé\r\n');
  });

  it('quotes cells holding the separator, quotes or line breaks, and doubles inner quotes', () => {
    expect(toCsvLines([['a;b', 'il a dit "oui"', 'ligne 1\nligne 2', '1 500,00 €']])).toBe('"a;b";"il a dit ""oui""";"ligne 1\nligne 2";1 500,00 €\r\n');
  });

  it('writes nothing for no rows, and starts files with the UTF-8 byte order mark', () => {
    expect(toCsvLines([])).toBe('');
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('neutralises cells that a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    for (const cell of ['=HYPERLINK("http://evil.test","clic")', "+1+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', '＝1+1']) {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['Fête du moulin', '1 500,00 €', '', ' =1', "l'été", '2026-000001']) {
      expect(neutralizeFormula(cell)).toBe(cell);
    }
  });

  it('neutralises every cell of the file, including those that also need quotes', () => {
    expect(toCsvLines([['=1+1', '@x;y', 'ok']])).toBe(`'=1+1;"'@x;y";ok\r\n`);
    expect(toCsvLines([['\t=1']])).toBe(`'\t=1\r\n`);
  });
});
