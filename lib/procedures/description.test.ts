import { describe, expect, it } from 'vitest';
import { descriptionToPlainText, parseDescription, safeHref } from './description';

describe('parseDescription', () => {
  it('reads paragraphs, line breaks, lists and links', () => {
    const source = [
      'Le Département soutient les associations.',
      'Voir le [règlement](https://www.exemple.fr/reglement.pdf).',
      '',
      '- une première ligne',
      '  qui continue',
      '* une [adresse](mailto:aides@departement.fr)',
      'Un paragraphe après la liste.',
    ].join('\n');
    expect(parseDescription(source)).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Le Département soutient les associations.' },
          { type: 'break' },
          { type: 'text', text: 'Voir le ' },
          { type: 'link', text: 'règlement', href: 'https://www.exemple.fr/reglement.pdf' },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'list',
        items: [
          [{ type: 'text', text: 'une première ligne qui continue' }],
          [
            { type: 'text', text: 'une ' },
            { type: 'link', text: 'adresse', href: 'mailto:aides@departement.fr' },
          ],
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Un paragraphe après la liste.' }] },
    ]);
  });

  it('keeps only the text of links that are not http(s) or mailto', () => {
    const blocks = parseDescription('[clic](javascript:alert(1)) [x](JaVaScRiPt:alert) [y](data:text/html,<b>) [z](/relatif) [w](vbscript:x)');
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'clic x y z w' }] }]);
  });

  it('drops HTML tags and comments', () => {
    const blocks = parseDescription('<script>alert(1)</script>Bonjour <b onclick="x()">tout</b> le monde<!-- secret --> <img src=x onerror=alert(1)>');
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'alert(1)Bonjour tout le monde' }] }]);
  });

  it('gives the plain text for the search index', () => {
    expect(descriptionToPlainText('Voir [le règlement](https://exemple.fr)\n\n- un\n- deux')).toBe('Voir le règlement un deux');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://exemple.fr/a?b=c', 'https://exemple.fr/a?b=c'],
    ['http://exemple.fr', 'http://exemple.fr/'],
    ['mailto:aides@departement.fr', 'mailto:aides@departement.fr'],
    ['mailto:x?body=<script>', null],
    ['javascript:alert(1)', null],
    ['//exemple.fr', null],
    ['ftp://exemple.fr', null],
  ])('%s → %s', (raw, expected) => {
    expect(safeHref(raw)).toBe(expected);
  });
});
