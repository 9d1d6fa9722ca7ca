import { Headers, Topics } from '@pollen/contracts';

import { compactedTopicsOfCatalogue } from './compaction-forcer';

describe('compactedTopicsOfCatalogue', () => {
  it('rolls each compacted topic with a tombstone of its own event type, of a new key each time', () => {
    const topics = compactedTopicsOfCatalogue();

    expect(topics.map((topic) => topic.name).sort()).toEqual(
      [Topics.accountContacts.name, Topics.introductionContacts.name, Topics.investorOrganisations.name].sort(),
    );
    const contacts = topics.find((topic) => topic.name === Topics.accountContacts.name);
    const [first, second] = [contacts?.tombstone?.(), contacts?.tombstone?.()];
    expect(first).toMatchObject({ value: null, headers: { [Headers.type]: 'account.contact-erased' } });
    expect(first?.key).not.toEqual(second?.key);
    const organisations = topics.find((topic) => topic.name === Topics.investorOrganisations.name);
    expect(organisations?.tombstone?.()).toMatchObject({
      value: null,
      headers: { [Headers.type]: 'investor.organisation-erased' },
    });
  });
});
