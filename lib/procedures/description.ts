// The description of a démarche is written by administrators in a tiny Markdown-like syntax:
//   - paragraphs separated by an empty line (a single line break is kept as a line break),
//   - lists whose lines start with « - », « * » or « • »,
//   - links written [text](https://…), only http(s) and mailto.
// It is parsed into blocks that components/procedures/procedure-description.tsx renders as React
// elements: never as HTML. HTML tags typed in the text are dropped; any other link is shown as
// its text only (a `javascript:` URL never reaches the page).

export type Inline = { type: 'text'; text: string } | { type: 'link'; text: string; href: string } | { type: 'break' };
export type DescriptionBlock = { type: 'paragraph'; content: Inline[] } | { type: 'list'; items: Inline[][] };

export const DESCRIPTION_MAX_LENGTH = 10_000;

const TAG = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^<>]*>/g;
const BULLET = /^\s*[-*•]\s+/;
// The target may hold one level of parentheses (Wikipedia-style URLs, and `javascript:f(1)`).
const LINK = /\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;

export function safeHref(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  if (url.protocol === 'mailto:' && /^mailto:[^\s@]+@[^\s@]+$/.test(raw)) return raw;
  return null;
}

function parseInline(text: string): Inline[] {
  const content: Inline[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = content.at(-1);
    if (last?.type === 'text') last.text += value;
    else content.push({ type: 'text', text: value });
  };
  let position = 0;
  for (const match of text.matchAll(LINK)) {
    pushText(text.slice(position, match.index));
    const [, label, target] = match;
    const href = safeHref(target);
    if (href) content.push({ type: 'link', text: label, href });
    else pushText(label);
    position = match.index + match[0].length;
  }
  pushText(text.slice(position));
  return content;
}

function parseLines(lines: string[]): Inline[] {
  return lines.flatMap((line, index) => (index === 0 ? parseInline(line) : [{ type: 'break' } as const, ...parseInline(line)]));
}

export function parseDescription(source: string): DescriptionBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').replace(TAG, '').split('\n');
  const blocks: DescriptionBlock[] = [];
  let paragraph: string[] = [];
  let items: string[][] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', content: parseLines(paragraph) });
    if (items.length) blocks.push({ type: 'list', items: items.map((item) => parseInline(item.join(' '))) });
    paragraph = [];
    items = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
    } else if (BULLET.test(raw)) {
      if (paragraph.length) flush();
      items.push([line.replace(BULLET, '')]);
    } else if (items.length && /^\s/.test(raw)) {
      // An indented line continues the list item above it.
      items.at(-1)!.push(line);
    } else {
      if (items.length) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks.filter((block) => (block.type === 'paragraph' ? block.content.length > 0 : block.items.length > 0));
}

function inlineText(content: Inline[]): string {
  return content.map((part) => (part.type === 'break' ? ' ' : part.text)).join('');
}

export function descriptionToPlainText(source: string): string {
  return parseDescription(source)
    .map((block) => (block.type === 'paragraph' ? inlineText(block.content) : block.items.map(inlineText).join(' ')))
    .join(' ');
}
