// The address a deleted account keeps (lib/retention/erase-account.ts): unique, in the reserved
// .invalid domain so that it can never reach anyone, and the real address is free again.

const DELETED_ACCOUNT_DOMAIN = '@compte.invalid';

export function deletedAccountEmail(userId: string): string {
  return `supprime-${userId}${DELETED_ACCOUNT_DOMAIN}`;
}

export function isDeletedAccountEmail(address: string): boolean {
  return address.endsWith(DELETED_ACCOUNT_DOMAIN);
}
