/** Reading a regulations source from disk: one file or a folder of them, with bounded sizes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { invalidInput } from '@dualuse/core';

/** The eCFR XML of part 740 is about 1 MB; anything far larger is not a regulations file. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;
const SOURCE_FILE = /\.(csv|txt|xml)$/i;

function readOne(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw invalidInput(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (size > MAX_FILE_BYTES)
    throw invalidInput(`${path}: ${size} bytes, more than the ${MAX_FILE_BYTES}-byte limit for a regulations file`);
  const text = readFileSync(path, 'utf8');
  if (text.includes('\uFFFD')) throw invalidInput(`${path}: not UTF-8 (the eCFR files and the CSV layout are UTF-8)`);
  return text;
}

/** name → text for a file, or for every .csv/.txt/.xml file of a folder. */
export function readSource(path: string): { files: Record<string, string>; folderDate?: string } {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (error) {
    throw invalidInput(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const files: Record<string, string> = {};
  if (!isDir) files[basename(path)] = readOne(path);
  else
    for (const f of readdirSync(path)
      .filter((n) => SOURCE_FILE.test(n))
      .sort())
      files[f] = readOne(join(path, f));
  if (!Object.keys(files).length) throw invalidInput(`${path}: no .csv, .txt or .xml file to import`);
  const m = /(\d{4}-\d{2}-\d{2})\/?$/.exec(isDir ? path : '');
  return { files, ...(m ? { folderDate: m[1]! } : {}) };
}
