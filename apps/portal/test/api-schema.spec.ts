import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

/**
 * The portal calls the API only through types generated from docs/openapi.json; the committed
 * types must be what the committed document gives, as the document must be what the code gives
 * (apps/gateway/test/openapi-document.spec.ts).
 */
describe('the portal’s API types', () => {
  it('are generated from the committed OpenAPI document', () => {
    const check = spawnSync(process.execPath, ['tools/openapi/portal-client.cjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(`${check.stdout}${check.stderr}`.trim()).toBe('apps/portal/src/api/schema.d.ts: up to date');
    expect(check.status).toBe(0);
  });
});
