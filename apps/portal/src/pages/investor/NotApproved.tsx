import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { Loaded } from '../../ui/Loaded';
import { investorQuery } from './queries';

/** Why the deal-flow is closed to this investor: their vetting, and the reason they were given. */
export function NotApproved() {
  const { t } = useTranslation();
  const investor = useQuery(investorQuery);
  return (
    <Loaded query={investor}>
      {({ status, statusReason }) =>
        status === 'approved' ? null : (
          <div className="card" role="status">
            <p>
              <span className={`tag tag--${status}`}>{t(`investor.vetting.status.${status}`)}</span>
            </p>
            <p>{t(`investor.dealFlow.notApproved.${status}`)}</p>
            {statusReason && <p>{t('investor.vetting.reason', { reason: statusReason })}</p>}
            <p>
              <Link to="/investor">{t('investor.dealFlow.toProfile')}</Link>
            </p>
          </div>
        )
      }
    </Loaded>
  );
}
