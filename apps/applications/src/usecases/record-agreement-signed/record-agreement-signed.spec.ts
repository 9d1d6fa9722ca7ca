import { journey } from '../../../test/fakes/journey';
import { RecordAgreementSigned } from './record-agreement-signed.usecase';

describe('RecordAgreementSigned', () => {
  it('says in the history that an agreement was signed, once however often told, the status staying', async () => {
    const sut = await journey();
    const eligible = await sut.eligible();
    const record = new RecordAgreementSigned(sut.store);
    const signed = {
      applicationId: eligible.id,
      documentId: 'doc-1',
      sha256: 'b'.repeat(64),
      templateKey: 'accord-de-confidentialite',
      eventId: 'evt-signed',
      at: new Date('2026-12-20T10:00:00Z'),
    };

    await expect(record.execute(signed)).resolves.toBe('applied');
    await expect(record.execute({ ...signed, eventId: 'evt-again' })).resolves.toBe('duplicate');

    const stored = await sut.store.findById(eligible.id);
    expect(stored?.status).toBe('eligible');
    expect(stored?.history.at(-1)).toMatchObject({ status: 'eligible', by: 'system', documentId: 'doc-1' });
    expect(sut.store.events.filter((event) => event.type === 'application.agreement-signed')).toEqual([
      expect.objectContaining({
        aggregateVersion: eligible.version + 1,
        data: expect.objectContaining({ documentId: 'doc-1', sha256: 'b'.repeat(64) }),
      }),
    ]);
  });
});
