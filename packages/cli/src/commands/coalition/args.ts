/** Arguments of the coalition commands: bodies are JSON arguments, validated again by the use cases. */
import { invalidInput } from '@dualuse/core';
import { parseJsonArg } from '../../json-lines';

export const jsonObject = (arg: string | undefined, what: string): Record<string, unknown> => {
  if (arg === undefined) throw invalidInput(`give the ${what} as a JSON argument`);
  return parseJsonArg(arg, `the ${what} argument`, (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      throw invalidInput(`the ${what} must be a JSON object`);
    return v;
  }) as Record<string, unknown>;
};

export const jsonArray = (arg: string | undefined, what: string): unknown[] => {
  if (arg === undefined) throw invalidInput(`give the ${what} as a JSON argument`);
  return parseJsonArg(arg, `the ${what} argument`, (v) => {
    if (!Array.isArray(v)) throw invalidInput(`the ${what} must be a JSON array`);
    return v;
  }) as unknown[];
};
