import { z } from 'zod';

const profileIdSchema = z.uuid();

/** Ids come from the URL: anything but a UUID is a profile that does not exist (404), not a database error. */
export function isProfileId(value: string): boolean {
  return profileIdSchema.safeParse(value).success;
}
