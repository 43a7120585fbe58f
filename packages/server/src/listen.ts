import type { AppContext } from '@dualuse/app';
import { serve, type ServerType } from '@hono/node-server';
import { createServer } from './app';

/** Binds the HTTP server; resolves once it listens, with the port actually bound. */
export function listen(
  app: AppContext,
  port = app.config.PORT,
  host = app.config.HOST,
): Promise<{ server: ServerType; port: number; close(): Promise<void> }> {
  const hono = createServer(app);
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: hono.fetch, port, hostname: host }, (info) => {
      resolvePromise({
        server,
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is in use; set PORT to another port`) : error,
      );
    });
  });
}
