import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { day } from '../../i18n/format';
import { useSession } from '../../session/session';
import { Loaded } from '../../ui/Loaded';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { documentBody } from './document-html';
import { SignForm } from './SignForm';

type Document = Schemas['DocumentView'];
type Format = Schemas['DocumentFileView']['format'];

/** The party an account signs for: an operator signs as the funder of its programme. */
const PARTY_OF_ROLE: Record<Schemas['AccountView']['role'], Schemas['DocumentPartyView']['role']> = {
  applicant: 'applicant',
  investor: 'investor',
  operator: 'funder',
};

export const documentsQuery = (applicationId: string) => ({
  queryKey: ['applications', applicationId, 'documents'],
  queryFn: () => unwrap(api.GET('/v1/applications/{id}/documents', { params: { path: { id: applicationId } } })),
});

const content = (id: string, format: Format, parseAs: 'blob' | 'text') =>
  api.GET('/v1/documents/{id}/content', { params: { path: { id }, query: { format } }, parseAs });

/** A file the API sends only with the bearer token: fetched, then handed to the browser to save. */
async function download(document: Document, format: Format) {
  const { data, response } = await content(document.id, format, 'blob');
  if (!response.ok || !(data instanceof Blob)) throw new Error(`download → ${response.status}`);
  const link = window.document.createElement('a');
  link.href = URL.createObjectURL(data);
  link.download = `${document.title}.${format === 'signed-pdf' ? 'signed.pdf' : format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1_000);
}

/** The document as its parties read it before signing: its HTML rendering, in the page. */
function Reader({ document }: { document: Document }) {
  const { t } = useTranslation();
  const html = useQuery({
    queryKey: ['documents', document.id, 'html'],
    queryFn: async () => {
      const { data, response } = await content(document.id, 'html', 'text');
      if (!response.ok) throw new Error(`read → ${response.status}`);
      return data as unknown as string;
    },
    select: documentBody,
  });
  return (
    <Loaded query={html}>
      {(body) => (
        <div
          className="reader"
          role="document"
          aria-label={t('applications.documents.readerTitle', { title: document.title })}
        >
          {body}
        </div>
      )}
    </Loaded>
  );
}

function DocumentCard({ document }: { document: Document }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const [reading, setReading] = useState(false);
  const [signing, setSigning] = useState(false);
  const [error, setError] = useState<unknown>();
  const mine = account && document.parties.find((party) => party.role === PARTY_OF_ROLE[account.role]);
  const signedByMe = document.signatures.some((signature) => signature.role === mine?.role);
  const signable = Boolean(mine) && !signedByMe && document.binding && document.status !== 'signed';
  const formats = document.files.map((file) => file.format);
  return (
    <article className="card">
      <h3>{document.title}</h3>
      <p>
        <span className={`tag tag--${document.status}`}>
          {document.status === 'signed' ? t('applications.documents.signed') : t('applications.documents.awaiting')}
        </span>
        {!document.binding && <> · {t('applications.documents.translation')}</>}
      </p>
      <ul>
        {document.signatures.map((signature) => (
          <li key={signature.role}>
            {t('applications.documents.signedBy', {
              name: signature.fullName,
              capacity: signature.capacity,
              date: day(signature.signedAt),
            })}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" aria-expanded={reading} onClick={() => setReading(!reading)}>
          {reading ? t('applications.documents.hide') : t('applications.documents.read')}
        </button>
        {formats
          .filter((format) => format !== 'html')
          .map((format) => (
            <button key={format} type="button" onClick={() => download(document, format).catch(setError)}>
              {t('applications.documents.download', { format: t(`codes.format.${format}`) })}
            </button>
          ))}
        {signable && !signing && (
          <button type="button" className="primary" onClick={() => setSigning(true)}>
            {t('applications.documents.sign')}
          </button>
        )}
      </div>
      <ProblemAlert error={error} />
      {reading && <Reader document={document} />}
      {signing && <SignForm document={document} onDone={() => setSigning(false)} />}
    </article>
  );
}

/** An application's documents: to read, download and sign. */
export function Documents({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const documents = useQuery(documentsQuery(applicationId));
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">{t('applications.documents.title')}</h2>
      <Loaded query={documents}>
        {({ items }) =>
          items.length ? (
            items.map((document) => <DocumentCard key={document.id} document={document} />)
          ) : (
            <p>{t('applications.documents.none')}</p>
          )
        }
      </Loaded>
    </section>
  );
}
