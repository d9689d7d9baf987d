import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ordinarySpaceMistakes } from '@/lib/format/french-spacing';

// Every text the product writes (string literals and JSX text of its pages, components, rules and
// emails) has a non-breaking space (U+00A0) before « : ; ! ? » and inside « ». The rendered pages
// are checked too (e2e/support/fixtures.ts); this finds the mistake at its line, in a second.
const PRODUCT_FILES = ['app', 'components', 'lib', 'emails', 'prisma'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith('lib/generated/')),
);

const TEXT_KINDS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.JsxText,
]);

function mistakesIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (TEXT_KINDS.has(node.kind)) {
      // JSX text has no trivia: its leading spaces are text, which getStart() would skip.
      const start = ts.isJsxText(node) ? node.pos : node.getStart(source);
      // A leading character stands for what comes before the literal (an expression in JSX).
      for (const mistake of ordinarySpaceMistakes(`x${text.slice(start, node.end)}`)) {
        const { line } = source.getLineAndCharacterOfPosition(start);
        found.push(`${file}:${line + 1} « ${mistake} »`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('French spacing in the product’s texts', () => {
  it('has a non-breaking space (U+00A0), never an ordinary one, before : ; ! ? and inside « »', () => {
    expect(PRODUCT_FILES.length).toBeGreaterThan(100);
    expect(PRODUCT_FILES.flatMap(mistakesIn)).toEqual([]);
  });
});
