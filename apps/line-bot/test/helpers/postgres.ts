import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

/** initdb refuses to run as root: as root, run PostgreSQL as the `postgres` system user. */
function asPostgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A throwaway PostgreSQL 15 server in a temp dir on a free loopback port. Tests skip the disk flush
 * (fsync=off) for speed; a benchmark asks for `durable` commits, as a production server makes them.
 */
export async function startPostgres(options: { durable?: boolean } = {}) {
  if (!existsSync(join(BIN, 'initdb')))
    throw new Error(`PostgreSQL binaries not found in ${BIN} (set POSTGRES_BIN)`);
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-pg-'));
  const user = asPostgresUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  const data = join(dir, 'data');
  execFileSync(
    join(BIN, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'],
    { ...ids, stdio: 'ignore' },
  );
  const port = await freePort();
  const server: ChildProcess = spawn(
    join(BIN, 'postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `fsync=${options.durable ? 'on' : 'off'}`,
      '-c',
      'max_connections=100',
    ],
    { ...ids, stdio: 'ignore' },
  );
  const url = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url('postgres') });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  let count = 0;
  return {
    url,
    /** A fresh empty database; returns its URL. */
    async createDatabase(): Promise<string> {
      const name = `test_${process.pid}_${++count}`;
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return url(name);
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGINT'); // fast shutdown
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Postgres = Awaited<ReturnType<typeof startPostgres>>;
