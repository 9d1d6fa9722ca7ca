import { type ApplicationView, deadLetterTopicOf, Headers, type ProgrammeView, Topics } from '@pollen/contracts';
import { eventually, KafkaProbe, requestEnvelope, uniqueName } from '@pollen/testing';

import { aProgramme, json, Platform } from './platform';

/**
 * ADR 0018, end to end: whoever can write a request topic cannot act as an operator. A decision
 * written straight to Kafka with an operator's actor is set aside as `forged-actor`, answered by
 * nobody and applied to nothing; the decision through the gateway, which signs its actor, is
 * recorded, and the budget settles through the request applications sends as itself, unsigned.
 */
describe('a request whose actor the gateway did not sign', () => {
  let platform: Platform;
  let probe: KafkaProbe;
  const deadLetters = deadLetterTopicOf(Topics.applicationRequests, 'applications').name;

  beforeAll(async () => {
    platform = await Platform.start();
    probe = new KafkaProbe();
    await probe.listen([deadLetters, Topics.gatewayReplies.name]);
  });

  afterAll(async () => {
    await probe?.close();
    await platform?.stop();
  });

  it('is dead-lettered unanswered and changes nothing, while the gateway’s own request is carried out', async () => {
    const operator = await platform.operator();
    const programme = await platform.createProgramme(operator, aProgramme());
    const applicant = await platform.signUp();
    const applicationId = await platform.submitted(applicant, programme.id, 'Recyclerie du quartier');
    const read = async () =>
      json<ApplicationView>(await platform.call(`/v1/applications/${applicationId}`, { token: operator }));
    expect((await read()).status).toBe('eligible');

    // A raw kafkajs producer, as anything with the broker's address could send it.
    const forged = requestEnvelope({
      type: 'applications.decide',
      subject: applicationId,
      data: { decision: 'declined', reason: 'Décision forgée' },
      actor: { id: uniqueName('mallory'), roles: ['operator'] },
      instance: uniqueName('forger'),
      unsigned: true,
    });
    await probe.send(Topics.applicationRequests.name, [{ key: applicationId, value: JSON.stringify(forged) }]);

    const deadLetter = await probe.waitFor((m) => m.topic === deadLetters && m.key === applicationId);
    expect(deadLetter.headers[Headers.dltReason]).toBe('forged-actor');
    expect(deadLetter.headers[Headers.dltError]).toMatch(/^the actor is not signed: applications\.decide/);
    expect((await read()).status).toBe('eligible');

    const decided = await platform.call(`/v1/applications/${applicationId}/decision`, {
      method: 'POST',
      token: operator,
      body: { decision: 'funded', reason: 'Projet solide et ancré localement' },
    });
    expect(decided.status).toBe(200);
    expect(await json<ApplicationView>(decided)).toMatchObject({ status: 'funded' });
    expect((await read()).history.at(-1)).toMatchObject({ reason: 'Projet solide et ancré localement' });
    // `programmes.settle-budget`, sent by applications to itself as its system actor (its `senders`).
    await eventually(
      async () =>
        (await json<ProgrammeView>(await platform.call(`/v1/programmes/${programme.id}`, { token: operator })))
          .committedCents === 4_000_000,
      { what: 'the decision’s hold committed' },
    );
    const answers = probe.received.filter((m) => m.topic === Topics.gatewayReplies.name);
    expect(answers.filter((m) => m.value.includes(forged.id))).toEqual([]);
  });
});
