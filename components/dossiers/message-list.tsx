import { formatDateTime } from '@/lib/format/date';
import { FileLink, type LinkedFile } from './file-link';

// « Échanges »: the messages of both sides, oldest first, with their files. Each side names the
// author in its own words (authorLabel).

export type ListedMessage<Author> = { id: string; body: string; fromAgent: boolean; createdAt: Date; author: Author; files: { file: LinkedFile }[] };

export function MessageList<Author>({ messages, authorLabel }: { messages: ListedMessage<Author>[]; authorLabel: (message: ListedMessage<Author>) => string }) {
  if (messages.length === 0) return <p className="empty-state">Aucun message pour l’instant.</p>;
  return (
    <ol className="message-list">
      {messages.map((message) => (
        <li key={message.id} className={`card message${message.fromAgent ? ' message--services' : ''}`}>
          <p className="message__meta">
            <strong>{authorLabel(message)}</strong>, le {formatDateTime(message.createdAt)}
          </p>
          <p className="pre-line">{message.body}</p>
          {message.files.length > 0 ? (
            <ul className="message__files" aria-label="Pièces jointes">
              {message.files.map(({ file }) => (
                <li key={file.id}>
                  <FileLink file={file} showDate={false} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
