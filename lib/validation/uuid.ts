const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs, forms and cookies: anything but a UUID is a row that does not exist. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
