import { newEvent } from '@pollen/platform/kafka';

import { InMemoryDirectoryStore } from '../../../test/fakes/in-memory-directory.store';
import { ProjectDirectory } from './project-directory.usecase';

describe('ProjectDirectory, on tombstones', () => {
  it('forgets an erased account’s contact, and an introduction’s contacts, once', async () => {
    const directory = new InMemoryDirectoryStore();
    const sut = new ProjectDirectory(directory);
    const contact = { email: 'lea@example.org', displayName: 'Léa', locale: 'fr', role: 'applicant' } as const;
    await directory.saveRecipient({ id: 'acc-1', ...contact, version: 1 });
    await directory.saveIntroductionContacts({
      matchId: 'match-1',
      applicant: { name: 'Léa', email: 'lea@example.org' },
      investor: { name: 'Camille', email: 'c@example.org' },
    });
    const contactErased = newEvent('account.contact-erased', {
      subject: 'acc-1',
      aggregateVersion: 2,
      data: { accountId: 'acc-1' },
    });
    const contactsErased = newEvent('introduction.contacts-erased', {
      subject: 'match-1',
      aggregateVersion: 1,
      data: { matchId: 'match-1' },
    });

    expect(await sut.contactErased(contactErased)).toBe('applied');
    expect(await sut.introductionContactsErased(contactsErased)).toBe('applied');
    expect(await directory.recipient('acc-1')).toBeNull();
    expect(await directory.introductionContacts('match-1')).toBeNull();
    expect(await sut.contactErased(contactErased)).toBe('duplicate');
  });
});
