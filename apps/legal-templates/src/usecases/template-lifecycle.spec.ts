import type { Actor } from '@pollen/contracts';

import { aTemplateDraft, GRANT_VARIABLES } from '../../test/factories/template-version.factory';
import { InMemoryTemplateVersionStore } from '../../test/fakes/in-memory-template-version.store';
import { AddTemplateVersion } from './add-template-version/add-template-version.usecase';
import { CreateLegalTemplate } from './create-legal-template/create-legal-template.usecase';
import { GetLegalTemplate } from './get-legal-template/get-legal-template.usecase';
import { PreviewTemplateVersion } from './preview-template-version/preview-template-version.usecase';
import { PublishTemplateVersion } from './publish-template-version/publish-template-version.usecase';
import { UpdateTemplateVersion } from './update-template-version/update-template-version.usecase';

/** A template from its first draft to a published version and the next one, as operators and readers see it. */
describe('a template’s lifecycle', () => {
  const operator: Actor = { id: 'ops', roles: ['operator'] };
  const applicant: Actor = { id: 'applicant-1', roles: ['applicant'] };
  let store: InMemoryTemplateVersionStore;
  let requests = 0;
  const requestId = () => `req-${++requests}`;
  const key = 'convention-regionale';

  const create = (draft = aTemplateDraft(), actor = operator) =>
    new CreateLegalTemplate(store).execute({ draft, requestId: requestId(), actor });
  const addVersion = (version: string) => {
    const { key: _key, ...draft } = aTemplateDraft({ version });
    return new AddTemplateVersion(store).execute({ key, draft, requestId: requestId(), actor: operator });
  };
  const update = (semver: string, patch: Record<string, unknown>) =>
    new UpdateTemplateVersion(store).execute({ key, semver, patch, requestId: requestId(), actor: operator });
  const publish = (semver: string) =>
    new PublishTemplateVersion(store).execute({ key, semver, requestId: requestId(), actor: operator });
  const preview = (semver: string, variables: Record<string, unknown>, actor = operator, locale: 'fr' | 'en' = 'fr') =>
    new PreviewTemplateVersion(store).execute({ key, semver, locale, variables, actor });
  const get = (actor: Actor) => new GetLegalTemplate(store).execute({ key, actor });

  beforeEach(() => {
    store = new InMemoryTemplateVersionStore();
  });

  it('starts as a draft only operators see, then is published in both languages and never changes', async () => {
    const draft = await create();
    expect(draft).toMatchObject({ key, version: '1.0.0', status: 'draft', instruments: ['grant'], kind: 'grant' });
    await expect(get(applicant)).rejects.toMatchObject({ reason: 'template.not-found' });
    await expect(preview('1.0.0', GRANT_VARIABLES, applicant)).rejects.toMatchObject({ reason: 'template.not-found' });

    const published = await publish('1.0.0');

    expect(published).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect((await get(applicant)).versions.map((version) => version.version)).toEqual(['1.0.0']);
    await expect(update('1.0.0', { title: { fr: 'Autre' } })).rejects.toMatchObject({ reason: 'template.published' });
    await expect(publish('1.0.0')).rejects.toMatchObject({ reason: 'template.published' });
  });

  it('refuses a second template with the same key, a version not newer, and answers a redelivered creation', async () => {
    await create();
    await expect(create()).rejects.toMatchObject({ reason: 'template.key-taken' });
    await expect(addVersion('1.0.0')).rejects.toMatchObject({ reason: 'template.version-not-newer' });
    await expect(addVersion('0.9.0')).rejects.toMatchObject({
      reason: 'template.version-not-newer',
      extras: { details: { latestVersion: '1.0.0' } },
    });
    await addVersion('1.10.0');
    await addVersion('1.9.0').catch(() => undefined);
    expect((await get(operator)).versions.map((version) => version.version)).toEqual(['1.10.0', '1.0.0']);

    const again = aTemplateDraft({ key: 'contrat-de-pret', instruments: ['loan'] });
    const id = requestId();
    const first = await new CreateLegalTemplate(store).execute({ draft: again, requestId: id, actor: operator });
    const redelivered = await new CreateLegalTemplate(store).execute({ draft: again, requestId: id, actor: operator });
    expect(redelivered).toEqual(first);
  });

  it('edits a draft with a merge patch validated whole, every invalid field listed', async () => {
    await create();

    const edited = await update('1.0.0', {
      title: { en: 'Grant agreement (regional)' },
      instruments: ['grant', 'support'],
    });

    expect(edited.title).toEqual({ fr: 'Convention de subvention', en: 'Grant agreement (regional)' });
    expect(edited.kind).toBe('grant');
    await expect(update('1.0.0', { instruments: ['gift'], bodies: { fr: ' ' } })).rejects.toMatchObject({
      extras: {
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'instruments' }),
          expect.objectContaining({ field: 'bodies.fr' }),
        ]),
      },
    });
  });

  it.each([
    ['markup outside the subset', { bodies: { fr: '<div>{{ amountCents }}</div>' } }, 'template.unsupported-markup'],
    [
      'a locale reading a variable the other does not',
      { bodies: { en: '<p>{{ amountCents }} {{ duration }}</p>' } },
      'template.locales-disagree',
    ],
    ['Liquid that does not parse', { bodies: { en: '<p>{% if amountCents %}</p>' } }, 'template.invalid-liquid'],
    ['a schema ajv cannot compile', { schema: { type: 'object', required: 'amountCents' } }, 'template.invalid-schema'],
  ])('refuses to publish %s (422)', async (_, patch, reason) => {
    await create();
    await update('1.0.0', patch);

    await expect(publish('1.0.0')).rejects.toMatchObject({ reason });
    expect((await get(operator)).versions[0].status).toBe('draft');
  });

  it('previews a version with variables checked against its schema, in either language', async () => {
    await create();
    await publish('1.0.0');

    const fr = await preview('1.0.0', GRANT_VARIABLES, applicant);
    const en = await preview('1.0.0', GRANT_VARIABLES, applicant, 'en');

    expect(fr.html).toContain('<html lang="fr">');
    expect(fr.html).toContain('dix-mille euros');
    expect(fr.html).toContain('<td>15 janvier 2027</td><td>6\u202f000,00\u202f€</td>');
    expect(en.html).toContain('ten thousand euros');
    await expect(
      preview('1.0.0', { ...GRANT_VARIABLES, amountCents: 'lots', beneficiary: { name: 'X', siren: '12' } }),
    ).rejects.toMatchObject({
      reason: 'template.invalid-variables',
      extras: {
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'amountCents', code: 'type' }),
          expect.objectContaining({ field: 'beneficiary.siren', code: 'pattern' }),
        ]),
      },
    });
  });

  it('answers a render the limits stop with a 422 naming why', async () => {
    await create(
      aTemplateDraft({
        schema: { type: 'object' },
        bodies: { fr: '{% for i in (1..1000000000) %}x{% endfor %}', en: '<p>x</p>' },
      }),
    );

    await expect(preview('1.0.0', {})).rejects.toMatchObject({
      reason: 'template.render-failed',
      extras: { details: { failure: 'template' } },
    });
  });

  it('is written by operators only', async () => {
    await expect(create(aTemplateDraft(), applicant)).rejects.toMatchObject({ reason: 'auth.operators-only' });
  });
});
