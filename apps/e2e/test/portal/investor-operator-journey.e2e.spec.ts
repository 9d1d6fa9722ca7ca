import type { DocumentListView, DocumentView } from '@pollen/contracts';
import { eventually, expectAccessible, screenshot } from '@pollen/testing';
import type { Locator, Page } from 'playwright-core';

import { aDraft, aProgramme, aSiren, json, Platform } from '../platform';
import { type OpenPortal, openPortal } from './portal';

const PASSWORD = 'a long enough password';
const OPERATOR = { email: 'operator@pollen.local', password: 'pollen-operator' };

/**
 * The investor's and the operator's journeys in Debian's Chromium, through the portal the gateway
 * serves: an operator approves an investor, who sets a thesis, sees the match and is interested;
 * the applicant accepts and both sign the confidentiality agreement; the operator funds the
 * application from the programme, signs the convention for the funder, the applicant signs it,
 * and the operator reads it all in the application's timeline. Only the applicant's application
 * is made through the API (part I drives its form). Every page is checked for accessibility.
 */
describe('the investor’s and the operator’s journeys in the portal', () => {
  let portal: OpenPortal;
  let platform: Platform;
  let page: Page;
  let operator: string;
  let programme: { id: string; title: string };

  beforeAll(async () => {
    portal = await openPortal();
    ({ platform, page } = portal);
    operator = await platform.operator();
    // In Occitanie, where no other file's applications are: the investor's deal-flow holds this file's only.
    const { eligibility } = aProgramme();
    programme = await platform.createProgramme(operator, {
      operatorSiren: '200053742',
      eligibility: { ...eligibility, regions: ['FR-OCC'] },
    });
  });

  afterAll(() => portal?.close());

  const look = async (name: string) => {
    await expectAccessible(page, name);
    await screenshot(page, name);
  };
  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  const menu = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  /** Asks for the next page of a list ("Voir plus") until `target` is in it, as a person scrolls a queue. */
  const showMoreUntil = (target: Locator, what: string) =>
    eventually(
      async () => {
        if (await target.count()) return true;
        const more = page.getByRole('button', { name: 'Voir plus' });
        if ((await more.count()) && (await more.isEnabled())) await more.click();
        return undefined;
      },
      { what, timeoutMs: 30_000 },
    );
  /** Reloads the page until `target` shows: what another service does arrives a moment later. */
  const reloadUntil = (target: Locator, what: string) =>
    eventually(
      async () => {
        await page.reload();
        return target.waitFor({ timeout: 2_000 }).then(
          () => true,
          () => undefined,
        );
      },
      { what, timeoutMs: 45_000 },
    );
  /** The binding document of `templateKey` the application's parties sign. */
  const documentOf = (applicationId: string, templateKey: string, token: string) =>
    eventually(
      async () => {
        const list = await json<DocumentListView>(
          await platform.call(`/v1/applications/${applicationId}/documents`, { token }),
        );
        return list.items.find((item) => item.templateKey === templateKey && item.binding);
      },
      { what: `the ${templateKey}`, timeoutMs: 45_000 },
    );
  /** Signs `document` on the page in view, as the signed-in account. */
  const sign = async (document: DocumentView, signer: { name: string; capacity: string; password: string }) => {
    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: document.title }) })
      .first();
    await card.getByRole('button', { name: 'Signer', exact: true }).click();
    await card.getByLabel('Nom et prénom').fill(signer.name);
    await card.getByLabel('Qualité (ex. : Présidente, Gérant)').fill(signer.capacity);
    await card.getByRole('checkbox', { name: /J’ai lu le document/ }).check();
    await card.getByLabel('Votre mot de passe, pour confirmer').fill(signer.password);
    await card.getByRole('button', { name: 'Signer le document' }).click();
    await card.getByText(new RegExp(`Signé par ${signer.name} \\(${signer.capacity}\\)`)).waitFor();
    return card;
  };

  it('approves an investor who meets an applicant; funds, signs and follows the application', async () => {
    const suffix = aSiren().slice(0, 5);
    const fund = `Fonds Occitan ${suffix}`;
    const title = `Ateliers vélo ${suffix}`;
    const investorEmail = `camille.${suffix}@example.org`;

    // The applicant's application, consenting to be shown to investors.
    const applicant = await platform.register('applicant');
    const fields = aDraft(programme.id, `Vélo Oc ${suffix}`);
    const draft = await platform.draft(applicant.token, {
      ...fields,
      organisation: { ...fields.organisation, region: 'FR-OCC' },
      project: { ...fields.project, title },
    });
    const submitted = await platform.call(`/v1/applications/${draft.id}/submit`, {
      method: 'POST',
      token: applicant.token,
    });
    expect(submitted.status).toBe(202);

    // An investor registers: approval is pending, and they fill in their profile meanwhile.
    await page.goto(portal.url('/register'));
    await page.getByLabel('Votre nom').fill('Camille Martin');
    await page.getByLabel('Adresse e-mail').fill(investorEmail);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('radio', { name: 'Financeur' }).check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await heading('Mon profil de financeur');
    await page.getByText('En attente de validation', { exact: true }).waitFor();
    await page.getByLabel('Nom de la structure').fill(fund);
    await page.getByLabel('Type de financeur').selectOption({ label: 'Fonds à impact' });
    await page.getByLabel('Nom et prénom').fill('Camille Martin');
    await page.getByLabel('E-mail', { exact: true }).fill(investorEmail);
    const instruments = page.getByRole('group', { name: 'Types de financement proposés' });
    await instruments.getByRole('checkbox', { name: 'Prêt', exact: true }).check();
    await page.getByLabel('Ticket minimum (€)').fill('10000');
    await page.getByLabel('Ticket maximum (€)').fill('100000');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await page.getByText('Profil enregistré.').waitFor();
    await look('investor-pending');
    await menu('Projets proposés');
    await page.getByText(/Les projets vous seront proposés dès que l’équipe Pollen aura validé/).waitFor();
    await portal.logOut();

    // The operator finds them in the vetting queue and approves them.
    await portal.logInAs(OPERATOR.email, OPERATOR.password);
    await menu('Financeurs');
    await heading('Financeurs à valider');
    const queued = page.getByRole('link', { name: fund });
    await showMoreUntil(queued, 'the investor in the vetting queue');
    await look('ops-investors');
    await queued.click();
    await heading(`Financeur : ${fund}`);
    await look('ops-investor');
    await page.getByRole('button', { name: 'Valider le financeur' }).click();
    await page.getByText('Financeur validé : il reçoit désormais des projets.').waitFor();
    await portal.logOut();

    // Approved, the investor sets their thesis to what they fund: grants, in Occitanie, for inclusion.
    await portal.logInAs(investorEmail, PASSWORD);
    await heading('Mon profil de financeur');
    await page.getByText('Validé', { exact: true }).waitFor();
    await instruments.getByRole('checkbox', { name: 'Prêt', exact: true }).uncheck();
    await instruments.getByRole('checkbox', { name: 'Subvention' }).check();
    await page.getByRole('group', { name: 'Régions ciblées' }).getByRole('checkbox', { name: 'Occitanie' }).check();
    await page
      .getByRole('group', { name: 'Domaines d’impact' })
      .getByRole('checkbox', { name: 'Inclusion', exact: true })
      .check();
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await page.getByText('Profil enregistré.').waitFor();
    await look('investor-profile');

    // The match, its score explained criterion by criterion; the investor is interested.
    await menu('Projets proposés');
    const project = page.getByRole('link', { name: title });
    await reloadUntil(project, 'the application in the deal-flow');
    await look('deal-flow');
    await project.click();
    await heading(`Projet : ${title}`);
    const explanation = page.getByRole('table', { name: `Le score de « ${title} », critère par critère` });
    await explanation.getByRole('cell', { name: 'Région' }).waitFor();
    await look('deal');
    await page.getByLabel('Montant envisagé (€, facultatif)').fill('30000');
    await page.getByLabel('Votre message au porteur de projet').fill('Votre projet nous intéresse : parlons-en.');
    await page.getByRole('button', { name: 'Envoyer mon intérêt' }).click();
    await page.getByText('Votre intérêt est envoyé au porteur de projet.').waitFor();
    await portal.logOut();

    // The applicant accepts (part I's page), and signs the confidentiality agreement.
    await portal.logInAs(applicant.email, PASSWORD);
    await page.goto(portal.url(`/applications/${draft.id}`));
    await page.getByText('Votre projet nous intéresse : parlons-en.').waitFor();
    await page.getByLabel('Téléphone').fill('+33 6 12 34 56 78');
    await page.getByRole('button', { name: 'Accepter la mise en relation' }).click();
    await page.getByText('Contact : Camille Martin').waitFor();
    const nda = await documentOf(draft.id, 'accord-de-confidentialite', applicant.token);
    await page.reload();
    await sign(nda, { name: 'Léa Dubois', capacity: 'Présidente', password: PASSWORD });
    await portal.logOut();

    // The investor reads the contact and signs too, from their introductions.
    await portal.logInAs(investorEmail, PASSWORD);
    await menu('Mises en relation');
    await page.getByRole('link', { name: 'Voir les documents à signer' }).click();
    await page.getByText('Contact : Léa Dubois').waitFor();
    const ndaCard = await sign(nda, { name: 'Camille Martin', capacity: 'Directrice', password: PASSWORD });
    await ndaCard.getByText('Signé par toutes les parties').waitFor();
    await look('deal-introduced');
    await portal.logOut();

    // The operator funds it from the programme, its remainder in view, and signs the convention for the funder.
    await portal.logInAs(OPERATOR.email, OPERATOR.password);
    await page.goto(portal.url(`/operator/programmes/${programme.id}`));
    await heading(programme.title);
    await page.getByText('Reste disponible').first().waitFor();
    await look('operator-programme');
    await page.getByRole('link', { name: `Vélo Oc ${suffix}` }).click();
    await heading(`Candidature : ${title}`);
    await page.getByRole('radio', { name: 'Financer' }).check();
    await page.getByRole('radio', { name: 'Le budget du programme' }).check();
    await page.getByText(/^Reste disponible sur le budget du programme/).waitFor();
    await page.getByLabel('Motif de la décision').fill('Projet solide, ancré dans son territoire.');
    await page.getByLabel('Montant accordé (€)').fill('35000');
    await look('operator-decision');
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByRole('button', { name: 'Confirmer la décision' }).click();
    const convention = await documentOf(draft.id, 'convention-de-subvention', operator);
    await page.reload();
    await sign(convention, {
      name: 'Claire Roussel',
      capacity: 'Directrice du programme',
      password: OPERATOR.password,
    });
    await portal.logOut();

    // The applicant signs the convention.
    await portal.logInAs(applicant.email, PASSWORD);
    await page.goto(portal.url(`/applications/${draft.id}`));
    const conventionCard = await sign(convention, { name: 'Léa Dubois', capacity: 'Présidente', password: PASSWORD });
    await conventionCard.getByText('Signé par toutes les parties').waitFor();
    await portal.logOut();

    // The operator reads the whole story in the application's timeline.
    await portal.logInAs(OPERATOR.email, OPERATOR.password);
    await page.goto(portal.url(`/operator/applications/${draft.id}`));
    const timeline = page.getByRole('table', { name: 'Tout ce qui est arrivé à la candidature, dans l’ordre' });
    await reloadUntil(
      timeline.getByText(/^Document signé — convention-de-subvention, signé par/),
      'the signed convention in the timeline',
    );
    // The confidentiality agreement and the convention, each signed by every party.
    await expect(timeline.getByText('Accord signé par toutes les parties').count()).resolves.toBe(2);
    for (const step of ['Candidature déposée', 'Un financeur est intéressé', 'Mise en relation faite']) {
      await expect(timeline.getByText(step, { exact: true }).count()).resolves.toBe(1);
    }
    await timeline.getByText('Décision enregistrée — Financée, financée par le programme').waitFor();
    await look('operator-application');
    await portal.logOut();
    expect(portal.problems).toEqual([]);
  }, 180_000);
});
