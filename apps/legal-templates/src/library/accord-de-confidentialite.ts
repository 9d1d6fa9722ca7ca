import { INSTRUMENTS } from '@pollen/contracts';

import { type LibraryTemplate, ORGANISATION_SCHEMA, PARTY_SCHEMA, SIGNING_SCHEMA } from './library-template';

/** The confidentiality agreement an introduction starts due diligence with, between the two organisations. */
export const accordDeConfidentialite: LibraryTemplate = {
  key: 'accord-de-confidentialite',
  version: '1.1.0',
  title: { fr: 'Accord de confidentialité', en: 'Confidentiality agreement' },
  description: {
    fr: 'Entre le porteur de projet et l’investisseur, dès la mise en relation, pour l’étude du dossier.',
    en: 'Between the project holder and the investor, from the introduction, for the review of the project.',
  },
  instruments: [...INSTRUMENTS],
  schema: {
    type: 'object',
    required: ['discloser', 'recipient', 'project', 'durationYears', 'signing'],
    properties: {
      discloser: ORGANISATION_SCHEMA,
      recipient: PARTY_SCHEMA,
      project: { type: 'string', minLength: 1 },
      durationYears: { type: 'integer', minimum: 1, maximum: 10 },
      signing: SIGNING_SCHEMA,
    },
  },
  bodies: {
    fr: `<h1>Accord de confidentialité</h1>
<p><strong>Entre</strong> {{ discloser | party }}, ci-après « la Partie divulgatrice »,</p>
<p><strong>et</strong> {{ recipient | party }}, ci-après « la Partie destinataire ».</p>
<h2>Article 1 — Objet</h2>
<p>La Partie divulgatrice communique à la Partie destinataire des informations relatives au projet « {{ project }} » afin de lui permettre d’étudier un éventuel financement ou accompagnement. Le présent accord fixe les conditions dans lesquelles ces informations sont protégées.</p>
<h2>Article 2 — Informations confidentielles</h2>
<p>Sont confidentielles toutes les informations, quel qu’en soit le support, communiquées par la Partie divulgatrice à compter de la mise en relation, notamment ses données financières, ses prévisions, ses contrats et les données relatives à ses bénéficiaires, à l’exception de celles :</p>
<ol><li>qui étaient publiques au moment de leur communication ou le sont devenues sans faute de la Partie destinataire ;</li><li>que la Partie destinataire détenait légitimement avant leur communication ;</li><li>dont la divulgation est exigée par la loi ou une autorité judiciaire, dans la stricte mesure de cette exigence.</li></ol>
<h2>Article 3 — Obligations de la Partie destinataire</h2>
<p>La Partie destinataire s’engage à n’utiliser les informations confidentielles que pour l’étude du projet, à ne les communiquer qu’aux membres de son personnel et de ses instances qui ont besoin de les connaître et sont tenus à une obligation équivalente, et à leur appliquer le même degré de protection qu’à ses propres informations confidentielles.</p>
<h2>Article 4 — Données personnelles</h2>
<p>Les données personnelles éventuellement contenues dans les informations ne sont traitées que pour l’étude du projet, conformément au règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978. Chaque Partie demeure responsable des traitements qu’elle met en œuvre.</p>
<h2>Article 5 — Durée</h2>
<p>Le présent accord prend effet à sa signature. Les obligations de l’article 3 subsistent pendant {{ durationYears }} an{% if durationYears > 1 %}s{% endif %} à compter de la dernière communication d’informations confidentielles. À la fin de l’étude, la Partie destinataire restitue ou détruit les informations reçues, sur simple demande.</p>
<h2>Article 6 — Droit applicable et litiges</h2>
<p>Le présent accord est régi par le droit français. Tout litige relatif à son interprétation ou à son exécution, à défaut d’accord amiable, relève des juridictions françaises compétentes.</p>
<p>Fait {% if signing.place %}à {{ signing.place }}, {% endif %}le {{ signing.date | long_date }}, en deux exemplaires.</p>
<signature-block party="discloser">Pour {{ discloser.name }}</signature-block>
<signature-block party="recipient">Pour {{ recipient.name }}</signature-block>`,
    en: `<h1>Confidentiality agreement</h1>
<p><strong>Between</strong> {{ discloser | party }}, hereinafter “the Disclosing Party”,</p>
<p><strong>and</strong> {{ recipient | party }}, hereinafter “the Receiving Party”.</p>
<h2>Article 1 — Purpose</h2>
<p>The Disclosing Party shares with the Receiving Party information about the project “{{ project }}” so that it may consider financing or supporting it. This agreement sets out how that information is protected.</p>
<h2>Article 2 — Confidential information</h2>
<p>All information, in whatever form, shared by the Disclosing Party from the introduction onwards is confidential, in particular its financial data, forecasts, contracts and data about its beneficiaries, except information:</p>
<ol><li>that was public when shared, or became so through no fault of the Receiving Party;</li><li>that the Receiving Party lawfully held before it was shared;</li><li>whose disclosure is required by law or a court, to the strict extent required.</li></ol>
<h2>Article 3 — Obligations of the Receiving Party</h2>
<p>The Receiving Party shall use confidential information only to review the project, share it only with those of its staff and governing bodies who need to know it and are bound by an equivalent obligation, and protect it at least as well as its own confidential information.</p>
<h2>Article 4 — Personal data</h2>
<p>Any personal data in the information is processed only to review the project, in accordance with Regulation (EU) 2016/679 and French law no. 78-17 of 6 January 1978. Each Party remains the controller of its own processing.</p>
<h2>Article 5 — Duration</h2>
<p>This agreement takes effect when signed. The obligations of article 3 survive for {{ durationYears }} year{% if durationYears > 1 %}s{% endif %} from the last disclosure of confidential information. When the review ends, the Receiving Party returns or destroys the information received, upon request.</p>
<h2>Article 6 — Governing law and disputes</h2>
<p>This agreement is governed by French law. Any dispute about its interpretation or performance that cannot be settled amicably falls within the jurisdiction of the competent French courts.</p>
<p>Made {% if signing.place %}in {{ signing.place }}, {% endif %}on {{ signing.date | long_date }}, in two originals.</p>
<signature-block party="discloser">For {{ discloser.name }}</signature-block>
<signature-block party="recipient">For {{ recipient.name }}</signature-block>`,
  },
  example: {
    discloser: { name: 'Atelier Vélo Solidaire', legalForm: 'association loi 1901', siren: '732829320' },
    recipient: { name: 'Fonds Solidaire Démo', legalForm: 'SAS', siren: '552100554' },
    project: 'Ateliers vélo solidaires',
    durationYears: 3,
    signing: { date: '2026-12-01', place: 'Lille' },
  },
  expected: {
    fr: [
      'Accord de confidentialité',
      '732\u00a0829\u00a0320',
      'pendant 3 ans',
      '1er décembre 2026',
      'droit français',
      'Pour Fonds Solidaire Démo',
    ],
    en: [
      'Confidentiality agreement',
      '552\u00a0100\u00a0554',
      'for 3 years',
      '1 December 2026',
      'French law',
      'the French version prevails',
      'For Atelier Vélo Solidaire',
    ],
  },
};
