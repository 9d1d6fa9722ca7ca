import type { INestApplication } from '@nestjs/common';
import type request from 'supertest';

import { startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';

/** The template routes: reads for every signed-in role, writes for operators, impossible paths 404 at the edge. */
describe('LegalTemplatesController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let investor: string;
  let operator: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    investor = await controllers.tokenFor('investor', 'investor-7');
    operator = await controllers.tokenFor('operator', 'operator-1');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  it('lists the templates for any signed-in role, and nothing without a token', async () => {
    services.answer('legal-templates.list', { items: [], nextCursor: null });
    await http
      .get('/v1/legal-templates?instrument=grant&locale=en')
      .set('Authorization', `Bearer ${investor}`)
      .expect(200, { items: [], nextCursor: null });
    expect(services.calls[0]).toMatchObject({
      type: 'legal-templates.list',
      subject: 'investor-7',
      data: { instrument: 'grant', locale: 'en' },
    });
    const anonymous = await http.get('/v1/legal-templates');
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'auth.token-required']);
  });

  it('answers a preview as an HTML page', async () => {
    services.answer('legal-templates.preview', { html: '<!DOCTYPE html><html lang="fr"></html>' });
    const response = await http
      .post('/v1/legal-templates/convention-de-subvention/versions/1.0.0/preview')
      .set('Authorization', `Bearer ${investor}`)
      .send({ locale: 'fr', variables: { amountCents: 100 } });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    // Its inline styles apply; nothing else loads or runs.
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    );
    expect(response.text).toBe('<!DOCTYPE html><html lang="fr"></html>');
    expect(services.calls[0]).toMatchObject({
      subject: 'convention-de-subvention',
      data: { version: '1.0.0', locale: 'fr', variables: { amountCents: 100 } },
    });
  });

  it('keeps writes for operators and answers 404 for a key or version no template could have', async () => {
    const publish = (path: string, token: string) => http.post(path).set('Authorization', `Bearer ${token}`);
    expect((await publish('/v1/legal-templates/convention/versions/1.0.0/publish', investor)).status).toBe(403);
    expect((await publish('/v1/legal-templates/Convention_X/versions/1.0.0/publish', operator)).status).toBe(404);
    expect((await publish('/v1/legal-templates/convention/versions/v1/publish', operator)).status).toBe(404);
    expect(services.calls).toEqual([]);
  });

  it('takes a version’s two bodies above the API’s 100 kB, up to 512 kB, and nothing else that large', async () => {
    const draft = (each: number) => ({
      key: 'convention-longue',
      version: '1.0.0',
      title: { fr: 'Convention', en: 'Agreement' },
      description: { fr: 'Longue', en: 'Long' },
      instruments: ['grant'],
      schema: { type: 'object' },
      bodies: { fr: `<p>${'a'.repeat(each)}</p>`, en: `<p>${'b'.repeat(each)}</p>` },
    });
    services.answer('legal-templates.create', (call) => {
      const asked = call.data as ReturnType<typeof draft>;
      return {
        ...asked,
        instruments: ['grant'],
        kind: 'grant',
        status: 'draft',
        createdAt: '2026-12-02T00:00:00.000Z',
        updatedAt: '2026-12-02T00:00:00.000Z',
      };
    });
    const create = (body: object) =>
      http.post('/v1/legal-templates').set('Authorization', `Bearer ${operator}`).send(body);

    expect((await create(draft(150 * 1024))).status).toBe(201);
    const tooLarge = await create(draft(300 * 1024));
    expect([tooLarge.status, tooLarge.body.code]).toEqual([413, 'payload-too-large']);
    const preview = await http
      .post('/v1/legal-templates/convention-longue/versions/1.0.0/preview')
      .set('Authorization', `Bearer ${operator}`)
      .send({ locale: 'fr', variables: { text: 'a'.repeat(150 * 1024) } });
    expect([preview.status, preview.body.code]).toEqual([413, 'payload-too-large']);
    expect(services.calls.map((call) => call.type)).toEqual(['legal-templates.create']);
  });
});
