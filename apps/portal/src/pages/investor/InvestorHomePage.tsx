import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { ProfileForm } from './ProfileForm';
import { investorQuery } from './queries';
import { Vetting } from './Vetting';

/** The investor's home: whether Pollen approved them yet, and the profile and thesis they keep. */
export function InvestorHomePage() {
  const { t } = useTranslation();
  const investor = useQuery(investorQuery);
  return (
    <Page title={t('investor.profile.title')}>
      <Loaded query={investor}>
        {(investor) => (
          <>
            <Vetting investor={investor} />
            <p className="lead">{t('investor.profile.intro')}</p>
            <ProfileForm investor={investor} />
          </>
        )}
      </Loaded>
    </Page>
  );
}
