// C0/C1 controls, DEL and the Unicode line/paragraph separators: any of them could end a header
// line in some SMTP stack or mail client.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function toSingleLine(value: string): string {
  return value.replace(CONTROL_CHARACTERS, ' ').trim();
}

// One bare address, nothing nodemailer would read as a display name, a group or a second
// recipient. Addresses were validated by the form schemas already: this only stops programming
// errors and tampered outbox rows.
const SINGLE_ADDRESS = /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+$/;

export class InvalidRecipientError extends Error {
  constructor() {
    // The address itself is left out: messages end up in logs.
    super('Adresse de destinataire invalide : une seule adresse, sans nom ni caractère de contrôle.');
    this.name = 'InvalidRecipientError';
  }
}

export function assertSingleRecipient(to: string): string {
  if (to.length > 254 || !SINGLE_ADDRESS.test(to) || toSingleLine(to) !== to) throw new InvalidRecipientError();
  return to;
}
