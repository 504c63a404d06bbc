/** The streams a command runs with: passed in, so that tests can run commands in-process. */
import type { Readable, Writable } from 'node:stream';

/** What a command runs with; a command sets `exitCode` when it must end non-zero without an error. */
export interface Context {
  io: Io;
  exitCode: number;
}

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env?: Record<string, string | undefined>;
  /** `--quiet`: no messages on stderr (what was written, progress, prompts); warnings and errors still go there. */
  quiet?: boolean;
}

/**
 * A message for the person running the command ("wrote p.csv: 17
 * recommendations"): on stderr, so that stdout holds data only, and not at
 * all with --quiet.
 */
export function say(io: Io, message: string): void {
  if (!io.quiet) io.stderr.write(`${message}\n`);
}

/** Write and wait for the stream to take it, so large outputs do not pile up in memory. */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else {
      const onDrain = () => {
        stream.off('error', onError);
        resolve();
      };
      const onError = (error: Error) => {
        stream.off('drain', onDrain);
        reject(error);
      };
      stream.once('drain', onDrain);
      stream.once('error', onError);
    }
  });
}

/** Write text given in pieces, gathered into writes of about 64 KiB (one write per piece would cost more than the text). */
export async function writePieces(stream: Writable, pieces: Iterable<string>): Promise<void> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= 65_536) {
      await write(stream, pending);
      pending = '';
    }
  }
  if (pending) await write(stream, pending);
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
