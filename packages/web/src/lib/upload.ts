/** A file the user picked, as the `{ name, contentBase64 }` the import routes take (lists, controls, trade...). */

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
