import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProcedureDescription } from './procedure-description';

describe('ProcedureDescription', () => {
  it('renders paragraphs, lists and safe links as elements, and HTML only as escaped text', () => {
    const html = renderToStaticMarkup(
      <ProcedureDescription source={'Bonjour <em>là</em> & [règlement](https://exemple.fr/r.pdf) [piège](javascript:alert(1))\n\n- a < b\n- "c"'} />,
    );
    expect(html).toBe(
      '<div class="prose"><p>Bonjour là &amp; <a href="https://exemple.fr/r.pdf" rel="noopener noreferrer">règlement</a> piège</p>' +
        '<ul><li>a &lt; b</li><li>&quot;c&quot;</li></ul></div>',
    );
  });
});
