import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import type { Schemas } from '../../api/client';
import { count, moment } from '../../i18n/format';
import { Facts } from '../../ui/Facts';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { reasonInWords } from './dead-letters';
import { deadLetterQuery } from './queries';
import { ReplayButton } from './ReplayButton';

function Replays({ replays }: { replays: Schemas['DeadLetterReplayView'][] }) {
  const { t } = useTranslation();
  if (!replays.length) return <p>{t('ops.deadLetter.noReplay')}</p>;
  return (
    <ol className="timeline">
      {replays.map((replay) => (
        <li key={replay.requestedAt}>
          {t('ops.deadLetter.replayAt', { date: moment(replay.requestedAt) })} :{' '}
          {replay.outcome ? t(`ops.deadLetter.replayOutcome.${replay.outcome}`) : t('ops.deadLetter.replayPending')}
          {replay.error && <div className="error">{replay.error}</div>}
        </li>
      ))}
    </ol>
  );
}

/** One dead letter: where it came from, why it failed, its message and its replays. */
export function DeadLetterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const deadLetter = useQuery(deadLetterQuery(id));
  return (
    <Loaded query={deadLetter}>
      {(letter) => (
        <Page title={t('ops.deadLetter.title', { id: letter.type ?? letter.id })}>
          <p>
            <Link to="/operator/status">{t('ops.deadLetter.back')}</Link>
          </p>
          <div>
            <span className={`tag tag--letter-${letter.state}`}>{t(`ops.deadLetters.stateName.${letter.state}`)}</span>{' '}
            <ReplayButton deadLetter={letter} />
          </div>
          <Facts
            facts={[
              { label: t('ops.deadLetter.topic'), value: letter.topic },
              {
                label: t('ops.deadLetter.position'),
                value: t('ops.deadLetter.positionValue', { partition: letter.partition, offset: letter.offset }),
              },
              { label: t('ops.deadLetters.consumer'), value: letter.consumer },
              { label: t('ops.deadLetter.kind'), value: t(`ops.deadLetters.kindName.${letter.kind}`) },
              { label: t('ops.deadLetter.type'), value: letter.type ?? '—' },
              { label: t('ops.deadLetter.key'), value: letter.key ?? '—' },
              { label: t('ops.deadLetters.reason'), value: reasonInWords(t, letter.reason) },
              { label: t('ops.deadLetter.error'), value: letter.error },
              { label: t('ops.deadLetter.attempts'), value: count(letter.attempts) },
              { label: t('ops.deadLetter.firstFailed'), value: moment(letter.firstFailedAt) },
              { label: t('ops.deadLetters.lastFailed'), value: moment(letter.lastFailedAt) },
            ]}
          />
          <h2>{t('ops.deadLetter.replays')}</h2>
          <Replays replays={letter.replays} />
          <h2>{t('ops.deadLetter.headers')}</h2>
          <pre className="message">{JSON.stringify(letter.headers, null, 2)}</pre>
          <h2>{t('ops.deadLetter.value')}</h2>
          <pre className="message">{letter.value}</pre>
        </Page>
      )}
    </Loaded>
  );
}
