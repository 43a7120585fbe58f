/**
 * The CLI compiled once per test run into one ES module, for the tests that start it dozens of
 * times (test/sandbox.ts). Started through bin/dualuse.js, every process first sends each of its
 * ~600 workspace modules through tsx's loader thread: about 4 s of CPU before a command runs
 * (`--help`: 3.8–4.6 s user against 1.3–1.7 s from this bundle). The bundle is the same
 * src/main.ts compiled by the same esbuild tsx uses, so the commands, their output and exit codes
 * are unchanged; the tests that check the real entry point (cli.test.ts, screen.test.ts,
 * hostile-files.test.ts) keep spawning bin/dualuse.js.
 *
 * Two things keep the bundle's behaviour that of the sources: packages outside the workspace stay
 * external (loaded by node from node_modules as usual, so the file lives under node_modules/ to
 * resolve them), and each source file's `import.meta.url` is replaced by that file's own URL, so
 * paths found from it (migrations, SQL snapshots, the web build, kuromoji's dictionary) still point
 * where they do when the sources run.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const keepSourcesSemantics: Plugin = {
  name: 'dualuse-test-cli',
  setup(b) {
    // Bare imports other than the workspace's own packages: node resolves them at run time.
    b.onResolve({ filter: /^[^./]/ }, (a) =>
      a.path.startsWith('@dualuse/') ? undefined : { path: a.path, external: true },
    );
    b.onLoad({ filter: /\.tsx?$/ }, (a) => ({
      contents: readFileSync(a.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href)),
      loader: a.path.endsWith('.tsx') ? 'tsx' : 'ts',
    }));
  },
};

/** Builds the bundle in a folder of its own under node_modules/.cache; returns its path and how to remove it. */
export async function bundleCli(): Promise<{ file: string; remove: () => void }> {
  const dir = join(ROOT, 'node_modules', '.cache', `dualuse-test-cli-${randomBytes(5).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'dualuse.mjs');
  await build({
    entryPoints: [join(ROOT, 'packages', 'cli', 'src', 'main.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    sourcemap: 'linked',
    logLevel: 'error',
    plugins: [keepSourcesSemantics],
  });
  return { file, remove: () => rmSync(dirname(file), { recursive: true, force: true }) };
}
