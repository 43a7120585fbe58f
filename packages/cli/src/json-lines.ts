/** JSON given on the command line or as a JSON Lines file, validated so an error names the line and the field. */
import { invalidInput } from '@dualuse/core';
import { collectRows, jsonLines, type Batch } from '@dualuse/core/screening';
import { readText } from './files';

/** Parses one JSON document; `validate` (a core parser) throws with the field pointer, prefixed by `where`. */
export function parseJsonArg(
  text: string,
  where: string,
  validate?: (value: unknown, where: string) => unknown,
): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidInput(`${where} is not JSON: ${(error as Error).message}`);
  }
  validate?.(value, `${where} `);
  return value;
}

/** Every non-blank line of a JSON Lines file, each validated ("t.jsonl line 3 /items/0/origin: ..."). */
export function readJsonLines(file: string, validate?: (value: unknown, where: string) => unknown): unknown[] {
  const text = readText(file); // strict UTF-8, size checked before reading
  return text.split(/\r?\n/).flatMap((l, i) => (l.trim() ? [parseJsonArg(l, `${file} line ${i + 1}`, validate)] : []));
}

/**
 * A JSON Lines batch read row by row: a line that is not JSON or fails `validate` becomes a
 * row error (`{line, error: {field, message}}`) and the rest is read; `strict` fails on the first.
 */
export function readJsonLinesBatch<T>(
  file: string,
  validate: (value: unknown, where: string) => T,
  strict: boolean,
): Batch<T> {
  const text = readText(file); // strict UTF-8, size checked before reading
  return collectRows(
    jsonLines(text),
    (l, line) => {
      const where = `${file} line ${line}`;
      let value: unknown;
      try {
        value = JSON.parse(l);
      } catch (error) {
        throw invalidInput(`${where} is not JSON: ${(error as Error).message}`, `${where}/row`);
      }
      return validate(value, `${where} `);
    },
    strict,
  );
}
