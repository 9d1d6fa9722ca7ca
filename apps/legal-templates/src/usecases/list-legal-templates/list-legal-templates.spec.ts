import { legalTemplate } from '../../../test/factories/legal-template.factory';
import { InMemoryLegalTemplateStore } from '../../../test/fakes/in-memory-legal-template.store';
import { ListLegalTemplates } from './list-legal-templates.usecase';

describe('ListLegalTemplates', () => {
  let store: InMemoryLegalTemplateStore;
  let sut: ListLegalTemplates;

  beforeEach(() => {
    store = new InMemoryLegalTemplateStore();
    sut = new ListLegalTemplates(store);
  });

  it('lists nothing while no template is published', async () => {
    store.templates.push(legalTemplate({ status: 'draft' }));

    expect(await sut.execute({ actor: { id: 'lea', roles: ['applicant'] } })).toEqual({ items: [] });
  });

  it('lists the published templates only, without their drafts', async () => {
    store.templates.push(
      legalTemplate({ key: 'contrat-de-pret-d-honneur', title: 'Contrat de prêt d’honneur', kind: 'honour-loan' }),
      legalTemplate({ key: 'contrat-de-pret-d-honneur', version: '1.1.0', status: 'draft' }),
      legalTemplate({
        key: 'convention-de-subvention',
        locale: 'en',
        title: 'Grant agreement',
        publishedAt: new Date('2026-04-02T08:30:00Z'),
      }),
    );

    const { items } = await sut.execute({ actor: { id: 'lea', roles: ['applicant'] } });

    expect(items).toEqual([
      {
        key: 'contrat-de-pret-d-honneur',
        version: '1.0.0',
        locale: 'fr',
        title: 'Contrat de prêt d’honneur',
        kind: 'honour-loan',
        publishedAt: '2026-03-01T10:00:00.000Z',
      },
      {
        key: 'convention-de-subvention',
        version: '1.0.0',
        locale: 'en',
        title: 'Grant agreement',
        kind: 'grant',
        publishedAt: '2026-04-02T08:30:00.000Z',
      },
    ]);
  });

  it('lists every published version of a template, the newest first', async () => {
    store.templates.push(
      legalTemplate({ version: '1.0.0', publishedAt: new Date('2026-01-10T00:00:00Z') }),
      legalTemplate({ version: '1.1.0', publishedAt: new Date('2026-02-10T00:00:00Z') }),
    );

    const { items } = await sut.execute({ actor: { id: 'lea', roles: ['applicant'] } });

    expect(items.map((item) => item.version)).toEqual(['1.1.0', '1.0.0']);
  });
});
