/** Serves the built single-page app (packages/web/dist); unknown non-API paths get index.html. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AppContext } from '@dualuse/app';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from './env';
import { relative, resolve } from 'node:path';

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export function serveWeb(server: OpenAPIHono<ServerEnv>, app: AppContext): void {
  const dir = resolve(app.config.DUALUSE_WEB_DIR ?? DEFAULT_WEB_DIR);
  const index = resolve(dir, 'index.html');
  if (!existsSync(index)) {
    app.logger.warn({ dir }, 'web UI not built: run `npm run build:web`; the API works without it');
    server.get('/', (c) =>
      c.text(
        'The web UI is not built. Run `npm run build:web` (npm start does it for you). The API is at /api/v1.',
        503,
      ),
    );
    return;
  }
  const html = readFileSync(index, 'utf8');
  server.use('/assets/*', serveStatic({ root: relative(process.cwd(), dir) || '.' }));
  server.get('*', (c) => c.html(html));
}
