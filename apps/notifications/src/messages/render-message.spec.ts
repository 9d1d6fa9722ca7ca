import {
  euros,
  INSTRUMENT_LABELS,
  type Locale,
  type LocalisedText,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type Role,
} from '@pollen/contracts';

import { isLocalisedText, localise } from './localise';
import type { MessageOf, MessageVariables, RecipientVariables } from './message-kinds';
import {
  messageRenderer,
  type RenderedMessage,
  type RenderedSummary,
  renderMessage,
  renderSummary,
  summaryRenderer,
} from './render-message';
import { ROLE_NAMES } from './role-names';
import { TEMPLATES } from './templates';

const LOCALES: Locale[] = ['fr', 'en'];
const CONTEXT = { appUrl: 'https://pollen.example.org' };

const REGION_NOT_COVERED: LocalisedText = {
  fr: 'Le projet se situe en Bretagne, hors du territoire du programme (Île-de-France)',
  en: 'The project is in Brittany, outside the programme’s territory (Île-de-France)',
};
const AMOUNT_TOO_HIGH: LocalisedText = {
  fr: 'Le montant demandé dépasse le plafond du programme (50 000 €)',
  en: 'The amount requested is above the programme’s ceiling (€50,000)',
};

/** One realistic message of each kind, in its commonest branch. */
const SAMPLES: { [K in NotificationKind]: MessageVariables[K] } = {
  welcome: { role: 'applicant' },
  'application-submitted': {
    applicationId: 'app-7f3c2a91',
    organisation: 'Les Jardins du Trégor',
    project: 'Maraîchage d’insertion à Lannion',
    amount: euros(4_500_000),
    instrument: INSTRUMENT_LABELS.grant,
    submittedAt: { fr: '12 mars 2025', en: '12 March 2025' },
  },
  'application-screened': {
    applicationId: 'app-7f3c2a91',
    project: 'Recyclerie solidaire',
    eligible: true,
    reasons: [],
  },
  'application-decided': {
    applicationId: 'app-7f3c2a91',
    project: 'Recyclerie solidaire',
    funded: true,
    reason: 'Projet ancré dans son territoire, avec un modèle économique solide et douze emplois en insertion',
    amount: euros(3_000_000),
  },
  'investor-approved': {},
  'investor-rejected': { reason: 'La thèse d’investissement ne vise aucun projet de l’économie sociale et solidaire' },
  'investor-suspended': { reason: 'Justificatif d’agrément de la société de gestion expiré' },
  'investor-reinstated': {},
  'match-proposed': {
    matchId: 'match-51d0e4',
    organisation: 'SCIC Mobilité Partagée',
    project: 'Autopartage en milieu rural',
    amount: euros(12_000_000),
    instrument: INSTRUMENT_LABELS['quasi-equity'],
    score: 82,
  },
  'interest-expressed': {
    matchId: 'match-51d0e4',
    applicationId: 'app-7f3c2a91',
    project: 'Autopartage en milieu rural',
    investor: 'Fondation Terre Solidaire',
    amount: euros(8_000_000),
  },
  'introduction-made': {
    matchId: 'match-51d0e4',
    applicationId: 'app-7f3c2a91',
    project: 'Autopartage en milieu rural',
    side: 'applicant',
    counterpart: {
      organisation: 'Fondation Terre Solidaire',
      name: 'Claire Dubois',
      email: 'claire.dubois@terre-solidaire.example',
      phone: '+33 6 12 34 56 78',
    },
  },
  'document-generated': {
    documentId: 'doc-93b1',
    title: 'Accord de confidentialité',
    applicationId: 'app-7f3c2a91',
  },
  'document-signed': { documentId: 'doc-93b1', title: 'Convention de subvention', applicationId: 'app-7f3c2a91' },
  'deal-flow-digest': {
    day: { fr: '14 mars 2025', en: '14 March 2025' },
    matches: [
      {
        matchId: 'match-51d0e4',
        organisation: 'SCIC Mobilité Partagée',
        project: 'Autopartage en milieu rural',
        amount: euros(12_000_000),
        instrument: INSTRUMENT_LABELS['quasi-equity'],
        score: 82,
      },
      {
        matchId: 'match-8a27c1',
        organisation: 'Association Les Petites Cantines',
        project: 'Cantine de quartier à Villeurbanne',
        amount: euros(6_000_000),
        instrument: INSTRUMENT_LABELS.loan,
        score: 74,
      },
      {
        matchId: 'match-c3f9b2',
        organisation: 'SCOP Atelier du Réemploi',
        project: 'Recyclerie solidaire',
        amount: euros(2_500_000),
        instrument: INSTRUMENT_LABELS['honour-loan'],
        score: 91,
      },
    ],
  },
  'webhook-disabled': {
    endpointId: '0f3a9c42-6b1d-4e8a-9c57-2d4e8b1f7a30',
    url: 'https://crm.terre-solidaire.example/hooks/pollen',
    failingSince: { fr: '13 mars 2025 à 9 h 42', en: '13 March 2025 at 9:42 am' },
    lastError: 'HTTP 503 Service Unavailable',
  },
};

const sample = <K extends NotificationKind>(kind: K) => ({ kind, variables: SAMPLES[kind] }) as MessageOf;
const introduction = SAMPLES['introduction-made'];
const digest = SAMPLES['deal-flow-digest'];

/** Every kind, then the other branches of those that have some. */
const CASES: Array<[string, MessageOf]> = [
  ...NOTIFICATION_KINDS.map((kind): [string, MessageOf] => [kind, sample(kind)]),
  ['welcome, investor', { kind: 'welcome', variables: { role: 'investor' } }],
  ['welcome, operator', { kind: 'welcome', variables: { role: 'operator' } }],
  [
    'application-screened, ineligible on two rules',
    {
      kind: 'application-screened',
      variables: {
        ...SAMPLES['application-screened'],
        eligible: false,
        reasons: [REGION_NOT_COVERED, AMOUNT_TOO_HIGH],
      },
    },
  ],
  [
    'application-decided, declined',
    {
      kind: 'application-decided',
      variables: {
        ...SAMPLES['application-decided'],
        funded: false,
        reason: 'Le besoin de financement n’est pas couvert par le plan de trésorerie présenté',
        amount: null,
      },
    },
  ],
  [
    'application-decided, funded without an amount',
    { kind: 'application-decided', variables: { ...SAMPLES['application-decided'], amount: null } },
  ],
  [
    'interest-expressed, no amount',
    { kind: 'interest-expressed', variables: { ...SAMPLES['interest-expressed'], amount: null } },
  ],
  [
    'introduction-made, investor side',
    {
      kind: 'introduction-made',
      variables: {
        ...introduction,
        side: 'investor',
        counterpart: {
          organisation: 'SCIC Mobilité Partagée',
          name: 'Yanis Benali',
          email: 'yanis.benali@mobilite-partagee.example',
          phone: '02 96 12 34 56',
        },
      },
    },
  ],
  [
    'introduction-made, no phone',
    {
      kind: 'introduction-made',
      variables: { ...introduction, counterpart: { ...introduction.counterpart, phone: null } },
    },
  ],
  [
    'document-generated, not about an application',
    { kind: 'document-generated', variables: { ...SAMPLES['document-generated'], applicationId: null } },
  ],
  [
    'deal-flow-digest, one match',
    { kind: 'deal-flow-digest', variables: { ...digest, matches: digest.matches.slice(0, 1) } },
  ],
];

const INVESTOR_KINDS = new Set<NotificationKind>([
  'investor-approved',
  'investor-rejected',
  'investor-suspended',
  'investor-reinstated',
  'match-proposed',
  'deal-flow-digest',
  // Only investors and operators register webhooks.
  'webhook-disabled',
]);

function recipientOf(message: MessageOf): RecipientVariables {
  if (message.kind === 'welcome') return { name: 'Camille Martin', role: message.variables.role };
  const investor =
    INVESTOR_KINDS.has(message.kind) || (message.kind === 'introduction-made' && message.variables.side === 'investor');
  return { name: 'Camille Martin', role: investor ? 'investor' : 'applicant' };
}

/**
 * What the reader must find of the variables, in `locale`: every text and number; a role as its
 * name; not `side` nor a boolean, which only choose a branch.
 */
function shownValues(value: unknown, locale: Locale, key?: string): string[] {
  if (key === 'side' || typeof value === 'boolean' || value === null) return [];
  if (key === 'role') return [ROLE_NAMES[value as Role][locale]];
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (isLocalisedText(value)) return [value[locale]];
  if (Array.isArray(value)) return value.flatMap((item) => shownValues(item, locale));
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([name, item]) => shownValues(item, locale, name));
  }
  return [];
}

const escapedHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');

const render = (message: MessageOf, locale: Locale) => renderMessage(message, recipientOf(message), locale, CONTEXT);

describe('renderMessage', () => {
  describe.each(CASES)('%s', (_case, message) => {
    describe.each(LOCALES)('in %s', (locale) => {
      let sut: RenderedMessage;
      beforeAll(() => {
        sut = render(message, locale);
      });

      it('has a subject of one short line', () => {
        expect(sut.subject.length).toBeGreaterThan(0);
        expect(sut.subject.length).toBeLessThan(120);
        expect(sut.subject).not.toMatch(/[\n\r]/);
      });

      it('shows every value of the message, the recipient’s name and the link to Pollen', () => {
        const values = [...shownValues(message.variables, locale), recipientOf(message).name, CONTEXT.appUrl];
        for (const value of values) {
          expect(sut.text).toContain(value);
          expect(sut.html).toContain(escapedHtml(value));
        }
      });

      it('frames the body in the layout of its language, with no image or script', () => {
        expect(sut.html).toContain(`<html lang="${locale}">`);
        expect(sut.html).not.toMatch(/<(img|script)\b/i);
        const footer = locale === 'fr' ? 'Vous recevez cet e-mail' : 'You are receiving this e-mail';
        expect(sut.html).toContain(footer);
        expect(sut.text).toContain(footer);
      });
    });

    it('speaks each language only in its own message', () => {
      const [fr, en] = [render(message, 'fr'), render(message, 'en')];
      expect(fr.subject).not.toEqual(en.subject);
      expect(fr.text).not.toContain(en.subject);
      expect(en.text).not.toContain(fr.subject);
    });

    it('sets French punctuation with no-break spaces', () => {
      const fr = render(message, 'fr');
      for (const part of [fr.subject, fr.text, fr.html]) {
        expect(part).not.toMatch(/[ \n][:;!?»]|« /);
      }
    });
  });

  describe('branches', () => {
    const textOf = (label: string, locale: Locale) => {
      const found = CASES.find(([name]) => name === label);
      if (!found) throw new Error(`no case ${label}`);
      return render(found[1], locale).text;
    };

    it('tells each side of an introduction something different', () => {
      expect(textOf('introduction-made', 'fr')).not.toEqual(textOf('introduction-made, investor side', 'fr'));
      expect(textOf('introduction-made, investor side', 'en')).toContain('has accepted your interest');
    });

    it('leaves out a phone or an amount that is not there', () => {
      expect(textOf('introduction-made, no phone', 'fr')).not.toContain('Téléphone');
      expect(textOf('introduction-made, no phone', 'en')).not.toContain('Phone');
      expect(textOf('application-decided, funded without an amount', 'fr')).not.toContain('à hauteur de');
      expect(textOf('interest-expressed, no amount', 'en')).not.toContain('considering funding');
    });

    it('declines with the declined wording, not the funded one', () => {
      expect(textOf('application-decided, declined', 'fr')).toContain('n’a pas retenu');
      expect(textOf('application-decided, declined', 'fr')).not.toContain('Financement accordé');
    });

    it('lists every match of a digest in order, each with its own details, and counts them', () => {
      for (const locale of LOCALES) {
        const sut = render(sample('deal-flow-digest'), locale);
        const starts = digest.matches.map((match) => sut.text.indexOf(match.project));
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        digest.matches.forEach((match, index) => {
          const block = sut.text.slice(starts[index], starts[index + 1]);
          for (const detail of [match.organisation, match.amount[locale], match.instrument[locale], match.matchId]) {
            expect(block).toContain(detail);
          }
          expect(block).toContain(`${match.score}/100`);
          expect(sut.html).toContain(escapedHtml(match.project));
        });
      }
      expect(render(sample('deal-flow-digest'), 'fr').subject).toContain('3 projets correspondent');
      expect(textOf('deal-flow-digest', 'fr')).toContain('3 nouveaux projets correspondent');
      expect(render(sample('deal-flow-digest'), 'en').subject).toContain('3 projects fit');
      expect(textOf('deal-flow-digest', 'en')).toContain('3 new projects fit');
    });

    it('counts one match of a digest in the singular, and tells how to get each match at once', () => {
      expect(textOf('deal-flow-digest, one match', 'fr')).toContain('un nouveau projet correspond');
      expect(textOf('deal-flow-digest, one match', 'en')).toContain('a new project fits');
      expect(textOf('deal-flow-digest', 'fr')).toContain('alertes immédiates dans vos préférences de notification');
      expect(textOf('deal-flow-digest', 'en')).toContain('immediate alerts in your notification preferences');
    });

    it('tells the owner of a disabled webhook which URL, its last error, and that nothing more is sent', () => {
      const { url, lastError } = SAMPLES['webhook-disabled'];
      const [fr, en] = [render(sample('webhook-disabled'), 'fr'), render(sample('webhook-disabled'), 'en')];
      for (const sut of [fr, en]) {
        expect(sut.subject).toContain(url);
        expect(sut.text).toContain(`${url}\n`);
        expect(sut.text).toContain(`${lastError}\n`);
        expect(sut.html).toMatch(new RegExp(`<blockquote[^>]*>${lastError}</blockquote>`));
      }
      expect(fr.text).toContain('aucun événement ne lui est plus envoyé');
      expect(en.text).toContain('no more events are sent to it');
    });

    it('names one failed rule in the singular', () => {
      const message: MessageOf = {
        kind: 'application-screened',
        variables: { ...SAMPLES['application-screened'], eligible: false, reasons: [AMOUNT_TOO_HIGH] },
      };
      expect(render(message, 'fr').text).toContain('le critère d’éligibilité suivant');
    });
  });

  it('escapes markup from a variable in HTML only', () => {
    const organisation = '<b>Coop & Fils</b>';
    const message: MessageOf = {
      kind: 'introduction-made',
      variables: { ...introduction, counterpart: { ...introduction.counterpart, organisation } },
    };

    const sut = render(message, 'fr');

    expect(sut.html).toContain('&lt;b&gt;Coop &amp; Fils&lt;/b&gt;');
    expect(sut.html).not.toContain(organisation);
    expect(sut.text).toContain(organisation);
    expect(sut.subject).toContain(organisation);
  });

  describe('a template that reads what its kind does not give', () => {
    const welcome = sample('welcome');
    const recipient = recipientOf(welcome);

    it.each(['subject', 'html', 'text'] as const)('fails in its %s rather than print nothing', (part) => {
      const broken = { ...TEMPLATES.welcome.fr, [part]: 'Votre projet « {{ project }} »' };
      const sut = messageRenderer({ ...TEMPLATES, welcome: { ...TEMPLATES.welcome, fr: broken } });

      expect(() => sut(welcome, recipient, 'fr', CONTEXT)).toThrow(
        new RegExp(`the ${part} of welcome \\(fr\\) does not render: .*project`),
      );
      expect(() => sut(welcome, recipient, 'en', CONTEXT)).not.toThrow();
    });

    it('fails on an unknown filter', () => {
      const broken = { ...TEMPLATES.welcome.en, subject: '{{ role | shout }}' };
      const sut = messageRenderer({ ...TEMPLATES, welcome: { ...TEMPLATES.welcome, en: broken } });

      expect(() => sut(welcome, recipient, 'en', CONTEXT)).toThrow(/shout/);
    });
  });

  it('reads a text in one language wherever it sits, and leaves other objects alone', () => {
    const variables = {
      reasons: [REGION_NOT_COVERED],
      nested: { amount: euros(100) },
      data: { fr: 'x', en: 'y', code: 'z' },
      matches: [{ project: 'Recyclerie solidaire', amount: euros(300), instrument: INSTRUMENT_LABELS.grant }],
    };

    expect(localise(variables, 'en')).toEqual({
      reasons: [REGION_NOT_COVERED.en],
      nested: { amount: '€1' },
      data: { fr: 'x', en: 'y', code: 'z' },
      matches: [{ project: 'Recyclerie solidaire', amount: '€3', instrument: 'grant' }],
    });
  });
});

describe('renderSummary', () => {
  describe.each(CASES)('%s', (_case, message) => {
    describe.each(LOCALES)('in %s', (locale) => {
      let sut: RenderedSummary;
      beforeAll(() => {
        sut = renderSummary(message, locale);
      });

      it('has a title and a body of one line each, with no Liquid left', () => {
        for (const line of [sut.title, sut.body]) {
          expect(line.length).toBeGreaterThan(0);
          expect(line).not.toMatch(/[\t\n\r]| {2}/);
          expect(line).not.toMatch(/{{|{%/);
        }
      });

      it('is titled with the subject of the e-mail', () => {
        expect(sut.title).toEqual(render(message, locale).subject);
      });
    });

    it('speaks each language only in its own summary', () => {
      const [fr, en] = [renderSummary(message, 'fr'), renderSummary(message, 'en')];
      expect(fr.body).not.toEqual(en.body);
    });

    it('sets French punctuation with no-break spaces', () => {
      const fr = renderSummary(message, 'fr');
      for (const part of [fr.title, fr.body]) {
        expect(part).not.toMatch(/[ \n][:;!?»]|« /);
      }
    });
  });

  it.each(NOTIFICATION_KINDS)('%s: reads neither the recipient nor the link in its subject or summary', (kind) => {
    for (const locale of LOCALES) {
      const { subject, summary } = TEMPLATES[kind][locale];
      expect(`${subject}\n${summary}`).not.toMatch(/\b(recipient|appUrl)\b/);
    }
  });

  it('types French quotes and colons with no-break spaces', () => {
    const sut = renderSummary(sample('match-proposed'), 'fr');

    expect(sut.title).toContain('thèse\u00a0: «\u00a0Autopartage en milieu rural\u00a0»');
    expect(sut.body).toContain('«\u00a0Autopartage en milieu rural\u00a0»');
  });

  it('counts the matches of a digest and names each', () => {
    const sut = renderSummary(sample('deal-flow-digest'), 'en');

    expect(sut.body).toContain('3 new projects fit');
    for (const match of digest.matches) expect(sut.body).toContain(`“${match.project}”`);
  });

  it('fails on a summary that reads the recipient, which an inbox entry is rendered without', () => {
    const welcome = sample('welcome');
    const broken = { ...TEMPLATES.welcome.fr, summary: 'Bienvenue, {{ recipient.name }}' };
    const sut = summaryRenderer({ ...TEMPLATES, welcome: { ...TEMPLATES.welcome, fr: broken } });

    expect(() => sut(welcome, 'fr')).toThrow(/the summary of welcome \(fr\) does not render: .*recipient/);
    expect(() => sut(welcome, 'en')).not.toThrow();
  });
});
