import type { DealFlowPageView, DocumentListView, DocumentView, InvestorView } from '@pollen/contracts';
import { eventually, expectAccessible } from '@pollen/testing';
import type { Page } from 'playwright-core';

import { anInvestorProfile, aSiren, completeFields, json, Platform } from '../platform';
import { type OpenPortal, openPortal } from './portal';

const PASSWORD = 'a long enough password';

/**
 * The applicant's journey in Debian's Chromium, through the portal the gateway serves: from
 * registering to a signed confidentiality agreement, the investor's and the operator's sides
 * driven through the API. Every page is checked for serious accessibility faults, and the main
 * ones are photographed (reports/screenshots/, some shown in the README).
 */
describe('the applicant’s journey in the portal', () => {
  let portal: OpenPortal;
  let platform: Platform;
  let page: Page;
  let operator: string;
  let programme: { id: string; title: string };

  beforeAll(async () => {
    portal = await openPortal();
    ({ platform, page } = portal);
    operator = await platform.operator();
    programme = await platform.createProgramme(operator, { operatorSiren: '200053742' });
  });

  afterAll(() => portal?.close());

  const look = (name: string) => portal.look(name);
  const logInAs = (email: string) => portal.logInAs(email, PASSWORD);

  /** An approved investor whose thesis fits completeFields(): its token. */
  const anApprovedInvestor = async () => {
    const token = await platform.signUp('investor');
    const profile = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token,
      headers: { 'If-Match': '*' },
      body: anInvestorProfile({ instruments: ['grant'], impactAreas: ['inclusion', 'mobility'] }),
    });
    const { id } = await json<InvestorView>(profile);
    const approved = await platform.call(`/v1/ops/investors/${id}/approve`, { method: 'POST', token: operator });
    expect(approved.status).toBe(200);
    return token;
  };

  it('registers, applies step by step, is found eligible, meets an investor and signs the confidentiality agreement', async () => {
    const investor = await anApprovedInvestor();
    const email = `lea.${aSiren()}@example.org`;
    // Other files' consenting applications may match this investor too: this one is told by its name.
    const organisation = `La Cyclofficine ${aSiren().slice(0, 5)}`;

    // Registering opens the session at once, on the applicant's (empty) list.
    await page.goto(portal.url('/register'));
    await look('register');
    await page.getByLabel('Votre nom').fill('Léa Dubois');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText('Vous n’avez pas encore de candidature.').waitFor();
    await look('applications-empty');

    // The calls, with each programme's rules in words.
    await page.getByRole('navigation').getByRole('link', { name: 'Appels à projets' }).click();
    await page.getByRole('link', { name: programme.title }).waitFor();
    await look('programmes');
    // Filters narrow the list, and are kept in the address.
    await page.getByLabel('Type de financement').selectOption({ label: 'Prêt' });
    await page.getByText('Aucun appel à projets ne correspond à ces critères.').waitFor();
    expect(new URL(page.url()).searchParams.get('kind')).toBe('loan');
    await page.getByLabel('Type de financement').selectOption({ label: 'Subvention' });
    await page.getByLabel('Région').selectOption({ label: 'Île-de-France' });
    await page.getByRole('link', { name: programme.title }).click();
    await page.getByText('Formes juridiques acceptées : Association et SCIC').waitFor();
    await page.getByText('Montant demandé entre 10 000 € et 150 000 €.').waitFor();
    await look('programme');
    await page.getByRole('link', { name: 'Déposer une candidature' }).click();

    // Step 1: the SIREN's check digit is checked as it is typed; the draft saves itself.
    await page.getByLabel('Nom de la structure').fill(organisation);
    await page.getByLabel('SIREN', { exact: true }).fill('732829321');
    await page.getByText('Ce SIREN n’est pas valide').waitFor();
    await page.getByLabel('SIREN', { exact: true }).fill('732829320');
    await page.getByText('SIREN valide.').waitFor();
    await page.getByLabel('Forme juridique').selectOption({ label: 'Association' });
    await page.getByLabel('Région').selectOption({ label: 'Île-de-France' });
    await page.getByLabel('Agrément ESUS').check();
    await page.getByLabel('Agrément valable jusqu’au').fill(completeFields().organisation.esus.expiresOn);
    await page.getByText(/Brouillon enregistré à/).waitFor();
    await look('application-form');
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    // Step 2: the project.
    await expectAccessible(page, 'application form, step 2');
    await page.getByLabel('Titre du projet').fill('Ateliers vélo solidaires');
    await page.getByLabel('Résumé du projet').fill('Réparation de vélos par des personnes en insertion');
    await page.getByRole('checkbox', { name: 'Inclusion', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Mobilité' }).check();
    await page.getByLabel('Stade du projet').selectOption({ label: 'Amorçage' });
    await page.getByLabel('Nombre de bénéficiaires').fill('400');
    await page.getByLabel('Coût total du projet (€)').fill('80000');
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    // Step 3: the request; step 4: consent to be shown to investors.
    await expectAccessible(page, 'application form, step 3');
    await page.getByLabel('Montant demandé (€)').fill('40000');
    await page.getByLabel('Type de financement').selectOption({ label: 'Subvention' });
    await page.getByLabel('Utilisation des fonds').fill('Salaires des encadrants');
    await page.getByLabel('Durée (mois)').fill('24');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await expectAccessible(page, 'application form, step 4');
    await page.getByRole('checkbox', { name: /J’accepte que cette candidature/ }).check();
    await page.getByRole('button', { name: 'Déposer la candidature' }).click();

    // Screened at once: eligible, and the timeline says so.
    await page.getByText('Votre candidature remplit toutes les conditions du programme.').waitFor();
    const timeline = page.getByRole('region', { name: 'Historique' });
    await expect(timeline.getByText('Déposée').count()).resolves.toBe(1);
    await expect(timeline.getByText('Éligible').count()).resolves.toBe(1);
    await look('application-eligible');
    const applicationId = page.url().split('/').pop() as string;

    // The investor is interested (through the API); the applicant sees it and accepts.
    const match = await eventually(
      async () => {
        const flow = await json<DealFlowPageView>(await platform.call('/v1/deal-flow', { token: investor }));
        return flow.items.find((item) => item.project.organisation.name === organisation);
      },
      { what: 'the application in the investor’s deal-flow', timeoutMs: 30_000 },
    );
    const interest = await platform.call(`/v1/deal-flow/${match.matchId}/interest`, {
      method: 'POST',
      token: investor,
      body: { amountCents: 3_000_000, message: 'Votre projet nous intéresse : parlons-en.' },
    });
    expect(interest.status).toBe(200);
    await page.reload();
    await page.getByText('Votre projet nous intéresse : parlons-en.').waitFor();
    await page.getByText('Montant envisagé : 30 000 €').waitFor();
    await page.getByLabel('Téléphone').fill('+33 6 12 34 56 78');
    await page.getByRole('button', { name: 'Accepter la mise en relation' }).click();
    await page.getByText('Contact : Camille Martin').waitFor();
    await page.getByText('camille@fonds-demo.example').waitFor();

    // The confidentiality agreement the introduction made: read, then signed by both sides.
    const nda = await eventually(
      async () => {
        const list = await json<DocumentListView>(
          await platform.call(`/v1/applications/${applicationId}/documents`, { token: investor }),
        );
        return list.items.find((item) => item.templateKey === 'accord-de-confidentialite' && item.binding);
      },
      { what: 'the confidentiality agreement', timeoutMs: 30_000 },
    );
    await page.reload();
    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: nda.title }) })
      .first();
    await card.getByRole('button', { name: 'Lire' }).click();
    await card.getByRole('document').getByText('Article 1 — Objet').waitFor();
    await card.getByRole('button', { name: 'Signer', exact: true }).click();
    await card.getByLabel('Qualité (ex. : Présidente, Gérant)').fill('Présidente');
    await card.getByRole('checkbox', { name: /J’ai lu le document/ }).check();
    await card.getByLabel('Votre mot de passe, pour confirmer').fill(PASSWORD);
    await card.getByRole('button', { name: 'Signer le document' }).click();
    await card.getByText(/Signé par Léa Dubois \(Présidente\)/).waitFor();
    const signed = await platform.call(`/v1/documents/${nda.id}/sign`, {
      method: 'POST',
      token: investor,
      body: {
        fullName: 'Camille Martin',
        capacity: 'Directrice',
        consent: true,
        sha256: (nda.files.find((file) => file.format === 'pdf') as DocumentView['files'][number]).sha256,
        password: PASSWORD,
      },
    });
    expect(signed.status).toBe(200);
    await page.reload();
    await card.getByText('Signé par toutes les parties').waitFor();
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Télécharger (PDF signé)' }).click();
    expect((await download).suggestedFilename()).toBe(`${nda.title}.signed.pdf`);
    await look('application-signed');

    // Every step came to the inbox too; reading them all clears the count.
    await page.getByRole('link', { name: /Notifications \(\d+ non lues?\)/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('listitem').first().waitFor();
    await look('inbox');
    await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    // Preferences: a channel turned off is kept; English is saved to the account and survives a reload.
    await page.getByRole('link', { name: 'Préférences' }).click();
    await page.getByRole('checkbox', { name: 'Candidatures : E-mail' }).uncheck();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Enregistré.').waitFor();
    await look('preferences');
    await page.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Preferences' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Preferences' }).waitFor();
    await expect(page.getByRole('checkbox', { name: 'Applications: E-mail' }).isChecked()).resolves.toBe(false);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await look('preferences-en');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Préférences' }).waitFor();
    await portal.logOut();
    expect(portal.problems).toEqual([]);
  });

  /** An applicant with a draft for the programme (through the API), logged in in the browser. */
  const anApplicantWithADraft = async (organisation: Record<string, unknown>) => {
    const { token, email } = await platform.register('applicant');
    const fields = completeFields();
    const draft = await platform.draft(token, {
      programmeId: programme.id,
      ...fields,
      organisation: { ...fields.organisation, name: 'Régie de quartier', siren: aSiren(), ...organisation },
    });
    await logInAs(email);
    return { token, draft };
  };

  it('shows every reason an ineligible application fails, after retrying a 503 with the same Idempotency-Key', async () => {
    const { draft } = await anApplicantWithADraft({ legalForm: 'sas', region: 'FR-BRE' });
    // The gateway is at capacity once: the page says it tries again, and does, with the same key.
    const keys: (string | undefined)[] = [];
    await page.route('**/v1/applications/*/submit', async (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      if (keys.length === 1) {
        await route.fulfill({
          status: 503,
          headers: { 'Retry-After': '1', 'Content-Type': 'application/problem+json' },
          body: JSON.stringify({ status: 503, code: 'unavailable', title: 'Service unavailable' }),
        });
      } else await route.continue();
    });

    await page.goto(portal.url(`/applications/${draft.id}/edit`));
    await page.getByRole('button', { name: /4\. Partage/ }).click();
    await page.getByRole('button', { name: 'Déposer la candidature' }).click();
    await page.getByText(/Le service est momentanément saturé : nouvel essai dans 1 s/).waitFor();
    await page.getByText('Votre candidature ne remplit pas les conditions suivantes :').waitFor();
    await page.unroute('**/v1/applications/*/submit');

    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const reasons = await page.locator('ul.reasons > li').allTextContents();
    expect(reasons).toHaveLength(2);
    expect(reasons).toContain(
      'La forme juridique (SAS) n’est pas acceptée : ce programme accepte Association et SCIC (société coopérative d’intérêt collectif).',
    );
    expect(reasons).toContain('La région (Bretagne) n’est pas couverte : ce programme couvre Île-de-France.');
    await expect(page.getByRole('region', { name: 'Historique' }).getByText('Non éligible').count()).resolves.toBe(1);
    await look('application-ineligible');
    await portal.logOut();
  });

  it('offers to reload a draft changed elsewhere instead of overwriting it', async () => {
    const { token, draft } = await anApplicantWithADraft({});
    await page.goto(portal.url(`/applications/${draft.id}/edit`));
    await page.getByLabel('Nom de la structure').waitFor();

    // Another tab saves first.
    const elsewhere = await platform.call(`/v1/applications/${draft.id}`, {
      method: 'PATCH',
      token,
      headers: { 'If-Match': `"${draft.version}"`, 'Content-Type': 'application/merge-patch+json' },
      body: { organisation: { name: 'Régie de quartier du Nord' } },
    });
    expect(elsewhere.status).toBe(200);
    await page.getByLabel('Nom de la structure').fill('Régie de quartier du Sud');

    await page.getByText('Ce brouillon a été modifié ailleurs').waitFor();
    await expect(page.getByRole('button', { name: 'Déposer la candidature' }).count()).resolves.toBe(0);
    await look('application-stale');
    await page.getByRole('button', { name: 'Recharger la dernière version' }).click();
    await eventually(
      async () =>
        (await page.getByLabel('Nom de la structure').inputValue()) === 'Régie de quartier du Nord' || undefined,
      { what: 'the draft as stored, in the form' },
    );
    // Editing goes on from the version reloaded.
    await page.getByLabel('Nom de la structure').fill('Régie de quartier du Nord-Est');
    await page.getByText(/Brouillon enregistré à/).waitFor();
    const stored = await json<{ organisation: { name: string } }>(
      await platform.call(`/v1/applications/${draft.id}`, { token }),
    );
    expect(stored.organisation.name).toBe('Régie de quartier du Nord-Est');
    await portal.logOut();
    expect(portal.problems).toEqual([]);
  });

  it('renews an expired access token and goes on; shows the log-in once the session is over', async () => {
    const { email } = await platform.register('applicant');
    await logInAs(email);
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/v1/auth/refresh')) refreshes.push(request.url());
    });
    const refused = (code: string) => ({
      status: 401,
      headers: { 'Content-Type': 'application/problem+json' },
      body: JSON.stringify({ status: 401, code, title: 'Unauthorized' }),
    });

    // The access token has expired: the next call is refused once, the page renews and carries on.
    let expired = true;
    await page.route('**/v1/me/notifications?*', async (route) => {
      if (expired) {
        expired = false;
        await route.fulfill(refused('auth.token-required'));
      } else await route.continue();
    });
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Notifications/ })
      .click();
    // Its notices (the account's creation among them), not a problem.
    await page.locator('main li.card').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(refreshes).toHaveLength(1);

    // The session is over (its 30 days, a log-out elsewhere): the page asks to log in again.
    await page.route('**/v1/auth/refresh', (route) => route.fulfill(refused('auth.session-ended')));
    await page.route('**/v1/me/notification-preferences', (route) => route.fulfill(refused('auth.token-required')));
    await page.getByRole('link', { name: 'Préférences' }).click();
    await page.getByText('Connectez-vous pour accéder à cette page.').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/preferences');
    await page.unrouteAll();
    expect(portal.problems).toEqual([]);
  });
});
