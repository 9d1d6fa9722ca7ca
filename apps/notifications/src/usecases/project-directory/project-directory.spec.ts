import type { EventDataOf } from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { applicationDrafted, RecordingErasureLog } from '@pollen/testing';

import { InMemoryDirectoryStore } from '../../../test/fakes/in-memory-directory.store';
import { ProjectDirectory } from './project-directory.usecase';

const contact = { email: 'lea@example.org', displayName: 'Léa', locale: 'fr', role: 'applicant' } as const;

describe('ProjectDirectory', () => {
  let directory: InMemoryDirectoryStore;
  let erasures: RecordingErasureLog;
  let sut: ProjectDirectory;

  beforeEach(() => {
    directory = new InMemoryDirectoryStore();
    erasures = new RecordingErasureLog();
    sut = new ProjectDirectory(directory, erasures);
  });

  const contactChanged = (accountId: string) =>
    newEvent('account.contact-changed', { subject: accountId, aggregateVersion: 1, data: { accountId, ...contact } });
  const contactsExchanged = (applicationId: string, investorId: string) =>
    newEvent('introduction.contacts-exchanged', {
      subject: 'match-1',
      aggregateVersion: 1,
      data: {
        matchId: 'match-1',
        applicationId,
        investorId,
        applicant: { name: 'Léa', email: 'lea@example.org' },
        investor: { name: 'Camille', email: 'c@example.org' },
      } as EventDataOf<'introduction.contacts-exchanged'>,
    });

  const organisationStated = (investorId: string, aggregateVersion: number, name = 'Jean Dupont') =>
    newEvent('investor.organisation-stated', {
      subject: investorId,
      aggregateVersion,
      data: { investorId, organisation: { name } },
    });

  it('keeps the newest organisation of each investor, and forgets it at its tombstone', async () => {
    expect(await sut.investor(organisationStated('inv-1', 2))).toBe('applied');
    expect(await sut.investor(organisationStated('inv-1', 4, 'Dupont Conseil'))).toBe('applied');
    expect(await sut.investor(organisationStated('inv-1', 3, 'Old name'))).toBe('superseded');
    expect(await directory.investor('inv-1')).toEqual({ id: 'inv-1', organisation: 'Dupont Conseil', version: 4 });

    const erased = newEvent('investor.organisation-erased', {
      subject: 'inv-1',
      aggregateVersion: 5,
      data: { investorId: 'inv-1' },
    });
    expect(await sut.investorOrganisationErased(erased)).toBe('applied');
    expect(await directory.investor('inv-1')).toBeNull();
    expect(await sut.investorOrganisationErased(erased)).toBe('duplicate');
  });

  it('forgets an erased account’s contact, and an introduction’s contacts, once', async () => {
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

  describe('after an erasure, events still in flight bring nothing back', () => {
    it('a contact replayed before its tombstone', async () => {
      erasures.erasedAccounts.add('acc-1');

      expect(await sut.contact(contactChanged('acc-1'))).toBe('superseded');
      expect(await directory.recipient('acc-1')).toBeNull();
      expect(await sut.contact(contactChanged('acc-2'))).toBe('applied');
      expect(await directory.recipient('acc-2')).toMatchObject({ id: 'acc-2', email: contact.email });
    });

    it('an application of the erased owner', async () => {
      const drafted = applicationDrafted();
      erasures.erasedAccounts.add(drafted.data.ownerId);

      expect(await sut.application(drafted)).toBe('superseded');
      expect(directory.applications.size).toBe(0);
    });

    it('the erased investor’s organisation', async () => {
      erasures.erasedAccounts.add('inv-1');

      expect(await sut.investor(organisationStated('inv-1', 2))).toBe('superseded');
      expect(directory.investors.size).toBe(0);
    });

    it('the contacts of an introduction of an erased investor, or of an erased owner’s application', async () => {
      erasures.erasedAccounts.add('inv-1');
      expect(await sut.introductionContacts(contactsExchanged('app-1', 'inv-1'))).toBe('superseded');
      expect(directory.contacts.size).toBe(0);

      const drafted = applicationDrafted({ applicationId: 'app-2' });
      await sut.application(drafted);
      erasures.erasedAccounts.add(drafted.data.ownerId);
      expect(await sut.introductionContacts(contactsExchanged('app-2', 'inv-2'))).toBe('superseded');
      expect(directory.contacts.size).toBe(0);

      expect(await sut.introductionContacts(contactsExchanged('app-3', 'inv-3'))).toBe('applied');
      expect(directory.contacts.has('match-1')).toBe(true);
    });
  });
});
