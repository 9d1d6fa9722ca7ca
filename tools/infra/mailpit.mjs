// Mailpit: the real SMTP server the notifications service sends to locally and in tests. It keeps
// every mail it receives (nothing leaves the machine) in a SQLite file under .pollen/<profile>/, and
// shows them through its HTTP API (/api/v1/messages; libs/testing's Mailbox reads it in tests).
// Built once from the Go module proxy into the cache; started and stopped like Kafka and FerretDB.
import fs from 'node:fs';
import path from 'node:path';

import { exited, log, portOpen, readPid, runLong, startDetached, stopProcess, waitFor } from './processes.mjs';

export const MAILPIT_VERSION = 'v1.33.1';

/** Where Mailpit lives in the cache and in a profile's home (merged into infra.mjs' settings()). */
export function mailpitPaths(cacheDir, home) {
  return {
    mailpitBin: path.join(cacheDir, `mailpit-${MAILPIT_VERSION}`, 'bin', 'mailpit'),
    // Its own folder: SQLite writes -wal and -shm files beside the database.
    mailpitDb: path.join(home, 'mailpit-data', 'mailpit.db'),
  };
}

// Unlike FerretDB's, Mailpit's module builds as it is with `go install`. The web UI's script bundle
// is not in the module (their release build makes it with npm), so that build serves the HTTP API
// only, which is all the project reads.
export async function provisionMailpit(s) {
  if (fs.existsSync(s.mailpitBin)) return;
  const target = path.dirname(path.dirname(s.mailpitBin));
  log(`building Mailpit ${MAILPIT_VERSION} from the Go module proxy into ${target} (about 2 minutes, once)`);
  const staging = `${target}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    await runLong('building Mailpit', 'go', ['install', '-v', `github.com/axllent/mailpit@${MAILPIT_VERSION}`], {
      env: { ...process.env, GOBIN: path.join(staging, 'bin'), GOTOOLCHAIN: 'local' },
      countsPackages: true,
    });
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    // Its go.mod asks for Go 1.26, and GOTOOLCHAIN=local forbids fetching a newer Go.
    throw new Error(`building Mailpit ${MAILPIT_VERSION} failed (it needs Go 1.26+): ${error.message}`);
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(staging, target); // atomic: a half-built cache is never used
}

/** The command line of a profile's Mailpit; a throwaway one (libs/testing's spec) uses the same. */
export function mailpitArgs({ smtpPort, mailApiPort, database }) {
  return [
    `--smtp=127.0.0.1:${smtpPort}`,
    `--listen=127.0.0.1:${mailApiPort}`,
    `--database=${database}`,
    // Otherwise it asks api.github.com for a newer release: no network here, and no calls out anywhere.
    '--disable-version-check',
    // A client's address is always 127.0.0.1: no reverse DNS lookup on each connection.
    '--smtp-disable-rdns',
    // SMTP_URL may carry user:password@ as a production relay asks; locally any login, or none, is
    // accepted without TLS (Mailpit has no certificate, so it offers no STARTTLS either).
    '--smtp-auth-accept-any',
    '--smtp-auth-allow-insecure',
    // The default keeps 500 mails; the test profile's database outlives many runs, each sending many.
    '--max=5000',
    // Fault tests can make it answer SMTP errors (4xx, 5xx) through PUT /api/v1/chaos; off until then.
    '--enable-chaos',
  ];
  // Deliberately not --ignore-duplicate-ids: a mail sent twice (same Message-ID) must show twice.
}

export async function startMailpit(s) {
  if (readPid(s, 'mailpit')) return;
  for (const port of [s.smtpPort, s.mailApiPort]) {
    if (await portOpen(port)) {
      throw new Error(`port ${port} is taken by another process: set POLLEN_SMTP_PORT / POLLEN_MAIL_API_PORT`);
    }
  }
  await provisionMailpit(s);
  // The database stays across stop/start: mails received before a fault stay readable after it.
  fs.mkdirSync(path.dirname(s.mailpitDb), { recursive: true });
  startDetached(
    s,
    'mailpit',
    s.mailpitBin,
    mailpitArgs({ smtpPort: s.smtpPort, mailApiPort: s.mailApiPort, database: s.mailpitDb }),
  );
  await waitFor(
    'Mailpit',
    async () => {
      if (!readPid(s, 'mailpit')) throw exited('Mailpit', path.join(s.logsDir, 'mailpit.out.log'));
      const ready = await fetch(`${s.mailApiUrl}/readyz`, { signal: AbortSignal.timeout(1000) });
      return ready.status === 200 && (await portOpen(s.smtpPort));
    },
    30_000,
  );
}

export async function stopMailpit(s) {
  return stopProcess(s, 'mailpit');
}
