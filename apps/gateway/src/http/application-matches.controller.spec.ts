import type { INestApplication } from '@nestjs/common';
import type request from 'supertest';

import { startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';

const APPLICATION = '3f1c2b7e-5d4a-4c8e-9b1a-2e3f4a5b6c7d';

/** The applicant's side of matching (the owner and operators ask, keyed by the application), and operators' figures. */
describe('ApplicationMatchesController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    for (const role of ['applicant', 'operator', 'investor'] as const) tokens[role] = await controllers.tokenFor(role);
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  it('asks matching for its figures for operators only', async () => {
    services.answer('matching.stats', { overall: { matches: 0 }, programmes: [] } as never);

    const statuses: number[] = [];
    for (const role of ['operator', 'applicant', 'investor']) {
      statuses.push((await http.get('/v1/ops/matching/stats').set('Authorization', `Bearer ${tokens[role]}`)).status);
    }

    expect(statuses).toEqual([200, 403, 403]);
    expect(services.calls.map((call) => call.type)).toEqual(['matching.stats']);
  });

  it('asks matching for the application’s insights and interested investors, for its owner and operators only', async () => {
    services.answer('matching.insights', { theses: 12, passing: 4, gates: [{ gate: 'region', failing: 5 }] });
    services.answer('matching.application-matches', { items: [] });

    const statuses: number[] = [];
    for (const path of ['matching-insights', 'matches']) {
      for (const role of ['applicant', 'operator', 'investor']) {
        const answer = await http
          .get(`/v1/applications/${APPLICATION}/${path}`)
          .set('Authorization', `Bearer ${tokens[role]}`);
        statuses.push(answer.status);
      }
    }
    const notAnId = await http
      .get('/v1/applications/not-an-id/matches')
      .set('Authorization', `Bearer ${tokens['applicant']}`);

    expect([...statuses, notAnId.status]).toEqual([200, 200, 403, 200, 200, 403, 404]);
    expect(services.calls.map((call) => [call.type, call.subject])).toEqual([
      ['matching.insights', APPLICATION],
      ['matching.insights', APPLICATION],
      ['matching.application-matches', APPLICATION],
      ['matching.application-matches', APPLICATION],
    ]);
  });
});
