import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { count } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { type FigureRow, hoursInWords, medianInWords, passReasonRows, STATUS_ORDER, statusRows } from './stats';

type Figures = Schemas['MatchingFiguresView'];

function FigureTable({ caption, head, rows }: { caption: string; head: string; rows: FigureRow[] }) {
  const { t } = useTranslation();
  return (
    <table className="figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t('ops.matching.count')}</th>
          <th scope="col">{t('ops.matching.share')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code}>
            <th scope="row">{row.label}</th>
            <td className="number">{row.count}</td>
            <td className="number">{row.share}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Overall({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const passes = passReasonRows(t, figures);
  return (
    <section aria-labelledby="matching-overall">
      <h2 id="matching-overall">{t('ops.matching.overall')}</h2>
      <p>{figures.matches ? t('ops.matching.summary', { count: figures.matches }) : t('ops.matching.none')}</p>
      <p>{medianInWords(t, figures)}</p>
      <FigureTable caption={t('ops.matching.byStatus')} head={t('ops.matching.status')} rows={statusRows(t, figures)} />
      {passes.length ? (
        <FigureTable caption={t('ops.matching.passReasons')} head={t('ops.matching.reason')} rows={passes} />
      ) : (
        <p>{t('ops.matching.noPass')}</p>
      )}
    </section>
  );
}

/** Each call's figures on one line: matches, each status, the median answer time. */
function ByProgramme({ programmes }: { programmes: Schemas['ProgrammeMatchingFiguresView'][] }) {
  const { t } = useTranslation();
  // The figures name a call by its id: its title comes from the calls' list.
  const titles = useQuery({
    queryKey: ['programmes', 'titles'],
    queryFn: () => unwrap(api.GET('/v1/programmes', { params: { query: { status: 'all', limit: 100 } } })),
    select: (page) => new Map(page.items.map((programme) => [programme.id, programme.title])),
  });
  return (
    <section aria-labelledby="matching-programmes">
      <h2 id="matching-programmes">{t('ops.matching.programmes')}</h2>
      <table className="figures">
        <caption>{t('ops.matching.programmes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ops.matching.programme')}</th>
            <th scope="col">{t('ops.matching.matches')}</th>
            {STATUS_ORDER.map((status) => (
              <th scope="col" key={status}>
                {t(`codes.matchStatus.${status}`)}
              </th>
            ))}
            <th scope="col">{t('ops.matching.medianShort')}</th>
          </tr>
        </thead>
        <tbody>
          {programmes.map((programme) => (
            <tr key={programme.programmeId}>
              <th scope="row">
                {titles.data?.get(programme.programmeId) ??
                  t('ops.matching.unknownProgramme', { id: programme.programmeId })}
              </th>
              <td className="number">{count(programme.matches)}</td>
              {statusRows(t, programme).map((status) => (
                <td className="number" key={status.code}>
                  {status.count}
                </td>
              ))}
              <td className="number">
                {programme.medianHoursToFirstResponse === null
                  ? '—'
                  : hoursInWords(t, programme.medianHoursToFirstResponse)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** How matching does: what becomes of the projects proposed, why investors pass, how soon they answer. */
export function MatchingPage() {
  const { t } = useTranslation();
  const stats = useQuery({
    queryKey: ['ops', 'matching-stats'],
    queryFn: () => unwrap(api.GET('/v1/ops/matching/stats')),
  });
  return (
    <Page title={t('ops.matching.title')}>
      <Loaded query={stats}>
        {(stats) => (
          <>
            <Overall figures={stats.overall} />
            {stats.programmes.length > 0 && <ByProgramme programmes={stats.programmes} />}
          </>
        )}
      </Loaded>
    </Page>
  );
}
