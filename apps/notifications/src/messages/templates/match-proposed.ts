import type { MessageTemplates } from './template';

/** To the investor: a project their thesis fits, with its score; the applicant's contact comes only with an introduction. */
export const matchProposedTemplates: MessageTemplates = {
  fr: {
    subject: 'Un projet correspond à votre thèse : « {{ project }} »',
    html: `<h1>Un projet correspond à votre thèse</h1>
<p>Le projet « {{ project }} », porté par {{ organisation }}, correspond à votre thèse d’investissement.</p>
<ul>
<li>Structure : {{ organisation }}</li>
<li>Projet : {{ project }}</li>
<li>Montant recherché : {{ amount }}</li>
<li>Type de financement : {{ instrument }}</li>
<li>Score d’adéquation : {{ score }}/100</li>
<li>Référence de la proposition : {{ matchId }}</li>
</ul>
<p>Sur Pollen, vous trouverez le détail de ce score, critère par critère, et pourrez manifester votre intérêt ou passer votre tour. Les coordonnées du porteur de projet ne vous sont transmises que s’il accepte la mise en relation.</p>
<p><a href="{{ appUrl }}">Accéder à Pollen</a></p>`,
    text: `Un projet correspond à votre thèse

Le projet « {{ project }} », porté par {{ organisation }}, correspond à votre thèse d’investissement.

- Structure : {{ organisation }}
- Projet : {{ project }}
- Montant recherché : {{ amount }}
- Type de financement : {{ instrument }}
- Score d’adéquation : {{ score }}/100
- Référence de la proposition : {{ matchId }}

Sur Pollen, vous trouverez le détail de ce score, critère par critère, et pourrez manifester votre intérêt ou passer votre tour. Les coordonnées du porteur de projet ne vous sont transmises que s’il accepte la mise en relation.

Accéder à Pollen : {{ appUrl }}`,
    summary:
      'Le projet « {{ project }} », porté par {{ organisation }}, correspond à votre thèse d’investissement, avec un score d’adéquation de {{ score }}/100. Il recherche {{ amount }} ({{ instrument }}).',
  },
  en: {
    subject: 'A project fits your thesis: “{{ project }}”',
    html: `<h1>A project fits your thesis</h1>
<p>The project “{{ project }}”, run by {{ organisation }}, fits your investment thesis.</p>
<ul>
<li>Organisation: {{ organisation }}</li>
<li>Project: {{ project }}</li>
<li>Amount sought: {{ amount }}</li>
<li>Type of funding: {{ instrument }}</li>
<li>Match score: {{ score }}/100</li>
<li>Proposal reference: {{ matchId }}</li>
</ul>
<p>On Pollen, you will find how this score is made up, criterion by criterion, and can express your interest or pass. The applicant’s contact details are shared with you only if they accept the introduction.</p>
<p><a href="{{ appUrl }}">Go to Pollen</a></p>`,
    text: `A project fits your thesis

The project “{{ project }}”, run by {{ organisation }}, fits your investment thesis.

- Organisation: {{ organisation }}
- Project: {{ project }}
- Amount sought: {{ amount }}
- Type of funding: {{ instrument }}
- Match score: {{ score }}/100
- Proposal reference: {{ matchId }}

On Pollen, you will find how this score is made up, criterion by criterion, and can express your interest or pass. The applicant’s contact details are shared with you only if they accept the introduction.

Go to Pollen: {{ appUrl }}`,
    summary:
      'The project “{{ project }}”, run by {{ organisation }}, fits your investment thesis, with a match score of {{ score }}/100. It seeks {{ amount }} ({{ instrument }}).',
  },
};
