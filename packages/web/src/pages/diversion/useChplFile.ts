/** A Common High Priority List file the user picks: parsed in the browser, or the reason it was refused. */
import { useState, type ChangeEvent } from 'react';
import { messageOf } from '../../lib/api';
import { readChpl, type Chpl } from './score';

export function useChplFile(): {
  chpl: Chpl | undefined;
  chplError: string | undefined;
  pickChpl: (e: ChangeEvent<HTMLInputElement>) => Promise<void>;
} {
  const [chpl, setChpl] = useState<Chpl>();
  const [chplError, setChplError] = useState<string>();
  const pickChpl = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setChpl(undefined);
    setChplError(undefined);
    if (!file) return;
    try {
      setChpl(readChpl(file.name, await file.text()));
    } catch (error) {
      setChplError(messageOf(error));
    }
  };
  return { chpl, chplError, pickChpl };
}
