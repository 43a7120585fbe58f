/** A file the user picked, as the `{ name, contentBase64 }` the import routes take (lists, controls, trade...). */
import { answer, networkError, requestHeaders } from './api';

function base64(bytes: Uint8Array): string {
  let s = '';
  // In chunks: String.fromCharCode(...all) overflows the call stack on megabytes.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * With `gzip`, compressed in the browser (CompressionStream) unless it already is, for routes
 * that accept gzip: the 1 MB Eurostat totals extract then travels as ~150 kB.
 */
export async function fileBody(
  file: File,
  options: { gzip?: boolean } = {},
): Promise<{ name: string; contentBase64: string }> {
  if (!options.gzip) return { name: file.name, contentBase64: base64(new Uint8Array(await file.arrayBuffer())) };
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const bytes = gzipped
    ? await file.arrayBuffer()
    : await new Response(file.stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  return { name: file.name, contentBase64: base64(new Uint8Array(bytes)) };
}

/** Where an upload is: preparing the file(s), sending (bytes of total), or sent and waiting for the server's check. */
export type UploadStage =
  { stage: 'reading' } | { stage: 'sending'; loaded: number; total: number } | { stage: 'checking' };

/**
 * POSTs a JSON body to the API reporting how much of it has been sent: fetch cannot report an upload's progress, an
 * XMLHttpRequest can. The reply is read as api() reads it (the same ApiError with the server's problem).
 */
export function postWithProgress<T>(path: string, body: unknown, onStage: (s: UploadStage) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    for (const [k, v] of Object.entries(requestHeaders({ body }))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onStage({ stage: 'sending', loaded: e.loaded, total: e.total });
    };
    xhr.upload.onload = () => onStage({ stage: 'checking' });
    xhr.onerror = () => reject(networkError());
    xhr.onload = () => {
      try {
        resolve(answer<T>({ status: xhr.status, statusText: xhr.statusText, text: xhr.responseText }));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    xhr.send(JSON.stringify(body));
  });
}
