#!/usr/bin/env node
// Seeds demo data through the public API, as an operator would: the same use cases, the same
// validation. Idempotent: a programme whose title already exists is left alone, so running it
// twice adds nothing. Usage: POLLEN_API_URL=http://localhost:3000 node tools/seed/seed.mjs
import { demoProgrammes } from './programmes.mjs';

const api = process.env.POLLEN_API_URL ?? 'http://localhost:3000';
const credentials = {
  email: process.env.POLLEN_OPERATOR_EMAIL ?? 'operator@pollen.local',
  password: process.env.POLLEN_OPERATOR_PASSWORD ?? 'pollen-operator',
};

async function call(path, { method = 'GET', token, body } = {}) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(payload)}`);
  return payload;
}

async function existingTitles() {
  const titles = new Set();
  let cursor;
  do {
    const page = await call(`/v1/programmes?status=all&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    for (const programme of page.items) titles.add(programme.title);
    cursor = page.nextCursor;
  } while (cursor);
  return titles;
}

export async function seed() {
  const { accessToken } = await call('/v1/auth/login', { method: 'POST', body: credentials });
  const existing = await existingTitles();
  let created = 0;
  for (const programme of demoProgrammes()) {
    if (existing.has(programme.title)) continue;
    await call('/v1/programmes', { method: 'POST', token: accessToken, body: programme });
    created++;
  }
  return { created, kept: existing.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed().then(
    ({ created, kept }) => process.stdout.write(`[seed] ${created} programme(s) created, ${kept} already there\n`),
    (error) => {
      process.stderr.write(`[seed] ${error.message}\n`);
      process.exit(1);
    },
  );
}
