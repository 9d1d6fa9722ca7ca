import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import type { Schemas } from '../../api/client';
import { Explanation } from './Explanation';
import { Introduction } from './Introduction';
import { ProjectFacts } from './ProjectFacts';

/** A match in the ranked list: the project, its score in detail on demand, and where to answer. */
export function DealCard({ item }: { item: Schemas['DealFlowItemView'] }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <article>
        <h2>
          <Link to={`/deal-flow/${item.matchId}`}>{item.project.project.title}</Link>
        </h2>
        <ProjectFacts item={item} />
        {item.introduction && <Introduction introduction={item.introduction} />}
        <details>
          <summary>{t('investor.dealFlow.why')}</summary>
          <Explanation item={item} />
        </details>
        <p>
          <Link className="button" to={`/deal-flow/${item.matchId}`}>
            {item.introduction ? t('investor.dealFlow.openIntroduction') : t('investor.dealFlow.open')}
          </Link>
        </p>
      </article>
    </li>
  );
}
