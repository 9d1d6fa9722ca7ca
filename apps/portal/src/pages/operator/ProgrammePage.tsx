import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import type { Schemas } from '../../api/client';
import { day } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { programmeQuery } from '../programmes/ProgrammePage';
import { rulesInWords } from '../programmes/rules';
import { Budget } from './Budget';
import { ProgrammeActions } from './ProgrammeActions';
import { ProgrammeApplications } from './ProgrammeApplications';

function Tranches({ tranches }: { tranches: Schemas['ProgrammeTrancheDto'][] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('operator.programme.tranches')}</h3>
      <ul>
        {tranches.map((tranche, index) => (
          <li key={index}>
            {t('operator.programme.tranche', {
              share: tranche.sharePercent,
              when: tranche.monthsAfterSigning
                ? t('operator.programme.monthsAfter', { count: tranche.monthsAfterSigning })
                : t('operator.programme.atSigning'),
              condition: tranche.condition,
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One programme as its operator runs it: its window, budget, rules and applications. */
export function OperatorProgrammePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const programme = useQuery(programmeQuery(id));
  return (
    <Loaded query={programme}>
      {(programme) => (
        <Page title={programme.title}>
          <p>
            <Link to="/operator/programmes">{t('operator.programme.back')}</Link>
          </p>
          <p className="meta">
            <span className={`tag tag--${programme.status}`}>{t(`codes.programmeStatus.${programme.status}`)}</span>{' '}
            {t('operator.programme.runBy', { name: programme.operatorName })} ·{' '}
            {t('operator.programme.window', { opens: day(programme.opensAt), closes: day(programme.closesAt) })}
          </p>
          {programme.deadlineReview && <p className="alert">{t('operator.programme.deadlineReview')}</p>}
          <ProgrammeActions programme={programme} />
          <p>{programme.description}</p>
          <Budget programme={programme} />
          <h2>{t('programmes.rules')}</h2>
          <ul className="rules">
            {rulesInWords(t, programme).map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
          {programme.tranches?.length ? <Tranches tranches={programme.tranches} /> : null}
          <ProgrammeApplications programmeId={programme.id} />
        </Page>
      )}
    </Loaded>
  );
}
