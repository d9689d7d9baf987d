import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3rver, type RunningS3rver } from '@/test/s3rver-server';
import { createStorage } from './create-storage';
import { createS3Client, createS3Driver } from './s3-driver';
import { describeStorageContract, randomBody, sha256Of } from './storage-contract';

// Through createStorage, as the app gets it: the SDK is loaded on the driver's first call.
describeStorageContract('s3 (s3rver)', async () => {
  const server = await startS3rver();
  return { driver: createStorage({ driver: 's3', ...server.config }), stop: server.stop };
});

describe('s3 client settings', () => {
  let server: RunningS3rver;
  beforeAll(async () => {
    server = await startS3rver();
  });
  afterAll(async () => {
    await server?.stop();
  });

  // With the SDK's default checksum mode, a streamed PutObject reaches s3rver in
  // aws-chunked framing that it stores inside the object. The driver's multipart path sends
  // buffered parts; this pins the client setting for any code that streams a PutObject directly.
  it('keeps a directly streamed PutObject byte-for-byte', async () => {
    const client = createS3Client(server.config);
    const body = randomBody(300_000);
    await client.send(new PutObjectCommand({ Bucket: server.config.bucket, Key: 'direct/put', Body: body.stream, ContentLength: 300_000 }));

    const stored = await createS3Driver(server.config, client).get('direct/put');
    expect(await sha256Of(stored)).toEqual({ sha256: body.sha256, size: 300_000 });
  });
});
