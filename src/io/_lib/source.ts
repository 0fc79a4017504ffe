/** Opening input files as text streams, gzip or not, and writing output files. Node only. Internal. */
import { createReadStream, createWriteStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';

/** `true` when the file starts with the gzip magic bytes (whatever its name). */
export function isGzipFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(2);
    const n = readSync(fd, b, 0, 2, 0);
    return n === 2 && b[0] === 0x1f && b[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** The file's size in bytes. */
export function fileSize(path: string): number {
  return statSync(path).size;
}

/**
 * A byte stream of the file's content, gunzipped when it is gzip. `onBytes` is told how many bytes of
 * the file itself (compressed, for gzip) have been read, for progress. `gunzipChunk` is the size of
 * the gunzipped chunks (1 MB by default).
 */
export function openInput(path: string, onBytes?: (n: number) => void, gunzipChunk: number = 1 << 20): Readable {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  if (onBytes !== undefined) raw.on('data', (c: Buffer | string) => onBytes(c.length));
  if (!isGzipFile(path)) return raw;
  const gunzip = createGunzip({ chunkSize: gunzipChunk });
  raw.on('error', (e) => gunzip.destroy(e));
  // a reader that stops early destroys the gunzip stream: the file under it is closed too
  gunzip.on('close', () => raw.destroy());
  return raw.pipe(gunzip);
}

/** The whole file as bytes, gunzipped when it is gzip; a plain file in one read (no chunks joined into a second copy). */
export async function readAllBytes(path: string): Promise<Buffer> {
  if (!isGzipFile(path)) return readFile(path);
  const chunks: Buffer[] = [];
  for await (const c of openInput(path)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** An output stream to the file, gzipped when its name ends in `.gz`. */
export function openOutput(path: string): { stream: Writable; done: Promise<void> } {
  const file = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    file.on('finish', () => resolve());
    file.on('error', reject);
  });
  if (!path.toLowerCase().endsWith('.gz')) return { stream: file, done };
  const gzip = createGzip();
  gzip.pipe(file);
  gzip.on('error', (e) => file.destroy(e));
  return { stream: gzip, done };
}

/** Writes a string to a stream, waiting when the stream asks to. */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

/** Ends a stream and waits until the file is written. */
export async function finish(out: { stream: Writable; done: Promise<void> }): Promise<void> {
  out.stream.end();
  await out.done;
}
