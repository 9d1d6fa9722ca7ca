import type { Schemas } from '../../api/client';
import i18n from '../../i18n';
import { type TemplateTitles, timelineEntryInWords } from './timeline';

const entry = (
  type: string,
  detail: string | null,
  source: Schemas['TimelineEntryView']['source'] = 'applications',
): Schemas['TimelineEntryView'] => ({
  eventId: 'e-1',
  type,
  occurredAt: '2026-12-02T10:00:02.000Z',
  source,
  subject: 'app-1',
  detail,
  correlationId: 'corr-1',
  causationId: null,
  traceId: null,
  topic: 'pollen.applications.events',
  partition: 0,
  offset: '12',
});
const words = (
  type: string,
  detail: string | null,
  source?: Schemas['TimelineEntryView']['source'],
  titles?: TemplateTitles,
) => timelineEntryInWords(i18n.t, entry(type, detail, source), titles);

describe('the operations timeline in words', () => {
  afterEach(() => i18n.changeLanguage('fr'));

  it('says what happened and which service told it', () => {
    expect(words('application.submitted', null)).toEqual({ what: 'Candidature déposée', source: 'Candidatures' });
    expect(words('match.introduced', null, 'matching')).toEqual({
      what: 'Mise en relation faite',
      source: 'Mises en relation',
    });
  });

  it('names a template by its title when known, by its key otherwise', () => {
    const titles = new Map([['convention-de-subvention', 'Convention de subvention']]);
    expect(words('document.generated', 'convention-de-subvention 1.2.0', 'legal-templates', titles).detail).toBe(
      'modèle « Convention de subvention », version 1.2.0',
    );
    expect(
      words('document.signed', 'convention-de-subvention, signed by applicant', 'legal-templates', titles).detail,
    ).toBe('« Convention de subvention » — signataires : Porteur de projet');
    expect(words('document.generated', 'accord-de-confidentialite 1.0.0', 'legal-templates', titles).detail).toBe(
      'modèle « accord-de-confidentialite », version 1.0.0',
    );
  });

  it('reads the codes of the detail back as words', () => {
    expect(words('application.screened', 'ineligible').detail).toBe('résultat : Non éligible');
    expect(words('application.decided', 'funded, funded by programme').detail).toBe(
      'Financée, financée par le programme',
    );
    expect(words('application.decided', 'declined').detail).toBe('Refusée');
    expect(words('application.consent-changed', 'hidden from investors').detail).toBe('non présentée aux financeurs');
    expect(words('match.proposed', 'score 82').detail).toBe('score de correspondance : 82 / 100');
    expect(words('match.retracted', 'application-decided').detail).toBe('décision prise');
    expect(words('document.signed', 'convention-de-subvention, signed by applicant, funder').detail).toBe(
      '« convention-de-subvention » — signataires : Porteur de projet et Financeur du programme',
    );
    expect(words('notification.failed', 'application-decided by e-mail, attempt 2', 'notifications')).toEqual({
      what: 'Échec d’envoi d’une notification (nouvel essai prévu)',
      detail: '« décision » par E-mail, tentative 2',
      source: 'Notifications',
    });
  });

  it('names a budget hold by what became of it', () => {
    expect(words('programme.budget-changed', 'budget hold committed').what).toBe('Montant engagé sur le budget');
  });

  it('shows a type or a detail it does not know as it came', () => {
    expect(words('application.archived', 'something new')).toEqual({
      what: 'application.archived',
      detail: 'something new',
      source: 'Candidatures',
    });
  });

  it('speaks English when asked', async () => {
    await i18n.changeLanguage('en');
    expect(words('application.decided', 'funded, funded by investor')).toEqual({
      what: 'Decision recorded',
      detail: 'Funded, funded by an investor',
      source: 'Applications',
    });
  });
});
