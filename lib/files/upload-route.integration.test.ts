import { afterEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/fichiers/route';
import { createConfirmedUser } from '@/test/integration/accounts';
import { getFileViewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { getStorage } from '@/lib/storage';
import { fixtureUpload } from '@/test/integration/upload-requests';

// Only the session is replaced, since it comes from a cookie of a real browser.
vi.mock('@/lib/auth/session', () => ({ getFileViewer: vi.fn() }));

afterEach(() => {
  vi.mocked(getFileViewer).mockReset();
});

describe('POST /api/fichiers', () => {
  it('answers 401 in JSON to a signed-out person, before reading anything', async () => {
    vi.mocked(getFileViewer).mockResolvedValue(null);
    const response = await POST(fixtureUpload('attestation.pdf'));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Connectez-vous pour déposer un fichier.' });
  });

  it('stores the file for the signed-in person', async () => {
    const user = await createConfirmedUser();
    vi.mocked(getFileViewer).mockResolvedValue({
      id: user.id,
      firstName: 'Jeanne',
      lastName: 'Martin',
      email: user.email,
      role: 'USAGER',
      secondFactorEnrolled: false,
      secondFactorVerified: false,
    });
    const response = await POST(fixtureUpload('scan.webp'));
    expect(response.status).toBe(201);
    const { id } = await response.json();

    const row = await db.storedFile.findUniqueOrThrow({ where: { id }, select: { ownerId: true, key: true, size: true } });
    expect(row.ownerId).toBe(user.id);
    expect(await getStorage().head(row.key)).toEqual({ size: row.size });
    await getStorage().delete(row.key);
  });
});
