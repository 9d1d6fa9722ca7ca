// PostgreSQL: the storage FerretDB can use instead of SQLite (POLLEN_FERRETDB_BACKEND=postgresql).
// FerretDB's SQLite backend lets one writer in at a time per database; on PostgreSQL writers run
// side by side (docs/performance.md measures both). The server is Debian's `postgresql` package,
// installed with apt when missing (the machine has no other source of it), and a cluster of the
// profile's own under .pollen/<profile>/postgres-data, started and stopped like Kafka and FerretDB.
// PostgreSQL refuses to run as root: under root, the cluster belongs to the package's `postgres` user.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { exited, log, portOpen, readPid, runLong, startDetached, stopProcess, waitFor } from './processes.mjs';

/** Where a profile's cluster lives (merged into infra.mjs' settings()). */
export function postgresPaths(home, port) {
  return {
    postgresData: path.join(home, 'postgres-data'),
    // FerretDB keeps every MongoDB database as a schema of this one PostgreSQL database.
    postgresUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
  };
}

/** The newest PostgreSQL server Debian installed (/usr/lib/postgresql/<major>/bin), if any. */
function serverBin() {
  const root = '/usr/lib/postgresql';
  const majors = fs.existsSync(root) ? fs.readdirSync(root).filter((major) => /^\d+$/.test(major)) : [];
  const major = majors
    .sort((a, b) => Number(b) - Number(a))
    .find((m) => fs.existsSync(path.join(root, m, 'bin', 'postgres')));
  return major && path.join(root, major, 'bin');
}

export async function provisionPostgres() {
  if (serverBin()) return;
  if (process.getuid?.() !== 0) {
    throw new Error('PostgreSQL is not installed: run `sudo apt-get install -y postgresql`, or use the SQLite backend');
  }
  log("installing Debian's postgresql package (once)");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runLong('updating the package lists', 'apt-get', ['update'], { env });
  await runLong('installing PostgreSQL', 'apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
    env,
  });
}

/** Runs the cluster's commands as the owner PostgreSQL accepts: ourselves, or `postgres` under root. */
function owner() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}

function initialise(s, bin, ids) {
  if (fs.existsSync(path.join(s.postgresData, 'PG_VERSION'))) return;
  fs.mkdirSync(s.postgresData, { recursive: true, mode: 0o700 });
  if (ids.uid !== undefined) fs.chownSync(s.postgresData, ids.uid, ids.gid);
  // Loopback only and trusted, as the other servers of a profile: no password to manage.
  execFileSync(
    path.join(bin, 'initdb'),
    ['-D', s.postgresData, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8'],
    { stdio: ['ignore', 'ignore', 'inherit'], cwd: os.tmpdir(), ...ids },
  );
}

export async function startPostgres(s) {
  if (readPid(s, 'postgres')) return;
  if (await portOpen(s.postgresPort)) {
    throw new Error(`port ${s.postgresPort} is taken by another process: set POLLEN_POSTGRES_PORT`);
  }
  await provisionPostgres();
  const bin = serverBin();
  const ids = owner();
  initialise(s, bin, ids);
  startDetached(
    s,
    'postgres',
    path.join(bin, 'postgres'),
    [
      '-D',
      s.postgresData,
      '-p',
      String(s.postgresPort),
      '-c',
      'listen_addresses=127.0.0.1',
      // TCP only: no socket file in /var/run, which needs root to create.
      '-c',
      'unix_socket_directories=',
      // One FerretDB connects with a pool of its own; the tests' many databases share it.
      '-c',
      'max_connections=200',
    ],
    // A directory the postgres user may enter: at start the server returns to where it was started.
    { ...ids, cwd: os.tmpdir() },
  );
  await waitFor(
    'PostgreSQL',
    async () => {
      if (!readPid(s, 'postgres')) throw exited('PostgreSQL', path.join(s.logsDir, 'postgres.out.log'));
      // Listening is not ready: while it recovers, it refuses connections.
      try {
        execFileSync(path.join(bin, 'pg_isready'), [
          '-q',
          '-h',
          '127.0.0.1',
          '-p',
          String(s.postgresPort),
          '-U',
          'postgres',
        ]);
        return true;
      } catch {
        return false;
      }
    },
    30_000,
  );
}

export async function stopPostgres(s) {
  return stopProcess(s, 'postgres');
}
