import { createServer, type Server, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eicarPdf, onePagePdf } from '@/e2e/fixtures/files/generators';
import { EICAR, type RunningClamd, startClamd, TEST_SIGNATURE } from '@/test/clamd-server';
import { createClamdScanner } from './clamd-scanner';

// The database of test/clamd-server.ts detects EICAR anywhere in a file.

let clamd: RunningClamd;
let cleanPdf: Buffer;
let infectedPdf: Buffer;

const address = () => ({ host: '127.0.0.1', port: clamd.port });

beforeAll(async () => {
  clamd = await startClamd();
  cleanPdf = Buffer.from(await (await onePagePdf('Attestation')).save());
  infectedPdf = await eicarPdf(EICAR);
});
afterAll(async () => {
  await clamd?.remove();
});

describe('createClamdScanner (real clamd)', () => {
  it('answers CLEAN for an ordinary PDF', async () => {
    expect(await createClamdScanner(address()).scan(Readable.from([cleanPdf]))).toEqual({ status: 'CLEAN' });
  });

  it('answers INFECTED with the signature name for a PDF carrying EICAR, even sent in small chunks', async () => {
    const scanner = createClamdScanner(address());
    const verdict = await scanner.scan(Readable.from([infectedPdf]));
    expect(verdict).toEqual({ status: 'INFECTED', signature: expect.stringContaining(TEST_SIGNATURE) });

    const chunks = Array.from({ length: Math.ceil(infectedPdf.length / 100) }, (_, index) => infectedPdf.subarray(index * 100, (index + 1) * 100));
    expect(await scanner.scan(Readable.from(chunks))).toMatchObject({ status: 'INFECTED' });
  });

  it('answers UNAVAILABLE, never CLEAN, while clamd is stopped, and CLEAN again once it is back', async () => {
    const scanner = createClamdScanner(address());
    await clamd.stop();
    try {
      for (const body of [cleanPdf, infectedPdf]) {
        expect(await scanner.scan(Readable.from([body]))).toEqual({ status: 'UNAVAILABLE', reason: expect.any(String) });
      }
    } finally {
      await clamd.start();
    }
    expect(await scanner.scan(Readable.from([cleanPdf]))).toEqual({ status: 'CLEAN' });
  });
});

describe('createClamdScanner (real clamd, with small scan limits)', () => {
  let limited: RunningClamd;
  beforeAll(async () => {
    limited = await startClamd(undefined, { MaxFileSize: '2K', MaxScanSize: '2K' });
  });
  afterAll(async () => {
    await limited?.remove();
  });

  it('answers LIMIT, not INFECTED, for a file beyond what clamd scans (Heuristics.Limits.Exceeded)', async () => {
    const big = Buffer.concat([cleanPdf, Buffer.alloc(8 * 1024, 0x20)]);
    const verdict = await createClamdScanner({ host: '127.0.0.1', port: limited.port }).scan(Readable.from([big]));
    expect(verdict).toEqual({ status: 'LIMIT', reason: expect.stringMatching(/^Heuristics\.Limits\.Exceeded/) });
  });
});

describe('createClamdScanner (a server that accepts and never answers)', () => {
  let silent: Server;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    // allowHalfOpen: even the scanner's own end of the connection gets no answer, like a hung clamd.
    silent = createServer({ allowHalfOpen: true }, (socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.resume(); // reads everything, answers nothing
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('answers UNAVAILABLE within the timeout', async () => {
    const port = (silent.address() as { port: number }).port;
    const timeoutMs = 300;
    const started = Date.now();
    const verdict = await createClamdScanner({ host: '127.0.0.1', port }, timeoutMs).scan(Readable.from([cleanPdf]));
    const elapsed = Date.now() - started;
    expect(verdict).toEqual({ status: 'UNAVAILABLE', reason: expect.any(String) });
    expect(sockets.size, 'the scanner did reach the silent server').toBe(1);
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 20);
    expect(elapsed).toBeLessThan(timeoutMs + 1_000);
  });
});

describe('createClamdScanner (a server whose answer is neither OK nor FOUND)', () => {
  // Answers once the INSTREAM ends (its last chunk is four zero bytes), like clamd would.
  async function answering(reply: string): Promise<{ port: number; close: () => Promise<void> }> {
    const server = createServer((socket) => {
      let received = Buffer.alloc(0);
      socket.on('error', () => undefined);
      socket.on('data', (chunk) => {
        received = Buffer.concat([received, chunk]);
        if (received.length > 14 && received.subarray(-4).equals(Buffer.alloc(4))) socket.end(`${reply}\0`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { port: (server.address() as { port: number }).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
  }

  it('answers LIMIT to a stream beyond StreamMaxLength', async () => {
    const server = await answering('INSTREAM size limit exceeded. ERROR');
    try {
      const verdict = await createClamdScanner({ host: '127.0.0.1', port: server.port }, 5_000).scan(Readable.from([cleanPdf]));
      expect(verdict).toEqual({ status: 'LIMIT', reason: expect.stringContaining('size limit exceeded') });
    } finally {
      await server.close();
    }
  });

  it.each(['UNKNOWN COMMAND', 'stream: peut-être'])('answers UNAVAILABLE to « %s »', async (reply) => {
    const server = await answering(reply);
    try {
      const verdict = await createClamdScanner({ host: '127.0.0.1', port: server.port }, 5_000).scan(Readable.from([cleanPdf]));
      expect(verdict).toEqual({ status: 'UNAVAILABLE', reason: expect.any(String) });
      expect(verdict.status === 'UNAVAILABLE' && verdict.reason, 'an answer, not the timeout').not.toMatch(/pas de réponse/);
    } finally {
      await server.close();
    }
  });
});
