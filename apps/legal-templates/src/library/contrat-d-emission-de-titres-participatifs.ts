import { type LibraryTemplate, ORGANISATION_SCHEMA, PARTY_SCHEMA, SIGNING_SCHEMA } from './library-template';

/**
 * The issue of participating securities (titres participatifs) by a cooperative, a mutual or an
 * association to an investor: quasi-equity, subordinated, without voting rights, redeemable only
 * at the issuer's initiative after seven years at the earliest, or on its liquidation.
 */
export const contratDEmissionDeTitresParticipatifs: LibraryTemplate = {
  key: 'contrat-d-emission-de-titres-participatifs',
  version: '1.0.0',
  title: { fr: 'Contrat d’émission de titres participatifs', en: 'Participating securities issue agreement' },
  description: {
    fr: 'Titres participatifs émis par une coopérative, une mutuelle ou une association : quasi-fonds propres subordonnés, sans droit de vote, rémunération fixe et variable, remboursement à l’initiative de l’émetteur après sept ans au moins, masse des porteurs, indicateurs d’impact.',
    en: 'Participating securities issued by a cooperative, a mutual or an association: subordinated quasi-equity, no voting rights, fixed and variable remuneration, redemption at the issuer’s initiative after seven years at the earliest, body of holders, impact indicators.',
  },
  instruments: ['quasi-equity'],
  schema: {
    type: 'object',
    required: ['subscriber', 'issuer', 'project', 'amountCents', 'redeemableAfterYears', 'signing'],
    properties: {
      subscriber: PARTY_SCHEMA,
      /** A cooperative (SCOP, SCIC), a mutual or an association: the only ones the law lets issue them. */
      issuer: ORGANISATION_SCHEMA,
      project: { type: 'string', minLength: 1 },
      /** The whole subscription. */
      amountCents: { type: 'integer', minimum: 1 },
      /** The nominal value of one security: the agreement then says how many are issued. */
      nominalCents: { type: 'integer', minimum: 1 },
      /** Years after which the issuer may redeem them, at the earliest: seven at least (art. L. 228-36). */
      redeemableAfterYears: { type: 'integer', minimum: 7, maximum: 30 },
      /** The fixed part of the remuneration, a year, on the nominal. */
      fixedRatePercent: { type: 'number', minimum: 0, maximum: 10 },
      /** How the variable part is computed: indexed on turnover, surplus … */
      variableRemuneration: { type: 'string', minLength: 1 },
      signing: SIGNING_SCHEMA,
    },
  },
  bodies: {
    fr: `<h1>Contrat d’émission de titres participatifs</h1>
<p><strong>Entre</strong> {{ issuer | party }}, ci-après « l’Émetteur »,</p>
<p><strong>et</strong> {{ subscriber | party }}, ci-après « le Souscripteur ».</p>
<p>L’Émetteur, structure de l’économie sociale et solidaire, souhaite renforcer ses quasi-fonds propres pour financer le projet « {{ project }} » sans ouvrir son capital ni modifier sa gouvernance. Le Souscripteur accepte d’y contribuer en souscrivant des titres participatifs aux conditions ci-après.</p>
<h2>Article 1 — Objet</h2>
<p>L’Émetteur émet, et le Souscripteur souscrit, des titres participatifs régis par les dispositions applicables à la forme de l’Émetteur, notamment les articles L. 228-36 et suivants du code de commerce ou, pour une association, l’article L. 213-32 du code monétaire et financier, et par le présent contrat d’émission.</p>
<h2>Article 2 — Montant et libération</h2>
<p>La souscription s’élève à <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}){% if nominalCents %}, soit {{ amountCents | divided_by: nominalCents | floor }} titres d’une valeur nominale de {{ nominalCents | amount }} chacun{% endif %}. Les titres sont émis au pair et libérés en totalité par virement sur le compte de l’Émetteur dans les quinze jours de la signature. L’Émetteur les inscrit au nom du Souscripteur dans le registre des titres qu’il tient et lui en délivre une attestation.</p>
<h2>Article 3 — Nature et rang des titres</h2>
<p>Les titres participatifs sont des titres de créance qui constituent pour l’Émetteur des quasi-fonds propres. Ils ne sont assortis d’aucune garantie. Ils sont subordonnés : en cas de liquidation de l’Émetteur, ils ne sont remboursés qu’après désintéressement complet de tous les autres créanciers, privilégiés ou chirographaires, y compris les prêteurs participatifs, mais avant le remboursement des parts sociales ou des apports des membres.</p>
<h2>Article 4 — Absence de droit de vote et gouvernance</h2>
<p>Les titres ne confèrent ni la qualité d’associé ou de membre de l’Émetteur, ni aucun droit de vote à ses assemblées, ni aucun droit sur ses réserves. Ils ne peuvent être convertis en parts sociales ou en actions. Leur émission ne modifie ni le capital de l’Émetteur ni la répartition des pouvoirs entre ses membres : sa gouvernance démocratique, notamment la règle « une personne, une voix » lorsqu’elle s’applique, reste entière.</p>
<h2>Article 5 — Rémunération</h2>
<p>Les titres sont rémunérés chaque année, sur leur nominal, par :</p>
<ul><li>une partie fixe{% if fixedRatePercent %} au taux de {{ fixedRatePercent | percent }} l’an{% else %} au taux fixé par la décision d’émission de l’Émetteur{% endif %}, due quel que soit le résultat de l’exercice ;</li>
<li>une partie variable {% if variableRemuneration %}calculée comme suit : {{ variableRemuneration }}{% else %}calculée par référence à l’activité ou aux résultats de l’Émetteur selon les modalités de la décision d’émission{% endif %}.</li></ul>
<p>Les éléments retenus pour le calcul de la partie variable sont tirés des comptes annuels approuvés ; son assiette ne peut excéder 40\u00a0% du nominal des titres. La rémunération est versée dans le mois qui suit l’approbation des comptes de l’exercice ; pour l’exercice de la souscription, elle est calculée au prorata du temps écoulé depuis la libération des fonds.</p>
<h2>Article 6 — Durée et remboursement</h2>
<p>Les titres sont émis pour une durée indéterminée. Ils ne sont remboursables ni à la demande du Souscripteur, ni par anticipation : ils ne le sont qu’en cas de liquidation de l’Émetteur, au rang prévu à l’article 3, ou, à l’initiative de l’Émetteur, à l’expiration d’un délai de {{ redeemableAfterYears }} ans à compter de leur libération, moyennant un préavis de trois mois notifié par lettre recommandée. Le remboursement se fait au nominal, augmenté de la rémunération courue ; s’il est partiel, il porte sur tous les titres de l’émission à proportion de leur nombre.</p>
<h2>Article 7 — Affectation des fonds, compte rendu et indicateurs d’impact</h2>
<p>L’Émetteur affecte les fonds au projet « {{ project }} » et s’interdit de les employer à un autre objet. Chaque année, avec ses comptes, il adresse au Souscripteur un rapport sur l’avancement du projet et l’emploi des fonds, renseignant au moins les indicateurs d’impact social suivants :</p>
<ul><li>emplois créés ou maintenus, dont ceux occupés par des personnes éloignées de l’emploi ;</li>
<li>personnes bénéficiant des activités de l’Émetteur ;</li>
<li>part des excédents affectée aux réserves impartageables ou au projet associatif ;</li>
<li>écart entre la rémunération la plus élevée et la plus faible versées par l’Émetteur.</li></ul>
<h2>Article 8 — Information du Souscripteur</h2>
<p>Le Souscripteur obtient communication des documents sociaux dans les mêmes conditions que les membres de l’Émetteur ; celui-ci lui adresse, dans le mois qui suit leur approbation, ses comptes annuels, son rapport de gestion ou d’activité et, le cas échéant, le rapport de son commissaire aux comptes. L’Émetteur l’informe sans délai de tout événement susceptible d’affecter significativement le projet, sa situation financière ou le paiement de la rémunération, ainsi que de tout projet de fusion, de transformation ou de dissolution.</p>
<h2>Article 9 — Masse des porteurs</h2>
<p>Les porteurs de titres participatifs d’une même émission sont groupés de plein droit, pour la défense de leurs intérêts communs, en une masse dotée de la personnalité civile, dans les conditions des articles L. 228-37 et L. 228-46 et suivants du code de commerce ou des dispositions équivalentes applicables à l’Émetteur. La masse est représentée par un ou plusieurs représentants élus par l’assemblée générale des porteurs, qui se réunit au moins une fois par an, le jour de l’assemblée qui approuve les comptes de l’Émetteur ou dans les quinze jours qui la précèdent, pour entendre le rapport des dirigeants sur l’exercice. Les représentants de la masse peuvent assister aux assemblées des membres de l’Émetteur, sans droit de vote. Tant que le Souscripteur est le seul porteur de l’émission, il exerce lui-même les droits de la masse.</p>
<h2>Article 10 — Cession des titres</h2>
<p>Les titres sont négociables. Le Souscripteur peut les céder, en tout ou partie, par un ordre de mouvement que l’Émetteur inscrit dans son registre ; il en informe l’Émetteur au préalable. Le cessionnaire succède au Souscripteur dans tous les droits et obligations du présent contrat, notamment quant au rang et aux conditions de remboursement des titres.</p>
<h2>Article 11 — Manquements et fin du contrat</h2>
<p>Hors le cas de liquidation, les titres ne peuvent être rendus exigibles par anticipation. Si l’Émetteur affecte les fonds à un autre objet, ne paie pas la rémunération due ou manque à ses obligations d’information, le Souscripteur ou le représentant de la masse peut, après une mise en demeure restée sans effet pendant un mois, en poursuivre l’exécution et demander réparation de son préjudice. Le présent contrat prend fin au remboursement intégral des titres et au paiement de la rémunération due.</p>
<h2>Article 12 — Données personnelles</h2>
<p>Chaque Partie traite, en qualité de responsable de traitement, les données personnelles nécessaires à l’émission, à la tenue du registre des titres, au paiement de la rémunération et au compte rendu, conformément au règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978. Ces données sont conservées pendant la détention des titres puis pendant les délais de prescription légaux ; les personnes concernées disposent des droits d’accès, de rectification, d’effacement, de limitation et d’opposition prévus par ce règlement. Les indicateurs d’impact ne contiennent que des données agrégées.</p>
<h2>Article 13 — Droit applicable et litiges</h2>
<p>Le présent contrat est régi par le droit français. Tout litige, à défaut d’accord amiable, est porté devant la juridiction compétente.</p>
<p>Fait {% if signing.place %}à {{ signing.place }}, {% endif %}le {{ signing.date | long_date }}, en deux exemplaires.</p>
<signature-block party="issuer">Pour l’Émetteur</signature-block>
<signature-block party="subscriber">Pour le Souscripteur</signature-block>`,
    en: `<h1>Participating securities issue agreement</h1>
<p><strong>Between</strong> {{ issuer | party }}, hereinafter “the Issuer”,</p>
<p><strong>and</strong> {{ subscriber | party }}, hereinafter “the Subscriber”.</p>
<p>The Issuer, a social and solidarity economy organisation, wishes to strengthen its quasi-equity to finance the project “{{ project }}” without opening its capital or changing its governance. The Subscriber agrees to contribute by subscribing participating securities on the terms below.</p>
<h2>Article 1 — Purpose</h2>
<p>The Issuer issues, and the Subscriber subscribes, participating securities (titres participatifs) governed by the provisions applicable to the Issuer’s legal form, in particular Articles L. 228-36 et seq. of the French Commercial Code or, for an association, Article L. 213-32 of the French Monetary and Financial Code, and by this issue agreement.</p>
<h2>Article 2 — Amount and payment</h2>
<p>The subscription amounts to <strong>{{ amountCents | amount }}</strong> ({{ amountCents | amount_in_words }}){% if nominalCents %}, that is {{ amountCents | divided_by: nominalCents | floor }} securities with a nominal value of {{ nominalCents | amount }} each{% endif %}. The securities are issued at par and paid up in full by transfer to the Issuer’s account within fifteen days of signature. The Issuer registers them in the Subscriber’s name in the register of securities it keeps and gives the Subscriber a certificate.</p>
<h2>Article 3 — Nature and ranking of the securities</h2>
<p>Participating securities are debt securities that form quasi-equity for the Issuer. They carry no security or guarantee. They are subordinated: if the Issuer is liquidated, they are repaid only after all other creditors, preferential or unsecured, including participating lenders, have been paid in full, but before the members’ shares or contributions are repaid.</p>
<h2>Article 4 — No voting rights and governance</h2>
<p>The securities confer neither the status of partner or member of the Issuer, nor any voting rights at its meetings, nor any right to its reserves. They cannot be converted into cooperative shares or into shares. Their issue changes neither the Issuer’s capital nor the distribution of power among its members: its democratic governance, in particular the rule “one person, one vote” where it applies, remains whole.</p>
<h2>Article 5 — Remuneration</h2>
<p>The securities are remunerated each year, on their nominal value, by:</p>
<ul><li>a fixed part{% if fixedRatePercent %} at the rate of {{ fixedRatePercent | percent }} a year{% else %} at the rate set by the Issuer’s decision to issue{% endif %}, due whatever the result of the financial year;</li>
<li>a variable part {% if variableRemuneration %}computed as follows: {{ variableRemuneration }}{% else %}computed by reference to the Issuer’s activity or results as set out in the decision to issue{% endif %}.</li></ul>
<p>The figures used to compute the variable part are taken from the approved annual accounts; its basis may not exceed 40% of the securities’ nominal value. The remuneration is paid within one month of the approval of the financial year’s accounts; for the financial year of the subscription, it is computed in proportion to the time elapsed since the funds were paid.</p>
<h2>Article 6 — Term and redemption</h2>
<p>The securities are issued for an indefinite term. They are redeemable neither at the Subscriber’s request nor early: they are redeemable only if the Issuer is liquidated, with the ranking set out in Article 3, or, at the Issuer’s initiative, on expiry of a period of {{ redeemableAfterYears }} years from their payment, with three months’ notice given by registered letter. Redemption is made at nominal value, plus the accrued remuneration; if partial, it applies to all the securities of the issue in proportion to their number.</p>
<h2>Article 7 — Use of funds, reporting and impact indicators</h2>
<p>The Issuer uses the funds for the project “{{ project }}” and shall not use them for any other purpose. Each year, with its accounts, it sends the Subscriber a report on the project’s progress and the use of the funds, giving at least the following social impact indicators:</p>
<ul><li>jobs created or maintained, including those held by people far from employment;</li>
<li>people benefiting from the Issuer’s activities;</li>
<li>share of the surplus allocated to the indivisible reserves or to the association’s project;</li>
<li>ratio between the highest and the lowest pay the Issuer gives.</li></ul>
<h2>Article 8 — Information of the Subscriber</h2>
<p>The Subscriber may obtain the Issuer’s corporate documents on the same terms as its members; within one month of their approval, the Issuer sends the Subscriber its annual accounts, its management or activity report and, where applicable, its statutory auditor’s report. The Issuer informs the Subscriber without delay of any event likely to significantly affect the project, its financial position or the payment of the remuneration, and of any planned merger, conversion or dissolution.</p>
<h2>Article 9 — Body of holders</h2>
<p>The holders of participating securities of the same issue are grouped by law, to defend their common interests, in a body of holders (masse) with legal personality, under Articles L. 228-37 and L. 228-46 et seq. of the French Commercial Code or the equivalent provisions applicable to the Issuer. The body is represented by one or more representatives elected by the holders’ general meeting, which meets at least once a year, on the day of the meeting approving the Issuer’s accounts or within the fifteen days before it, to hear the managers’ report on the financial year. The body’s representatives may attend the meetings of the Issuer’s members, without voting rights. As long as the Subscriber is the only holder of the issue, it exercises the body’s rights itself.</p>
<h2>Article 10 — Transfer of the securities</h2>
<p>The securities are transferable. The Subscriber may transfer all or part of them by a transfer order that the Issuer records in its register; the Subscriber informs the Issuer beforehand. The transferee succeeds the Subscriber in all the rights and obligations of this agreement, in particular as to the ranking and the redemption terms of the securities.</p>
<h2>Article 11 — Breaches and end of the agreement</h2>
<p>Except on liquidation, the securities cannot be accelerated. If the Issuer uses the funds for another purpose, does not pay the remuneration due or breaches its information obligations, the Subscriber or the body’s representative may, after a formal notice not complied with within one month, enforce performance and claim compensation for its loss. This agreement ends when the securities have been redeemed in full and the remuneration due has been paid.</p>
<h2>Article 12 — Personal data</h2>
<p>Each Party processes, as controller, the personal data needed for the issue, the keeping of the register of securities, the payment of the remuneration and reporting, in accordance with Regulation (EU) 2016/679 and French law no. 78-17 of 6 January 1978. This data is kept while the securities are held and then for the statutory limitation periods; the data subjects have the rights of access, rectification, erasure, restriction and objection that the Regulation provides. The impact indicators contain only aggregated data.</p>
<h2>Article 13 — Governing law and disputes</h2>
<p>This agreement is governed by French law. Any dispute that cannot be settled amicably is brought before the competent court.</p>
<p>Made {% if signing.place %}in {{ signing.place }}, {% endif %}on {{ signing.date | long_date }}, in two originals.</p>
<signature-block party="issuer">For the Issuer</signature-block>
<signature-block party="subscriber">For the Subscriber</signature-block>`,
  },
  example: {
    subscriber: { name: 'Fonds Solidaire Démo', legalForm: 'SAS', siren: '552100554' },
    issuer: { name: 'Coopérative du Réemploi', legalForm: 'SCIC SA à capital variable', siren: '732829320' },
    project: 'Second atelier de réemploi',
    amountCents: 5_000_000,
    nominalCents: 10_000,
    redeemableAfterYears: 8,
    fixedRatePercent: 1.5,
    variableRemuneration:
      '1\u00a0% du nominal multiplié par le rapport entre le chiffre d’affaires de l’exercice et celui de l’exercice 2026, dans la limite de 2\u00a0% du nominal',
    signing: { date: '2027-03-01', place: 'Rennes' },
  },
  expected: {
    fr: [
      'Contrat d’émission de titres participatifs',
      'cinquante-mille euros',
      '50\u202f000,00\u202f€',
      '500 titres',
      '1,5\u00a0% l’an',
      'délai de 8 ans',
      'aucun droit de vote',
      'chiffre d’affaires de l’exercice',
      'Fait à Rennes, le 1er mars 2027',
      'Pour le Souscripteur',
    ],
    en: [
      'Participating securities issue agreement',
      'fifty thousand euros',
      '€50,000.00',
      '500 securities',
      '1.5% a year',
      'period of 8 years',
      'nor any voting rights',
      'the French version prevails',
      'Made in Rennes, on 1 March 2027',
      'For the Subscriber',
    ],
  },
};
