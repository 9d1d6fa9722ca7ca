import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import type { Schemas } from '../../api/client';
import { Facts } from '../../ui/Facts';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { investorName } from './InvestorsPage';
import { investorQuery } from './queries';
import { thesisInWords } from './vetting';
import { VettingActions } from './VettingActions';

function Profile({ profile }: { profile: Schemas['InvestorProfileDto'] }) {
  const { t } = useTranslation();
  const { organisation, contact } = profile;
  const lines = [
    { label: t('ops.investor.organisation'), value: organisation.name },
    ...(organisation.siren ? [{ label: t('ops.investor.siren'), value: organisation.siren }] : []),
    ...(organisation.legalForm ? [{ label: t('ops.investor.legalForm'), value: organisation.legalForm }] : []),
    { label: t('ops.investor.kind'), value: t(`codes.investorKind.${profile.kind}`) },
    {
      label: t('ops.investor.contact'),
      value: [contact.name, contact.email, contact.phone].filter(Boolean).join(' · '),
    },
    { label: t('ops.investor.capacity'), value: t('ops.investor.capacityValue', { count: profile.capacityPerMonth }) },
    {
      label: t('ops.investor.active'),
      value: profile.active ? t('ops.investor.activeYes') : t('ops.investor.activeNo'),
    },
  ];
  return (
    <>
      <section aria-labelledby="investor-profile">
        <h2 id="investor-profile">{t('ops.investor.profile')}</h2>
        <Facts facts={lines} />
      </section>
      <section aria-labelledby="investor-thesis">
        <h2 id="investor-thesis">{t('ops.investor.thesis')}</h2>
        <Facts facts={thesisInWords(t, profile.thesis)} />
      </section>
    </>
  );
}

/** One investor: who they are, what they fund, and the vetting decision their status allows. */
export function InvestorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const investor = useQuery(investorQuery(id));
  return (
    <Loaded query={investor}>
      {(investor) => (
        <Page title={t('ops.investor.title', { name: investorName(investor, t('ops.investor.unnamed')) })}>
          <p>
            <Link to={`/operator/investors?status=${investor.status}`}>{t('ops.investor.back')}</Link>
          </p>
          <p>
            {t('ops.investor.statusLabel')}{' '}
            <span className={`tag tag--${investor.status}`}>{t(`ops.investorStatus.${investor.status}`)}</span>
          </p>
          {investor.statusReason && (
            <p>
              {t('ops.investor.reasonLabel')} {investor.statusReason}
            </p>
          )}
          <section aria-labelledby="investor-vetting">
            <h2 id="investor-vetting">{t('ops.investor.vetting')}</h2>
            <VettingActions investor={investor} />
          </section>
          {investor.profile ? <Profile profile={investor.profile} /> : <p>{t('ops.investor.noProfile')}</p>}
        </Page>
      )}
    </Loaded>
  );
}
