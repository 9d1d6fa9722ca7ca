import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { count } from '../../i18n/format';
import { Checkbox } from '../../ui/Checkbox';
import { groupsBehind, lagByGroup } from './status';

/** The consumer groups behind, with their topics; those up to date on demand. */
export function Lag({ lag }: { lag: Schemas['ConsumerLagView'][] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const groups = lagByGroup(lag);
  const behind = groupsBehind(groups);
  const shown = all ? groups : behind;
  const total = behind.reduce((sum, group) => sum + group.total, 0);
  return (
    <section aria-labelledby="ops-lag">
      <h2 id="ops-lag">{t('ops.status.lag')}</h2>
      <p>
        {behind.length
          ? t('ops.status.lagBehind', { count: behind.length, total: count(total) })
          : t('ops.status.lagNone')}
      </p>
      <Checkbox label={t('ops.status.lagAll')} checked={all} onChange={setAll} />
      {shown.length > 0 && (
        <table className="figures">
          <caption>{t('ops.status.lag')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ops.status.group')}</th>
              <th scope="col">{t('ops.status.topic')}</th>
              <th scope="col">{t('ops.status.messagesBehind')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((group) =>
              group.topics.map((topic, index) => (
                <tr key={`${group.group} ${topic.topic}`}>
                  {index === 0 && (
                    <th scope="row" rowSpan={group.topics.length}>
                      {group.group}
                    </th>
                  )}
                  <td>{topic.topic}</td>
                  <td className="number">{count(topic.lag)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
