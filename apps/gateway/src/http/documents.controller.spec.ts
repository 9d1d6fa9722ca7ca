import { createHash } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import { DomainException } from '@pollen/contracts';
import type request from 'supertest';

import { SIGNING_PASSWORD, startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';

/** Documents: the service decides who reads; a file is read from the service piece by piece and sent whole. */
describe('DocumentsController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let operator: string;
  let applicant: string;
  const ID = '0b6c1f0e-8f7a-4c2e-9d1b-3a5e7c9f1d2b';

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    operator = await controllers.tokenFor('operator', 'operator-1');
    applicant = await controllers.tokenFor('applicant', 'applicant-1');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  it('streams a file read in pieces, with its type, a readable name and its hash as ETag', async () => {
    const file = Buffer.from('%PDF-1.7 '.repeat(10));
    const piece = 32;
    services.answer('documents.content', (call) => {
      const offset = (call.data as { offset: number }).offset;
      return {
        format: 'pdf',
        contentType: 'application/pdf',
        fileName: 'accord-de-confidentialite-fr.pdf',
        sha256: createHash('sha256').update(file).digest('hex'),
        totalBytes: file.byteLength,
        offset,
        data: file.subarray(offset, offset + piece).toString('base64'),
      };
    });

    const response = await http
      .get(`/v1/documents/${ID}/content?format=pdf`)
      .set('Authorization', `Bearer ${operator}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

    expect(response.status).toBe(200);
    expect(Buffer.compare(response.body as Buffer, file)).toBe(0);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="accord-de-confidentialite-fr.pdf"; filename*=UTF-8''accord-de-confidentialite-fr.pdf`,
    );
    expect(response.headers['etag']).toBe(`"${createHash('sha256').update(file).digest('hex')}"`);
    expect(services.calls.map((call) => (call.data as { offset: number }).offset)).toEqual([0, 32, 64]);
  });

  it('sends nothing when the bytes read are not the ones recorded', async () => {
    services.answer('documents.content', {
      format: 'pdf',
      contentType: 'application/pdf',
      fileName: 'x.pdf',
      sha256: 'b'.repeat(64),
      totalBytes: 4,
      offset: 0,
      data: Buffer.from('%PDF').toString('base64'),
    });

    const response = await http
      .get(`/v1/documents/${ID}/content?format=pdf`)
      .set('Authorization', `Bearer ${operator}`);

    expect(response.status).toBe(500);
  });

  it('asks the service, which answers its parties: anyone else gets its 404', async () => {
    services.fail('documents.get', new DomainException('document.not-found'));

    const response = await http.get(`/v1/documents/${ID}`).set('Authorization', `Bearer ${applicant}`);

    expect([response.status, response.body.code]).toEqual([404, 'document.not-found']);
    expect(services.calls.map((call) => [call.type, call.actor?.id])).toEqual([['documents.get', 'applicant-1']]);
  });

  it('generates for operators only, and a format it does not make is a 400', async () => {
    const generate = await http
      .post('/v1/documents')
      .set('Authorization', `Bearer ${applicant}`)
      .send({ templateKey: 'accord-de-confidentialite', locale: 'fr', variables: {} });
    expect(generate.status).toBe(403);
    const odt = await http.get(`/v1/documents/${ID}/content?format=odt`).set('Authorization', `Bearer ${operator}`);
    expect([odt.status, odt.body.errors?.[0]?.field]).toEqual([400, 'format']);
    expect(services.calls).toEqual([]);
  });

  it('asks for the signer’s password again, and sends the service the declaration with where it came from, never the password', async () => {
    const declaration = {
      fullName: 'Léa Dubois',
      capacity: 'Présidente',
      consent: true,
      sha256: 'c'.repeat(64),
    };
    const wrong = await http
      .post(`/v1/documents/${ID}/sign`)
      .set('Authorization', `Bearer ${applicant}`)
      .set('User-Agent', 'pollen-test')
      .send({ ...declaration, password: 'guess' });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'auth.invalid-credentials']);
    expect(services.calls).toEqual([]);

    services.answer('documents.sign', (call) => ({ id: ID, ...(call.data as object) }) as never);
    const signed = await http
      .post(`/v1/documents/${ID}/sign`)
      .set('Authorization', `Bearer ${applicant}`)
      .set('User-Agent', 'pollen-test')
      .send({ ...declaration, password: SIGNING_PASSWORD });
    expect(signed.status).toBe(200);
    expect(services.calls.map((call) => call.data)).toEqual([
      { ...declaration, clientIp: expect.any(String), userAgent: 'pollen-test', authentication: 'password' },
    ]);
    const unconsented = await http
      .post(`/v1/documents/${ID}/sign`)
      .set('Authorization', `Bearer ${applicant}`)
      .send({ ...declaration, consent: false, capacity: ' ', password: SIGNING_PASSWORD });
    expect(unconsented.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'capacity',
      'consent',
    ]);
  });
});
