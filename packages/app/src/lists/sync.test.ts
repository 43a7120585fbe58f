// `lists sync` without a network: each failed download names its URL and the network's reason.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { download } from './sync';

/** A loopback port that was just free: listen, note the port, close; connecting is then refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

test('an unreachable publisher is reported with the URL and the cause, not just "fetch failed"', async () => {
  const url = `http://127.0.0.1:${await closedPort()}/sdn.xml`;
  await assert.rejects(download(url, 1_000_000), (e: Error) => {
    assert.equal(e.message.startsWith(`${url}: fetch failed (ECONNREFUSED`), true, e.message);
    return true;
  });
});
