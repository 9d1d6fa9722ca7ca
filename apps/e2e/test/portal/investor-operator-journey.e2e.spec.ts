import {
  type DeadLetterPageView,
  type DocumentListView,
  type DocumentView,
  type InvestorView,
  type NotificationListView,
  type ProgrammeView,
} from '@pollen/contracts';
import { eventually, KafkaProbe } from '@pollen/testing';
import type { Locator, Page } from 'playwright-core';

import { aMissedNotice } from '../missed-notice';
import { aDraft, anInvestorProfile, aProgramme, aSiren, DAY, json, Platform } from '../platform';
import { type OpenPortal, openPortal } from './portal';

const PASSWORD = 'a long enough password';
const OPERATOR = { email: 'operator@pollen.local', password: 'pollen-operator' };
/** The id a page's address ends with. */
const idFrom = (address: string) => new URL(address).pathname.split('/').pop() as string;

/**
 * The investor's and the operator's journeys in Debian's Chromium, through the portal the gateway
 * serves: an operator approves an investor, who sets a thesis, sees the match and is interested;
 * the applicant accepts and both sign the confidentiality agreement; the operator funds the
 * application from the programme, signs the convention for the funder, the applicant signs it,
 * and the operator reads it all in the application's timeline. Then the rest of their pages: a
 * programme's life, the platform's state with a dead letter replayed, the matching figures, an
 * investor's menu, pass and webhooks. Only the applicants' applications are made through the API
 * (part I drives their form). Every page is checked for accessibility, and photographed.
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

  const look = (name: string) => portal.look(name);
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
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
        // The page boots, renews the session and reads the API again: seconds, under load.
        return target.waitFor({ timeout: 8_000 }).then(
          () => true,
          () => undefined,
        );
      },
      { what, timeoutMs: 90_000 },
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
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    // Asked in the page, the focus on the button that confirms.
    const confirmDecision = page.getByRole('button', { name: 'Confirmer la décision' });
    await expect(confirmDecision.evaluate((button) => button === button.ownerDocument.activeElement)).resolves.toBe(
      true,
    );
    await look('operator-decision');
    await confirmDecision.click();
    // The convention appears by itself once made (the page looks again until it is there).
    const convention = await documentOf(draft.id, 'convention-de-subvention', operator);
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
    // The confidentiality agreement and the convention, each signed by every party (the second comes last).
    const agreementsSigned = timeline.getByText('Accord signé par toutes les parties');
    // Oldest first, by pages: the convention's signature comes last, maybe on a later page.
    const laterEvents = page.getByRole('button', { name: 'Voir les événements suivants' });
    await eventually(
      async () => {
        await page.reload();
        await timeline.waitFor({ timeout: 8_000 }).catch(() => undefined);
        while (await laterEvents.isVisible()) await laterEvents.click();
        return agreementsSigned
          .nth(1)
          .waitFor({ timeout: 2_000 })
          .then(
            () => true,
            () => undefined,
          );
      },
      { what: 'the signed convention in the timeline', timeoutMs: 90_000 },
    );
    await expect(agreementsSigned.count()).resolves.toBe(2);
    await timeline.getByText(/^Document signé — « Convention de subvention » — signataires :/).waitFor();
    for (const step of ['Candidature déposée', 'Un financeur est intéressé', 'Mise en relation faite']) {
      await expect(timeline.getByText(step, { exact: true }).count()).resolves.toBe(1);
    }
    await timeline.getByText('Décision enregistrée — Financée, financée par le programme').waitFor();
    await look('operator-application');
    await portal.logOut();
    expect(portal.problems).toEqual([]);
  }, 180_000);

  it('lets an operator create a programme, edit it, open it now and close it after a confirmation', async () => {
    const title = `Fonds d’amorçage ${aSiren().slice(0, 5)}`;
    const day = (fromNow: number) => new Date(Date.now() + fromNow * DAY).toISOString().slice(0, 10);
    await portal.logInAs(OPERATOR.email, OPERATOR.password);
    await heading('Programmes');
    await look('operator-programmes');
    await page.getByRole('link', { name: 'Nouveau programme' }).click();
    await heading('Nouveau programme');
    await page.getByLabel('Intitulé').fill(title);
    await page.getByLabel('Description', { exact: true }).fill('Prêts d’honneur pour les projets en amorçage.');
    await page.getByLabel('Structure qui porte le programme').fill('Métropole démo');
    await page.getByLabel('SIREN de la structure').fill('200053742');
    await page.getByLabel('Type de financement').selectOption({ label: 'Prêt d’honneur' });
    // Upcoming: it opens in a month, so that it can be opened now.
    await page.getByLabel('Ouverture des candidatures').fill(day(30));
    await page.getByLabel('Date limite').fill(day(90));
    await page.getByLabel('Enveloppe totale (€)').fill('250000');
    await look('operator-programme-form');
    await page.getByRole('button', { name: 'Créer le programme' }).click();
    await heading(title);

    await page.getByRole('link', { name: 'Modifier le programme' }).click();
    await page.getByLabel('Enveloppe totale (€)').fill('300000');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await heading(title);
    await page.getByText('300 000 €').first().waitFor();

    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await page.getByText('Le programme est ouvert.').waitFor();
    await page.getByRole('button', { name: 'Clôturer' }).click();
    await page.getByRole('button', { name: 'Confirmer la clôture' }).click();
    await page.getByText('Le programme est clos.').waitFor();
    await look('operator-programme-closed');
    // Applicants see it closed: the API says so too.
    const listed = await json<ProgrammeView>(await platform.call(`/v1/programmes/${idFrom(page.url())}`));
    expect([listed.title, listed.status, listed.budgetCents]).toEqual([title, 'closed', 30_000_000]);
    await portal.logOut();
  });

  it('shows the platform’s state, replays a dead letter from it and gives the matching figures', async () => {
    const probe = new KafkaProbe();
    try {
      const { token: applicant, event } = await aMissedNotice(platform, probe);
      const letter = await eventually(
        async () => {
          const list = await json<DeadLetterPageView>(
            await platform.call('/v1/ops/dead-letters?state=open', { token: operator }),
          );
          return list.items.find((item) => item.key === event.subject);
        },
        { what: 'the dead letter kept by operations' },
      );

      await portal.logInAs(OPERATOR.email, OPERATOR.password);
      await menu('État de la plateforme');
      await heading('État de la plateforme');
      await page
        .getByRole('table', { name: /Services/ })
        .or(page.getByText('Tous les services fonctionnent.'))
        .first()
        .waitFor();
      const replay = page.getByRole('button', { name: `Rejouer le message ${letter.id}` });
      await replay.waitFor();
      await look('ops-status');
      await replay.click();
      await page.getByText('Rejeu réussi : le message a été traité.').waitFor();
      await page.getByRole('link', { name: `Voir le message ${letter.id}` }).click();
      await heading(`Message en erreur ${event.type}`);
      await page.getByText('the inbox was briefly broken', { exact: true }).waitFor();
      await look('ops-dead-letter');
      // The applicant got the notification they had missed.
      const inbox = await json<NotificationListView>(await platform.call('/v1/me/notifications', { token: applicant }));
      expect(inbox.items.map((item) => item.subject)).toContain(event.subject);

      await menu('Mises en relation');
      await heading('Mises en relation');
      await page.getByRole('table').first().waitFor();
      await look('ops-matching');
      await portal.logOut();
    } finally {
      await probe.close();
    }
  });

  it('shows an investor only their pages; passes on a project with a reason; adds, re-keys and removes a webhook', async () => {
    const suffix = aSiren().slice(0, 5);
    const title = `Recyclerie ${suffix}`;
    const { token, email } = await platform.register('investor');
    const profiled = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token,
      headers: { 'If-Match': '*' },
      body: anInvestorProfile({ instruments: ['grant'], regions: ['FR-OCC'], impactAreas: ['inclusion'] }),
    });
    const { id } = await json<InvestorView>(profiled);
    expect((await platform.call(`/v1/ops/investors/${id}/approve`, { method: 'POST', token: operator })).status).toBe(
      200,
    );
    const applicant = await platform.signUp('applicant');
    const fields = aDraft(programme.id, `Recyclerie Oc ${suffix}`);
    const draft = await platform.draft(applicant, {
      ...fields,
      organisation: { ...fields.organisation, region: 'FR-OCC' },
      project: { ...fields.project, title },
    });
    expect(
      (await platform.call(`/v1/applications/${draft.id}/submit`, { method: 'POST', token: applicant })).status,
    ).toBe(202);

    // The menu is the investor's; an operator's page says it is not theirs.
    await portal.logInAs(email, PASSWORD);
    await heading('Mon profil de financeur');
    const links = await page.getByRole('navigation').getByRole('link').allTextContents();
    expect(links).toEqual(expect.arrayContaining(['Mon profil', 'Projets proposés', 'Mises en relation', 'Webhooks']));
    for (const other of ['Mes programmes', 'Financeurs', 'État de la plateforme', 'Mes candidatures']) {
      expect(links).not.toContain(other);
    }
    await page.goto(portal.url('/operator/status'));
    await heading('Cette page n’est pas accessible avec votre compte.');
    await look('not-allowed');

    // Passing needs a reason, and a confirmation.
    await menu('Projets proposés');
    const project = page.getByRole('link', { name: title });
    await reloadUntil(project, 'the application in the deal-flow');
    await project.click();
    await page.getByLabel('Raison').selectOption({ label: 'Montant inadapté' });
    await page.getByRole('button', { name: 'Passer ce projet' }).click();
    await page.getByText('Passer ce projet ? Il ne vous sera plus proposé.').waitFor();
    await page.getByRole('button', { name: 'Confirmer : passer ce projet' }).click();
    await page.getByText('Projet passé.').waitFor();
    await page.getByText(/Vous avez passé ce projet le .* : Montant inadapté\./).waitFor();

    // A webhook: its secret shown once, copied to the clipboard; changed, then the webhook removed.
    await portal.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portal.url('') });
    await menu('Webhooks');
    await heading('Webhooks');
    await page.getByLabel('Adresse (URL)').fill('https://93.184.216.34/pollen-hooks');
    await page.getByRole('checkbox', { name: 'Mise en relation faite' }).check();
    await page.getByRole('button', { name: 'Ajouter le webhook' }).click();
    const secret = page.locator('main code');
    await secret.waitFor();
    const first = await secret.innerText();
    await page.getByRole('button', { name: 'Copier le secret' }).click();
    await page.getByText('Secret copié.').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(first);
    await look('webhook-secret');
    await page.getByRole('button', { name: 'J’ai copié le secret' }).click();
    await secret.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Changer le secret' }).click();
    // Cancelling asks nothing more and gives the focus back to the button that asked.
    await page.getByRole('button', { name: 'Annuler' }).click();
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Changer le secret');
    await page.getByRole('button', { name: 'Changer le secret' }).click();
    await page.getByRole('button', { name: 'Confirmer le changement de secret' }).click();
    await secret.waitFor();
    expect(await secret.innerText()).not.toBe(first);
    await page.getByRole('button', { name: 'J’ai copié le secret' }).click();
    await page.getByText(/L’ancien secret signe encore jusqu’au/).waitFor();
    await look('webhooks');
    await page.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByRole('button', { name: 'Confirmer la suppression' }).click();
    await page.getByText('Aucun webhook.').waitFor();
    await portal.logOut();
    expect(portal.problems).toEqual([]);
  });
});
