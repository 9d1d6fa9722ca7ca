import { OPEN_MATCH_STATUSES } from '@pollen/contracts/browser';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { Documents } from '../documents/Documents';
import { Answer } from './Answer';
import { Explanation } from './Explanation';
import { Introduction } from './Introduction';
import { MatchState } from './MatchState';
import { NotApproved } from './NotApproved';
import { ProjectFacts } from './ProjectFacts';
import { dealFlowItemQuery, notApproved } from './queries';

/** One proposed project: what it is, why it was proposed, the investor's answer, then the introduction. */
export function DealPage() {
  const { t } = useTranslation();
  const { matchId = '' } = useParams();
  const item = useQuery(dealFlowItemQuery(matchId));
  const [said, setSaid] = useState('');
  const back = (
    <p>
      <Link to="/deal-flow">{t('investor.dealFlow.back')}</Link>
    </p>
  );
  if (notApproved(item.error)) {
    return (
      <Page title={t('investor.dealFlow.title')}>
        <NotApproved />
      </Page>
    );
  }
  return (
    <Loaded query={item}>
      {(item) =>
        item ? (
          <Page title={t('investor.dealFlow.detailTitle', { title: item.project.project.title })}>
            {back}
            <section aria-labelledby="project">
              <h2 id="project">{t('investor.dealFlow.summary')}</h2>
              <ProjectFacts item={item} />
              <MatchState item={item} />
              <p role="status" className="success">
                {said}
              </p>
            </section>
            {item.introduction && (
              <section aria-labelledby="introduction">
                <h2 id="introduction">{t('investor.introduction.title')}</h2>
                <Introduction introduction={item.introduction} />
              </section>
            )}
            {item.introduction && <Documents applicationId={item.introduction.applicationId} />}
            {OPEN_MATCH_STATUSES.includes(item.status) && <Answer item={item} onAnswered={setSaid} />}
            <section aria-labelledby="explanation">
              <h2 id="explanation">{t('investor.dealFlow.explanation')}</h2>
              <Explanation item={item} />
            </section>
          </Page>
        ) : (
          <Page title={t('investor.dealFlow.title')}>
            <p>{t('investor.dealFlow.notFound')}</p>
            {back}
          </Page>
        )
      }
    </Loaded>
  );
}
