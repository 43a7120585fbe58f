/**
 * State for an import form that uploads files: useSubmit's busy flag and errors, plus where the upload is (reading the
 * file, bytes sent, the server checking), shown by <UploadProgress>. One hook for every import page (lists, control
 * lists, the EAR country tables, trade datasets) so they report progress and refusals alike.
 */
import { useState } from 'react';
import { postWithProgress, type UploadStage } from './upload';
import { useSubmit, type Submit } from './useSubmit';

export interface Upload extends Submit {
  stage: UploadStage | undefined;
  /** Builds the body (reading the files), then posts it with progress; undefined when it failed (error in state). */
  send<T>(path: string, body: () => Promise<unknown>): Promise<T | undefined>;
}

export function useUpload(): Upload {
  const submit = useSubmit();
  const [stage, setStage] = useState<UploadStage>();
  return {
    ...submit,
    stage: submit.busy ? stage : undefined,
    async send<T>(path: string, body: () => Promise<unknown>) {
      setStage({ stage: 'reading' });
      return submit.run(async () => postWithProgress<T>(path, await body(), setStage));
    },
  };
}
