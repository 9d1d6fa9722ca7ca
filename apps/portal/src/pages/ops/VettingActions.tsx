import { type VettingAction, vettingActionsFrom } from '@pollen/contracts/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { focusWhenShown } from '../../ui/focus';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/use-form';
import { investorQuery } from './queries';
import { needsReason } from './vetting';

type Investor = Schemas['InvestorView'];

function send(id: string, action: VettingAction, reason: string) {
  const path = { params: { path: { id } } };
  switch (action) {
    case 'approve':
      return unwrap(api.POST('/v1/ops/investors/{id}/approve', path));
    case 'reinstate':
      return unwrap(api.POST('/v1/ops/investors/{id}/reinstate', path));
    case 'reject':
      return unwrap(api.POST('/v1/ops/investors/{id}/reject', { ...path, body: { reason } }));
    case 'suspend':
      return unwrap(api.POST('/v1/ops/investors/{id}/suspend', { ...path, body: { reason } }));
  }
}

/**
 * The vetting actions the investor's status allows. Rejecting and suspending ask for the reason
 * the investor will read, and take a second, explicit button: that is their confirmation.
 */
export function VettingActions({ investor }: { investor: Investor }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [confirming, setConfirming] = useState<'reject' | 'suspend'>();
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<VettingAction>();
  const vet = useMutation({
    mutationFn: ({ action, reason }: { action: VettingAction; reason: string }) => send(investor.id, action, reason),
    onSuccess: async (next, { action }) => {
      queries.setQueryData(investorQuery(investor.id).queryKey, next);
      setConfirming(undefined);
      setReason('');
      setDone(action);
      await queries.invalidateQueries({ queryKey: ['ops', 'investors', 'list'] });
    },
  });
  const withReason = useForm(async () => {
    if (confirming) await vet.mutateAsync({ action: confirming, reason });
  });
  const start = (action: VettingAction) => {
    setDone(undefined);
    vet.reset();
    if (needsReason(action)) setConfirming(action);
    else vet.mutate({ action, reason: '' });
  };
  const actions = vettingActionsFrom(investor.status);
  const leadId = useId();
  return (
    <>
      <p role="status">{done && t(`ops.vetting.done.${done}`)}</p>
      {!actions.length && <p>{t('ops.investor.noAction')}</p>}
      {confirming ? (
        <form
          onSubmit={withReason.onSubmit}
          className="inline-form"
          noValidate
          ref={focusWhenShown}
          tabIndex={-1}
          aria-labelledby={leadId}
        >
          <p id={leadId}>
            {t(confirming === 'reject' ? 'ops.vetting.confirmRejectLead' : 'ops.vetting.confirmSuspendLead')}
          </p>
          <TextField
            label={t('ops.vetting.reason')}
            hint={t('ops.vetting.reasonHint')}
            error={withReason.fields.reason}
            value={reason}
            onChange={setReason}
          />
          <ProblemAlert error={withReason.error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={withReason.sending}>
              {t(confirming === 'reject' ? 'ops.vetting.confirmReject' : 'ops.vetting.confirmSuspend')}
            </button>
            <button type="button" onClick={() => setConfirming(undefined)}>
              {t('app.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <div className="actions">
            {actions.map((action) => (
              <button
                key={action}
                type="button"
                className={needsReason(action) ? undefined : 'primary'}
                onClick={() => start(action)}
                disabled={vet.isPending}
              >
                {t(`ops.vetting.${action}`)}
              </button>
            ))}
          </div>
          <ProblemAlert error={vet.error} />
        </>
      )}
    </>
  );
}
