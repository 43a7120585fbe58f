/**
 * The state of one batch screening: the file picked and read in the browser (forgiving: unreadable
 * rows are listed and left out), then the chunked run with its progress, cancel and results.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { byRisk, readPartiesFile, screenInChunks, type BatchParty, type BatchResult } from './batch';

export interface Loaded {
  file: string;
  parties: BatchParty[];
}

export interface BatchDone {
  results: BatchResult[];
  versions: Record<string, string>;
}

export function useBatch() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [parseErrors, setParseErrors] = useState<string[]>([]);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [threshold, setThreshold] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<BatchDone>();
  const abort = useRef<AbortController | null>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setLoaded(undefined);
    setDone(undefined);
    setError(undefined);
    setParseErrors([]);
    setIgnored([]);
    if (!file) return;
    // Forgiving like `dualuse screen --input`: unreadable rows are listed and left out, the rest is screened.
    const { parties, errors, ignored: unused } = await readPartiesFile(file);
    setParseErrors(errors);
    setIgnored(unused);
    if (errors.length === 0 && parties.length === 0) setParseErrors([`${file.name} holds no parties`]);
    if (parties.length > 0) setLoaded({ file: file.name, parties });
  };

  const run = async () => {
    if (!loaded) return;
    const controller = new AbortController();
    abort.current = controller;
    setDone(undefined);
    setError(undefined);
    setProgress(0);
    try {
      const out = await screenInChunks(loaded.parties, {
        threshold: threshold.trim() ? Number(threshold) : undefined,
        signal: controller.signal,
        onProgress: setProgress,
      });
      setDone({ results: byRisk(out.results), versions: out.versions });
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(e);
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const cancel = () => abort.current?.abort();
  return { loaded, parseErrors, ignored, threshold, setThreshold, progress, error, done, pick, run, cancel };
}

export type Batch = ReturnType<typeof useBatch>;
