import { aDeadLetter } from '../../../test/factories/dead-letter.factory';
import { anErasureRequest } from '../../../test/factories/erasure.factory';
import { InMemoryDeadLetterStore } from '../../../test/fakes/in-memory-dead-letter.store';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { RecordErasureRequest } from '../record-erasure-request/record-erasure-request.usecase';
import { ExportPersonalData } from './export-personal-data.usecase';

describe('ExportPersonalData', () => {
  it('gives the dead letters that mention the account, and its erasures, as operators see them', async () => {
    const deadLetters = new InMemoryDeadLetterStore();
    const progress = new InMemoryErasureProgressStore();
    await deadLetters.insert(aDeadLetter({ id: 'hers', value: '{"data":{"ownerId":"account-1"}}' }), []);
    await deadLetters.insert(aDeadLetter({ id: 'not-hers', value: '{"data":{"ownerId":"account-2"}}' }), []);
    await new RecordErasureRequest(progress).execute({ request: anErasureRequest() });
    const sut = new ExportPersonalData(deadLetters, progress);

    const exported = await sut.execute({ actor: { id: 'account-1', roles: ['applicant'] } });

    expect(exported).toEqual({
      service: 'operations',
      sections: {
        deadLetters: [expect.objectContaining({ id: 'hers', value: '{"data":{"ownerId":"account-1"}}' })],
        erasures: [expect.objectContaining({ erasureId: 'erasure-1', status: 'in-progress' })],
      },
    });
  });
});
