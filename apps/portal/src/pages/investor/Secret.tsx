import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { copied } from './webhooks';

/** A webhook's secret, shown this once: to copy now, with a warning that it will not be shown again. */
export function Secret({ url, secret, onDone }: { url: string; secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'copied' | 'failed'>();
  const title = useRef<HTMLHeadingElement>(null);
  // Taken to it as it appears: the secret is the one thing to do something with now.
  useEffect(() => title.current?.focus(), [secret]);
  return (
    <div className="secret alert">
      <h3 ref={title} tabIndex={-1}>
        {t('investor.webhooks.secretTitle', { url })}
      </h3>
      <p>
        <strong>{t('investor.webhooks.secretWarning')}</strong>
      </p>
      <p>
        {t('investor.webhooks.secret')} : <code>{secret}</code>
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void copied(secret, navigator.clipboard).then((done) => setCopy(done ? 'copied' : 'failed'))}
        >
          {t('investor.webhooks.copy')}
        </button>
        <button type="button" onClick={onDone}>
          {t('investor.webhooks.done')}
        </button>
        <p role="status">
          {copy === 'copied'
            ? t('investor.webhooks.copied')
            : copy === 'failed'
              ? t('investor.webhooks.copyFailed')
              : ''}
        </p>
      </div>
    </div>
  );
}
