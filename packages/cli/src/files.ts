/**
 * Reading the user's input files: the size is checked from the file system before a byte is
 * read, a file can be sniffed from its head before it is read whole, and text is strict UTF-8
 * (a Latin-1 or UTF-16 export is refused with its line and byte, never stored as mojibake; NUL
 * characters are refused by the readers that parse the text).
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { invalidInput } from '@dualuse/core';
import { decodeText } from '@dualuse/core/screening';

/** Input files larger than this are refused unless a command has its own limit (512 MiB, the list parsers' limit). */
export const DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024;

const unreadable = (path: string, error: unknown) =>
  invalidInput(
    `${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`,
  );

/** Size of a regular file, refusing folders, missing files and files above `max`. */
export function fileSize(path: string, max = DEFAULT_MAX_FILE_BYTES): number {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw invalidInput(`${path}: not a regular file`);
    size = st.size;
  } catch (error) {
    if (error instanceof Error && error.name === 'DomainError') throw error;
    throw unreadable(path, error);
  }
  if (size > max)
    throw invalidInput(`${path}: file is ${size} bytes, more than the ${max}-byte limit; refused before reading`);
  return size;
}

/** The first `n` bytes (for format sniffing), without reading the rest. */
export function readHead(path: string, n = 64 * 1024): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = new Uint8Array(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readBytes(path: string, max = DEFAULT_MAX_FILE_BYTES): Uint8Array {
  fileSize(path, max);
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** Strict UTF-8 text (BOM dropped), refused with line and byte offset otherwise. */
export const readText = (path: string, max = DEFAULT_MAX_FILE_BYTES): string =>
  decodeText(path, readBytes(path, max), { maxBytes: max });
