import 'server-only';
import { render } from '@react-email/render';
import { frenchSpacing } from '@/lib/format/french-spacing';
import { toSingleLine } from './headers';
import { getEmailDefinition, type EmailMessage } from './messages';

// Headings in capitals read as shouting; keep them as written.
const PLAIN_TEXT_OPTIONS = { selectors: [{ selector: 'h1', options: { uppercase: false } }] };

export type RenderedEmail = { subject: string; html: string; text: string };

/**
 * Every string prop is flattened to one line first: props are typed by people, and none has a
 * reason to hold a line break (a first name "Ana\r\nBcc: x@y" becomes "Ana Bcc: x@y"). They get
 * French spacing too, as the templates' own texts have it.
 */
export async function renderEmail(message: EmailMessage): Promise<RenderedEmail> {
  const definition = getEmailDefinition(message.template);
  const props = flattenStringProps(message.props);
  const element = definition.build(props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true, htmlToTextOptions: PLAIN_TEXT_OPTIONS })]);
  return { subject: frenchSpacing(toSingleLine(definition.subject(props))), html, text };
}

function flattenStringProps<Props extends object>(props: Props): Props {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [key, typeof value === 'string' ? frenchSpacing(toSingleLine(value)) : value]),
  ) as Props;
}
