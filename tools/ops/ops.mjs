#!/usr/bin/env node
// The operators' command line, through the gateway: dead letters (ADR 0012), the platform's
// status, an application's timeline, and the demo data (tools/seed, as `npm start` seeds it).
//
//   npm run ops -- dead-letters list [--topic T] [--type T] [--state S] [--limit N] [--cursor C]
//   npm run ops -- dead-letters show <id>
//   npm run ops -- dead-letters replay <id>
//   npm run ops -- status
//   npm run ops -- timeline <applicationId>
//   npm run ops -- seed-demo
//
// POLLEN_API (default http://localhost:3000), POLLEN_OPS_EMAIL and POLLEN_OPS_PASSWORD (default:
// the local operator). Exits 0 on success, 1 on failure, 2 on bad usage.

import { seed, seedSummary } from '../seed/seed.mjs';

const USAGE = `usage: npm run ops -- dead-letters list [--topic T] [--type T] [--state S] [--limit N] [--cursor C]
       npm run ops -- dead-letters show <id>
       npm run ops -- dead-letters replay <id>
       npm run ops -- status
       npm run ops -- timeline <applicationId>
       npm run ops -- seed-demo`;

const LIST_OPTIONS = new Set(['topic', 'type', 'state', 'limit', 'cursor']);

class UsageError extends Error {}

/** `argv` without node and the script → what to do, or a UsageError. */
export function parseArguments(argv) {
  const [group, command, ...rest] = argv;
  if (group === 'status' || group === 'seed-demo') {
    if (command !== undefined) throw new UsageError(`${group} takes no arguments`);
    return { command: group };
  }
  if (group === 'timeline') {
    if (command === undefined || rest.length > 0) throw new UsageError('timeline takes one application id');
    return { command: 'timeline', id: command };
  }
  if (group !== 'dead-letters') throw new UsageError(group ? `unknown command "${group}"` : 'no command');
  if (command === 'list') {
    const query = {};
    for (let i = 0; i < rest.length; i += 2) {
      const name = rest[i]?.replace(/^--/, '');
      if (!rest[i]?.startsWith('--') || !LIST_OPTIONS.has(name) || rest[i + 1] === undefined) {
        throw new UsageError(`bad option "${rest[i]}"`);
      }
      query[name] = rest[i + 1];
    }
    return { command, query };
  }
  if (command === 'show' || command === 'replay') {
    if (rest.length !== 1) throw new UsageError(`${command} takes one dead-letter id`);
    return { command, id: rest[0] };
  }
  throw new UsageError(command ? `unknown dead-letters command "${command}"` : 'no dead-letters command');
}

/** Fixed-width columns, no dependencies. */
export function table(rows, columns) {
  const cells = rows.map((row) => columns.map((column) => String(row[column] ?? '')));
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((line) => line[i].length)));
  const line = (values) =>
    values
      .map((value, i) => value.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

async function call(api, path, { method = 'GET', token, body } = {}) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const payload = text ? JSON.parse(text) : {};
  if (!response.ok) {
    const code = payload.code ? ` ${payload.code}` : '';
    throw new Error(`${method} ${path}: ${response.status}${code}: ${payload.detail ?? payload.title ?? text}`);
  }
  return payload;
}

/** `GET /v1/ops/status` as tables: instances, consumer groups behind; dead letters and deliveries that failed. */
export function statusReport(status) {
  const instances = status.services.flatMap(({ service, instances: found }) =>
    found.length === 0
      ? [{ service, instance: '(none heard from)' }]
      : found.map((instance) => ({
          service,
          instance: instance.instance,
          version: instance.version,
          uptime: `${Math.floor(instance.uptimeSeconds / 60)} min`,
          ready: instance.ready ? 'yes' : `no (${instance.failingChecks.join(', ')})`,
          outbox: instance.outboxBacklog,
          heard: instance.silent ? `SILENT since ${instance.lastHeartbeatAt}` : instance.lastHeartbeatAt,
        })),
  );
  const behind = status.lag.filter((lag) => lag.lag > 0);
  return [
    `status at ${status.at}`,
    '',
    table(instances, ['service', 'instance', 'version', 'uptime', 'ready', 'outbox', 'heard']),
    '',
    behind.length > 0
      ? table(behind, ['group', 'topic', 'lag'])
      : `every consumer group is up to date (${status.lag.length} group-topic pairs)`,
    '',
    `dead letters: ${status.deadLetters.open} open, ${status.deadLetters.replaying} replaying, ${status.deadLetters.replayFailed} replay failed`,
    `notifications since ${status.notifications.since}: ${status.notifications.failedAttempts} failed attempts (tried again), ${status.notifications.givenUp} given up`,
    ...status.notifications.byChannel
      .filter((channel) => channel.failedAttempts + channel.givenUp > 0)
      .map((channel) => `  ${channel.channel}: ${channel.failedAttempts} failed attempts, ${channel.givenUp} given up`),
  ].join('\n');
}

/** Every page of `GET /v1/ops/applications/{id}/timeline`, as one table, oldest first. */
async function timelineReport(api, token, applicationId) {
  const entries = [];
  let cursor;
  do {
    const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const page = await call(api, `/v1/ops/applications/${encodeURIComponent(applicationId)}/timeline?${query}`, {
      token,
    });
    entries.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const rows = entries.map((entry) => ({
    at: entry.occurredAt,
    source: entry.source,
    type: entry.type,
    detail: entry.detail ?? '',
    subject: entry.subject,
    correlation: entry.correlationId,
    trace: entry.traceId ?? '',
  }));
  return [
    `timeline of application ${applicationId}: ${entries.length} events`,
    '',
    table(rows, ['at', 'source', 'type', 'detail', 'subject', 'correlation', 'trace']),
  ].join('\n');
}

function show(deadLetter) {
  const fields = ['id', 'state', 'kind', 'consumer', 'topic', 'partition', 'offset', 'type', 'key', 'reason', 'error'];
  const more = ['attempts', 'firstFailedAt', 'lastFailedAt'];
  const rows = [...fields, ...more].map((field) => ({ field, value: deadLetter[field] }));
  const replays = (deadLetter.replays ?? []).map((replay) => ({ ...replay, error: replay.error ?? '' }));
  return [
    table(rows, ['field', 'value']),
    '',
    replays.length > 0
      ? table(replays, ['requestedAt', 'requestedBy', 'outcome', 'completedAt', 'error'])
      : 'no replays',
    '',
    `value: ${deadLetter.value}`,
  ].join('\n');
}

export async function main(argv, env = process.env, out = console) {
  let parsed;
  try {
    parsed = parseArguments(argv);
  } catch (error) {
    out.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  const api = (env.POLLEN_API ?? 'http://localhost:3000').replace(/\/$/, '');
  const operator = {
    email: env.POLLEN_OPS_EMAIL ?? 'operator@pollen.local',
    password: env.POLLEN_OPS_PASSWORD ?? 'pollen-operator',
  };
  try {
    if (parsed.command === 'seed-demo') {
      const started = Date.now();
      const done = await seed({ api, operator, progress: (step) => out.log(`seeding ${step}…`) });
      for (const line of seedSummary(done)) out.log(line);
      out.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    }
    const { accessToken } = await call(api, '/v1/auth/login', { method: 'POST', body: operator });
    const base = '/v1/ops/dead-letters';
    if (parsed.command === 'status') {
      out.log(statusReport(await call(api, '/v1/ops/status', { token: accessToken })));
    } else if (parsed.command === 'timeline') {
      out.log(await timelineReport(api, accessToken, parsed.id));
    } else if (parsed.command === 'list') {
      const page = await call(api, `${base}?${new URLSearchParams(parsed.query)}`, { token: accessToken });
      out.log(table(page.items, ['id', 'state', 'kind', 'type', 'reason', 'attempts', 'lastFailedAt']));
      if (page.nextCursor) out.log(`\nnext page: --cursor ${page.nextCursor}`);
    } else if (parsed.command === 'show') {
      out.log(show(await call(api, `${base}/${encodeURIComponent(parsed.id)}`, { token: accessToken })));
    } else {
      const deadLetter = await call(api, `${base}/${encodeURIComponent(parsed.id)}/replay`, {
        method: 'POST',
        token: accessToken,
      });
      out.log(`replay requested: ${deadLetter.id} is ${deadLetter.state}`);
    }
    return 0;
  } catch (error) {
    out.error(error.message);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
