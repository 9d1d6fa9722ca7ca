import type { Actor, LegalTemplateQueryDto } from '@pollen/contracts';

import { aTemplateDraft } from '../../../test/factories/template-version.factory';
import { InMemoryTemplateVersionStore } from '../../../test/fakes/in-memory-template-version.store';
import { newDraft } from '../../domain/template-version';
import { ListLegalTemplates } from './list-legal-templates.usecase';

describe('ListLegalTemplates', () => {
  const operator: Actor = { id: 'ops', roles: ['operator'] };
  const investor: Actor = { id: 'investor-1', roles: ['investor'] };
  let store: InMemoryTemplateVersionStore;
  let list: (actor: Actor, query?: LegalTemplateQueryDto) => ReturnType<ListLegalTemplates['execute']>;

  beforeEach(async () => {
    store = new InMemoryTemplateVersionStore();
    list = (actor, query = {}) => new ListLegalTemplates(store).execute({ actor, query });
    const at = (day: number) => new Date(`2026-11-0${day}T10:00:00Z`);
    const versions = [
      { key: 'convention-de-subvention', version: '1.0.0', instruments: ['grant'], day: 1, published: true },
      { key: 'contrat-de-pret', version: '1.0.0', instruments: ['loan', 'honour-loan'], day: 2, published: true },
      { key: 'convention-de-subvention', version: '1.1.0', instruments: ['grant'], day: 3, published: false },
    ] as const;
    for (const { key, version, instruments, day, published } of versions) {
      const { key: _key, ...draft } = aTemplateDraft({ version, instruments: [...instruments] });
      const stored = newDraft(key, draft, `req-${key}-${version}`, at(day));
      if (published) Object.assign(stored, { status: 'published', publishedAt: at(day) });
      await store.insert(stored, []);
    }
  });

  const ids = (items: { key: string; version: string; locale: string }[]) =>
    items.map((item) => `${item.key}@${item.version}/${item.locale}`);

  it('lists published versions once per language, the newest first, to everyone signed in', async () => {
    const { items, nextCursor } = await list(investor);

    expect(ids(items)).toEqual([
      'contrat-de-pret@1.0.0/fr',
      'contrat-de-pret@1.0.0/en',
      'convention-de-subvention@1.0.0/fr',
      'convention-de-subvention@1.0.0/en',
    ]);
    expect(items[1]).toMatchObject({ title: 'Grant agreement', kind: 'loan', instruments: ['loan', 'honour-loan'] });
    expect(nextCursor).toBeNull();
  });

  it('filters by instrument and language, and pages across a version’s two languages', async () => {
    expect(ids((await list(investor, { instrument: 'honour-loan', locale: 'en' })).items)).toEqual([
      'contrat-de-pret@1.0.0/en',
    ]);
    const first = await list(operator, { limit: 3 });
    const second = await list(operator, { limit: 3, cursor: first.nextCursor ?? undefined });
    expect([...ids(first.items), ...ids(second.items)]).toEqual([
      'convention-de-subvention@1.1.0/fr',
      'convention-de-subvention@1.1.0/en',
      'contrat-de-pret@1.0.0/fr',
      'contrat-de-pret@1.0.0/en',
      'convention-de-subvention@1.0.0/fr',
      'convention-de-subvention@1.0.0/en',
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('shows drafts to operators, who alone may filter by status', async () => {
    expect(ids((await list(operator, { status: 'draft' })).items)).toEqual([
      'convention-de-subvention@1.1.0/fr',
      'convention-de-subvention@1.1.0/en',
    ]);
    await expect(list(investor, { status: 'published' })).rejects.toMatchObject({ reason: 'auth.operators-only' });
  });
});
