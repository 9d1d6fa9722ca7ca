import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { day, money } from '../../i18n/format';
import { useSession } from '../../session/session';
import { Loaded } from '../../ui/Loaded';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/use-form';

type Match = Schemas['ApplicationMatchView'];

/** Accepting gives the investor your contact, with your SIREN; they give theirs in return. */
function AcceptForm({ applicationId, match }: { applicationId: string; match: Match }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const queries = useQueryClient();
  const [contact, setContact] = useState({ name: account?.displayName ?? '', email: account?.email ?? '', phone: '' });
  const form = useForm(async () => {
    await unwrap(
      api.POST('/v1/applications/{id}/matches/{matchId}/accept', {
        params: { path: { id: applicationId, matchId: match.matchId } },
        body: {
          contact: { name: contact.name, email: contact.email, ...(contact.phone ? { phone: contact.phone } : {}) },
        },
      }),
    );
    await queries.invalidateQueries({ queryKey: ['applications', applicationId] });
  });
  const field = (name: keyof typeof contact, label: string, type = 'text') => (
    <TextField
      label={label}
      error={form.fields[`contact.${name}`]}
      type={type}
      value={contact[name]}
      onChange={(value) => setContact({ ...contact, [name]: value })}
    />
  );
  return (
    <form onSubmit={form.onSubmit} className="inline-form" noValidate>
      <p className="hint">{t('applications.matches.acceptHint')}</p>
      {field('name', t('applications.matches.contactName'))}
      {field('email', t('applications.matches.email'), 'email')}
      {field('phone', t('applications.matches.phone'), 'tel')}
      <ProblemAlert error={form.error} />
      <button type="submit" className="primary" disabled={form.sending}>
        {t('applications.matches.accept')}
      </button>
    </form>
  );
}

function DeclineButton({ applicationId, match }: { applicationId: string; match: Match }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const decline = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/applications/{id}/matches/{matchId}/decline', {
          params: { path: { id: applicationId, matchId: match.matchId } },
          body: {},
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['applications', applicationId] }),
  });
  return (
    <>
      <button type="button" onClick={() => decline.mutate()} disabled={decline.isPending}>
        {t('applications.matches.decline')}
      </button>
      <ProblemAlert error={decline.error} />
    </>
  );
}

function MatchCard({ applicationId, match }: { applicationId: string; match: Match }) {
  const { t } = useTranslation();
  const { investor, interest, introduction } = match;
  return (
    <article className="card">
      <h3>
        {investor.organisationName} <span className="meta">({t(`codes.investorKind.${investor.kind}`)})</span>
      </h3>
      <p>
        <span className={`tag tag--${match.status}`}>{t(`codes.matchStatus.${match.status}`)}</span>
      </p>
      {interest && (
        <>
          {interest.amountCents !== undefined && (
            <p>{t('applications.matches.amount', { amount: money(interest.amountCents) })}</p>
          )}
          <p className="quote" aria-label={t('applications.matches.message')}>
            {interest.message}
          </p>
        </>
      )}
      {introduction && (
        <div className="contact">
          <p>{t('applications.matches.introducedAt', { date: day(introduction.at) })}</p>
          <p>{t('applications.matches.contact', { name: introduction.contact.name })}</p>
          <p>
            {t('applications.matches.emailLabel')}{' '}
            <a href={`mailto:${introduction.contact.email}`}>{introduction.contact.email}</a>
          </p>
          {introduction.contact.phone && (
            <p>
              {t('applications.matches.phoneLabel')}{' '}
              <a href={`tel:${introduction.contact.phone}`}>{introduction.contact.phone}</a>
            </p>
          )}
        </div>
      )}
      {match.status === 'interested' && (
        <>
          <AcceptForm applicationId={applicationId} match={match} />
          <DeclineButton applicationId={applicationId} match={match} />
        </>
      )}
    </article>
  );
}

export function Matches({ application }: { application: Schemas['ApplicationView'] }) {
  const { t } = useTranslation();
  const matches = useQuery({
    queryKey: ['applications', application.id, 'matches'],
    queryFn: () => unwrap(api.GET('/v1/applications/{id}/matches', { params: { path: { id: application.id } } })),
  });
  return (
    <section aria-labelledby="matches">
      <h2 id="matches">{t('applications.matches.title')}</h2>
      {!application.consents.shareWithInvestors && <p>{t('applications.matches.notShared')}</p>}
      <Loaded query={matches}>
        {({ items }) =>
          items.length ? (
            items.map((match) => <MatchCard key={match.matchId} applicationId={application.id} match={match} />)
          ) : (
            <p>{t('applications.matches.none')}</p>
          )
        }
      </Loaded>
    </section>
  );
}
