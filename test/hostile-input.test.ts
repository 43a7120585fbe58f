// Every importer over generated hostile files (issue 12 "Done when"): truncated at seeded random
// offsets, NUL bytes, a huge field, wrong encodings (Latin-1, UTF-16) and compression bombs. Each
// must be refused as bad input (DomainError invalid_input: CLI exit 2, HTTP 400) with a message
// naming the file and no row data, leave every table's row count unchanged, and stay within its
// documented peak-memory ceiling (docs/limits.md). The valid sample is imported last, proving
// the refusals come from the hostile bytes and not from a broken importer.
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { unzipSync, zipSync } from 'fflate';
import { bootstrapOperator, cliPrincipal, importListFiles, loadConfig, openApp, type AppContext } from '@dualuse/app';
import { DomainError, type Principal } from '@dualuse/core';
import { openTestDatabase } from '@dualuse/store/testing';
import { gzipBomb, huge, latin1, seeded, truncations, utf16, withNul, zipBomb } from './support/hostile';
import { parseCsv } from '@dualuse/core/screening';
import { IMPORTERS, type Importer, type InputFile } from './support/hostile-importers';
import { rssPeak } from './support/rss-peak';

const MiB = 1024 * 1024;
/** Peak RSS growth allowed while refusing one hostile file, per importer (docs/limits.md). */
// Measured worst cases 3–44 MiB (a bomb's first 16 MiB slice plus the file itself); records importers never inflate.
const ceilingMiB = (name: string) => (name.startsWith('lists') || name.startsWith('controls') ? 128 : 64);

const dec = new TextDecoder();
const invisible: Record<string, number> = {};
const enc = new TextEncoder();

/** Applies `m` to the text inside the file's container (the sheet's shared strings for an xlsx). */
function inside(f: InputFile, container: Importer['container'], m: (b: Uint8Array) => Uint8Array): InputFile {
  if (container === 'gzip')
    return { name: f.name, bytes: new Uint8Array(gzipSync(m(gunzipSync(f.bytes)), { level: 1 })) };
  if (container === 'zip' || container === 'xlsx') {
    const parts = unzipSync(f.bytes);
    const key = container === 'xlsx' ? 'xl/sharedStrings.xml' : Object.keys(parts)[0]!;
    return { name: f.name, bytes: zipSync({ ...parts, [key]: m(parts[key]!) }, { level: 1 }) };
  }
  return { name: f.name, bytes: m(f.bytes) };
}

/**
 * A cut no reader can see in a CSV: at a line end (the file is a valid shorter file; the list
 * count checks are the defence there) or inside the last field of a line (a valid shorter value).
 * Such draws are replaced by the next one and counted in the report; every other cut is refused.
 */
function invisibleCut(bytes: Uint8Array, at: number, csv: boolean): boolean {
  if (!csv) return false;
  const text = dec.decode(bytes);
  const cut = dec.decode(bytes.subarray(0, at));
  const start = cut.lastIndexOf('\n') + 1;
  if (start === cut.length) return true;
  const end = text.indexOf('\n', start);
  const cells = (line: string) => {
    try {
      return parseCsv(`${line}\n`, 'x', line.includes('\t') ? '\t' : ',', {})[0]?.cells.length ?? 0;
    } catch {
      return -1;
    }
  };
  return (
    cells(cut.slice(start).replace(/\r$/, '')) ===
    cells(text.slice(start, end < 0 ? undefined : end).replace(/\r$/, ''))
  );
}

/** Where a value starts, past the middle of the file: after a tag (XML), a delimiter (CSV) or a JSON string's quote. */
function valueSpot(text: string): number {
  const from = Math.floor(text.length * 0.6);
  const xml = /^\s*</.test(text);
  const json = /^\s*\{/.test(text);
  const re = xml ? />(?=[A-Za-z])/g : json ? /":\s*"(?=[A-Za-z])/g : /[,\t]"?(?=[A-Za-z])/g;
  re.lastIndex = from;
  const m = re.exec(text) ?? ((re.lastIndex = 0), re.exec(text));
  assert.ok(m, 'no value found to make hostile');
  return m.index + m[0].length;
}
const insertAt = (b: Uint8Array, what: string) => {
  const t = dec.decode(b);
  const at = valueSpot(t);
  return t.slice(0, at) + what + t.slice(at);
};

interface Case {
  what: string;
  files: InputFile[];
  reason: RegExp;
}

async function cases(imp: Importer, seed: number): Promise<Case[]> {
  const [first, ...rest] = imp.sample();
  const rnd = seeded(seed);
  const one = (what: string, f: InputFile, reason: RegExp): Case => ({ what, files: [f, ...rest], reason });
  const csv = imp.container === 'text' && !/^\s*[<{[]/.test(dec.decode(first!.bytes.subarray(0, 64)));
  const out: Case[] = [];
  while (out.length < 3) {
    const [t] = truncations(first!.bytes, 1, rnd);
    if (invisibleCut(first!.bytes, t!.at, csv)) invisible[imp.name] = (invisible[imp.name] ?? 0) + 1;
    else
      out.push(
        one(`truncated at byte ${t!.at} of ${first!.bytes.length}`, { name: first!.name, bytes: t!.bytes }, /./),
      );
  }
  out.push(
    one(
      'a NUL byte',
      inside(first!, imp.container, (b) => withNul(b, rnd)),
      /NUL/,
    ),
  );
  const long = imp.name.startsWith('controls') ? 300_000 : 70_000; // the CCL's own limit is 256 Ki characters
  out.push(
    one(
      `a ${long}-character field`,
      inside(first!, imp.container, (b) => enc.encode(insertAt(b, huge(long, 'Z')))),
      /character limit|longer than/,
    ),
  );
  // OFAC documents Windows-1252 for its legacy CSV, which the reader accepts (ofac-csv.ts).
  if (!imp.name.includes('OFAC legacy CSV'))
    out.push(
      one(
        'Latin-1 instead of UTF-8',
        inside(first!, imp.container, (b) => latin1(insertAt(b, 'Société Générale '))),
        /not valid UTF-8/,
      ),
    );
  out.push(
    one(
      'UTF-16 instead of UTF-8',
      inside(first!, imp.container, (b) => utf16(dec.decode(b))),
      /not valid UTF-8|NUL/,
    ),
  );
  if (imp.container === 'zip')
    out.push(
      one(
        'a zip bomb (3.3 GB declared as 1 KB)',
        { name: first!.name, bytes: await zipBomb(Object.keys(unzipSync(first!.bytes))[0]!, 3300) },
        /bomb/,
      ),
    );
  else if (imp.container === 'xlsx') {
    const parts = unzipSync(first!.bytes);
    const { 'xl/worksheets/sheet1.xml': _sheet, ...others } = parts;
    out.push(
      one(
        'an xlsx whose sheet is a 3.3 GB bomb',
        { name: first!.name, bytes: await zipBomb('xl/worksheets/sheet1.xml', 3300, 1000, others) },
        /bomb/,
      ),
    );
  } else {
    // List files may be gzip (CSL consolidated.csv.gz); the other importers take plain text, so the bomb must be
    // refused as not UTF-8.
    const name = imp.container === 'gzip' || !imp.name.startsWith('lists') ? first!.name : `${first!.name}.gz`;
    out.push(one('a 3.3 GB gzip bomb (3.4 MB)', { name, bytes: await gzipBomb(3300) }, /bomb|not valid UTF-8/));
  }
  return out;
}

/** Rows in every table (as the connecting role: row-level security does not hide any). */
const rowCounts = (app: AppContext) =>
  app.db.raw(async (tx) => {
    const tables = await tx.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const out: Record<string, number> = {};
    for (const { t } of tables) out[t] = (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}"`))[0]!.n;
    return out;
  });

describe('hostile files through every importer (PGlite)', () => {
  let app: AppContext;
  let p: Principal;
  const peak = rssPeak();
  const measured: Record<string, { cases: number; peakMiB: number }> = {};

  before(async () => {
    app = await openApp(loadConfig({ LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0' }), {
      db: await openTestDatabase('pglite'),
    });
    const boot = await bootstrapOperator(app);
    p = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
    // Shipments and payments are scored against the loaded lists on import (fail closed without one).
    await importListFiles(app, p, IMPORTERS.find((i) => i.name.includes('FollowTheMoney'))!.sample());
  });
  after(async () => {
    await peak.stop();
    await app.close();
    process.stdout.write(`# peak RSS growth per importer (MiB, worst hostile case): ${JSON.stringify(measured)}\n`);
    process.stdout.write(`# CSV cuts no reader can see (redrawn): ${JSON.stringify(invisible)}\n`);
  });

  IMPORTERS.forEach((imp, i) => {
    test(imp.name, async () => {
      const list = await cases(imp, 1000 + i);
      const before = await rowCounts(app);
      let worst = 0;
      for (const c of list) {
        const { error, peakGrowth } = await peak.measure(() => imp.run(app, p, c.files));
        const where = `${imp.name}, ${c.what}`;
        assert.ok(
          error instanceof DomainError,
          `${where}: expected a refusal, got ${error === undefined ? 'success' : String(error)}`,
        );
        assert.equal(error.kind, 'invalid_input', `${where}: ${error.message}`);
        assert.match(error.message, c.reason, where);
        assert.ok(
          c.files.some((f) =>
            error.message.includes(
              f.name
                .replace(/\.(gz|zip)$/i, '')
                .replace(/^.*\//, '')
                .slice(0, 8),
            ),
          ) || /\.(xml|csv|json)\b/i.test(error.message),
          `${where}: the message names the file: ${error.message}`,
        );
        assert.ok(
          error.message.length < 600 && !error.message.includes('ZZZZZZZZZZ') && !error.message.includes('\0'),
          `${where}: the message carries no row data (${error.message.length} chars)`,
        );
        worst = Math.max(worst, peakGrowth);
      }
      assert.deepEqual(await rowCounts(app), before, `${imp.name}: the database changed`);
      measured[imp.name] = { cases: list.length, peakMiB: Math.round(worst / MiB) };
      const ceiling = ceilingMiB(imp.name);
      assert.ok(
        worst <= ceiling * MiB,
        `${imp.name}: peak RSS growth ${Math.round(worst / MiB)} MiB above the ${ceiling} MiB ceiling`,
      );
      // The untouched sample imports: the importer works, the refusals were the hostile bytes'.
      await (imp.accepts ? imp.accepts(imp.sample()) : imp.run(app, p, imp.sample()));
    });
  });
});
