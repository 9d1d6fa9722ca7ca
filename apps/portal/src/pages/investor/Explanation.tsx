import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { explanationRows } from './explanation';

/** A match's score criterion by criterion: each condition met or not, each criterion's points. */
export function Explanation({ item }: { item: Schemas['DealFlowItemView'] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="explanation">
      <caption>{t('investor.explanation.caption', { title: item.project.project.title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('investor.explanation.criterionHeader')}</th>
          <th scope="col">{t('investor.explanation.resultHeader')}</th>
          <th scope="col">{t('investor.explanation.detailHeader')}</th>
        </tr>
      </thead>
      <tbody>
        {explanationRows(t, item.explanation, i18n.language).map((row, index) => (
          <tr key={index} className={row.against ? 'against' : undefined}>
            <th scope="row">{row.criterion}</th>
            <td>{row.result}</td>
            <td>{row.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
