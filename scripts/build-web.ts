/**
 * `npm start`'s first step: build the web UI only when its sources changed since the last build
 * (newer than packages/web/dist/index.html). The sources are the web package and the core package it
 * imports pure helpers from. `--force` builds anyway.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const web = join(root, 'packages/web');
const built = join(web, 'dist/index.html');
const SOURCES = [
  join(web, 'src'),
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  join(web, 'package.json'),
  join(root, 'packages/core/src'),
  join(root, 'package-lock.json'),
];

/** The newest modification time under a path (a file or a folder, skipping tests). */
function newest(path: string): { time: number; path: string } {
  if (!existsSync(path)) return { time: 0, path };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { time: stat.mtimeMs, path };
  let best = { time: 0, path };
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.endsWith('.test.ts')) continue;
    const found = newest(join(path, name));
    if (found.time > best.time) best = found;
  }
  return best;
}

const last = SOURCES.map(newest).reduce((a, b) => (b.time > a.time ? b : a));
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (!process.argv.includes('--force') && builtAt >= last.time) {
  console.log(`web UI up to date (built ${new Date(builtAt).toISOString()}); no rebuild`);
} else {
  const why = builtAt === 0 ? 'no build yet' : `${last.path.slice(root.length)} changed`;
  console.log(`building the web UI (${why})...`);
  const r = spawnSync('npm', ['run', 'build', '-w', '@dualuse/web'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
