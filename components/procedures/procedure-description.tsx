// biome-ignore-all lint/suspicious/noArrayIndexKey: the parts of a description never move; their place is their identity
import { Fragment } from 'react';
import { parseDescription, type Inline } from '@/lib/procedures/description';

// Renders a démarche's description (lib/procedures/description.ts) as React elements: the text is
// escaped by React, links were filtered by the parser. No dangerouslySetInnerHTML.

function InlineContent({ content }: { content: Inline[] }) {
  return content.map((part, index) => {
    if (part.type === 'break') return <br key={index} />;
    if (part.type === 'link') {
      return (
        <a key={index} href={part.href} rel="noopener noreferrer">
          {part.text}
        </a>
      );
    }
    return <Fragment key={index}>{part.text}</Fragment>;
  });
}

export function ProcedureDescription({ source, className = 'prose' }: { source: string; className?: string }) {
  return (
    <div className={className}>
      {parseDescription(source).map((block, index) =>
        block.type === 'paragraph' ? (
          <p key={index}>
            <InlineContent content={block.content} />
          </p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <InlineContent content={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
