import 'server-only';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, paginateListObjectsV2, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { pipeline, Readable } from 'node:stream';
import { StorageNotFoundError } from './errors';
import { assertValidKey, assertValidPrefix } from './keys';
import { createSizeGuard } from './size-guard';
import type { ListedObject, ObjectInfo, PutOptions, StorageDriver } from './types';

// A failed multipart put is aborted, and S3 only shows an object once CompleteMultipartUpload succeeded.

export type S3StorageConfig = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

const PART_SIZE = 5 * 1024 * 1024; // S3's minimum part size
const QUEUE_SIZE = 2;

function isMissing(error: unknown): boolean {
  if (error instanceof S3ServiceException) {
    return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata?.httpStatusCode === 404;
  }
  return false;
}

export function createS3Client(config: S3StorageConfig): S3Client {
  return new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // Since SDK 3.729 the default (WHEN_SUPPORTED) sends bodies as aws-chunked with a trailing
    // CRC: stores that do not implement it (s3rver, older MinIO/Garage/Ceph) keep those framing
    // bytes inside the object — silent corruption. Checksums only where the API requires them;
    // integrity is ours: size checked after every put, SHA-256 recorded and checked on download.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function createS3Driver(config: S3StorageConfig, client = createS3Client(config)): StorageDriver {
  const Bucket = config.bucket;

  return {
    kind: 's3',

    async put(key: string, body: Readable, options: PutOptions): Promise<void> {
      assertValidKey(key);
      // The source's own error (a client that went away, a size mismatch) is the cause worth
      // reporting; pipeline also destroys the source if the upload fails first.
      let sourceError: unknown;
      const guarded = pipeline(body, createSizeGuard(options.size), (error) => {
        if (error) sourceError = error;
      });
      const upload = new Upload({
        client,
        params: { Bucket, Key: key, Body: guarded, ContentType: options.contentType },
        partSize: PART_SIZE,
        queueSize: QUEUE_SIZE,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        guarded.destroy();
        // The abort of the multipart upload may fail too (and replace the error): report the
        // cause the caller can act on.
        throw sourceError ?? error;
      }
    },

    async get(key: string): Promise<Readable> {
      assertValidKey(key);
      try {
        const response = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!(response.Body instanceof Readable)) throw new Error('Réponse S3 sans corps lisible');
        return response.Body;
      } catch (error) {
        if (isMissing(error)) throw new StorageNotFoundError(key);
        throw error;
      }
    },

    async head(key: string): Promise<ObjectInfo | null> {
      assertValidKey(key);
      try {
        const response = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return { size: response.ContentLength ?? 0 };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key: string): Promise<void> {
      assertValidKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },

    async *list(prefix: string, olderThan?: Date): AsyncIterable<ListedObject> {
      assertValidPrefix(prefix);
      for await (const page of paginateListObjectsV2({ client, pageSize: 1000 }, { Bucket, Prefix: prefix })) {
        for (const object of page.Contents ?? []) {
          if (!object.Key || !object.LastModified) continue;
          if (olderThan === undefined || object.LastModified < olderThan) yield { key: object.Key, lastModified: object.LastModified };
        }
      }
    },
  };
}
