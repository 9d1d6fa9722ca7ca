import type { INestApplication } from '@nestjs/common';
import { type DeadLetterView, DomainException } from '@pollen/contracts';
import type request from 'supertest';

import { startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';

const ID = 'pollen.applications.application-events.v2.matching.dlt:0:7';

/** Dead letters: operators only; operations answers. */
describe('OpsController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let operator: string;
  let applicant: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    operator = await controllers.tokenFor('operator', 'op-1');
    applicant = await controllers.tokenFor('applicant');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  it('lists dead letters with the filters, for operators only', async () => {
    services.answer('operations.list-dead-letters', { items: [], nextCursor: null });

    const response = await http
      .get('/v1/ops/dead-letters?state=open&type=application.drafted&limit=10')
      .set('Authorization', `Bearer ${operator}`);
    const refused = await http.get('/v1/ops/dead-letters').set('Authorization', `Bearer ${applicant}`);

    expect(response.status).toBe(200);
    expect(services.calls[0]).toMatchObject({
      type: 'operations.list-dead-letters',
      data: { state: 'open', type: 'application.drafted', limit: 10 },
      actor: { id: 'op-1', roles: ['operator'] },
    });
    expect(refused.status).toBe(403);
  });

  it('replays a dead letter keyed by its id and answers 202', async () => {
    services.answer('operations.replay-dead-letter', { id: ID, state: 'replaying' } as DeadLetterView);

    const response = await http
      .post(`/v1/ops/dead-letters/${encodeURIComponent(ID)}/replay`)
      .set('Authorization', `Bearer ${operator}`);

    expect(response.status).toBe(202);
    expect(services.calls[0]).toMatchObject({ type: 'operations.replay-dead-letter', subject: ID });
  });

  it('says 409 dead-letter.not-replayable for a request dead letter, and 404 for a malformed id', async () => {
    services.fail('operations.replay-dead-letter', new DomainException('dead-letter.not-replayable'));

    const refused = await http.post(`/v1/ops/dead-letters/${ID}/replay`).set('Authorization', `Bearer ${operator}`);
    const malformed = await http.post('/v1/ops/dead-letters/nope/replay').set('Authorization', `Bearer ${operator}`);

    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'dead-letter.not-replayable' });
    expect(malformed.status).toBe(404);
    expect(malformed.body).toMatchObject({ code: 'dead-letter.not-found' });
  });
});
