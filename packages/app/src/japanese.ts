/**
 * Japanese readings of kanji names for screening, from the IPA dictionary shipped in the
 * kuromoji package (loaded once per process, about 0.6 s and 90 MB). Registered with the
 * screening core, which stays free of I/O. DUALUSE_JAPANESE_READINGS=false skips it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { registerKanjiReader } from '@dualuse/core/matching';
import type * as Kuromoji from 'kuromoji';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';

const require = createRequire(import.meta.url);
let loading: Promise<void> | null = null;

export function loadJapaneseReadings(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const kuromoji = require('kuromoji') as typeof Kuromoji;
    const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((error: Error | null, tokenizer: Tokenizer<IpadicFeatures>) => {
      if (error) {
        loading = null;
        reject(new Error(`cannot load the Japanese dictionary from ${dicPath}: ${error.message}`));
        return;
      }
      registerKanjiReader((text) => {
        const words = tokenizer.tokenize(text.replace(/\s+/g, ''));
        // A word the dictionary cannot read (no reading) makes the whole reading unreliable.
        if (words.length === 0 || words.some((w) => !w.reading || w.reading === '*')) return null;
        return words.map((w) => w.reading).join(' ');
      });
      resolve();
    });
  });
  return loading;
}
