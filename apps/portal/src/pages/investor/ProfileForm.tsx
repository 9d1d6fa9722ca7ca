import { INVESTOR_KINDS } from '@pollen/contracts/browser';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useSession } from '../../session/session';
import { wholeOf } from '../../ui/amount';
import { Checkbox } from '../../ui/Checkbox';
import { CodeField } from '../../ui/CodeField';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/use-form';
import { patchOf, type ProfileValues, ticketInverted, valuesOf } from './profile';
import { investorQuery } from './queries';
import { ThesisFields } from './ThesisFields';

/** The profile and thesis, saved as a whole with the version read (If-Match), so no change is lost. */
export function ProfileForm({ investor }: { investor: Schemas['InvestorView'] }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const queries = useQueryClient();
  const [values, setValues] = useState(() => valuesOf(investor, account));
  // The version the form was filled from: a refresh in the background must not pass for it.
  const [version, setVersion] = useState(investor.version);
  const [saved, setSaved] = useState(false);
  const [stale, setStale] = useState(false);
  const form = useForm(async () => {
    setSaved(false);
    if (ticketInverted(values.thesis)) return;
    try {
      const updated = await unwrap(
        api.PATCH('/v1/investors/me', {
          params: { header: { 'If-Match': `"${version}"` } },
          body: patchOf(values),
        }),
      );
      queries.setQueryData(investorQuery.queryKey, updated);
      setVersion(updated.version);
      setSaved(true);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 412)) throw error;
      setStale(true);
    }
  });
  const reload = async () => {
    const fresh = await queries.fetchQuery({ ...investorQuery, staleTime: 0 });
    setValues(valuesOf(fresh, account));
    setVersion(fresh.version);
    setStale(false);
  };
  const set =
    <K extends keyof ProfileValues>(key: K) =>
    (value: ProfileValues[K]) => {
      setSaved(false);
      setValues({ ...values, [key]: value });
    };
  const text = <S extends 'organisation' | 'contact'>(section: S, name: keyof ProfileValues[S] & string) => ({
    error: form.fields[`${section}.${name}`],
    value: values[section][name] as string,
    onChange: (value: string) => set(section)({ ...values[section], [name]: value }),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <fieldset>
        <legend>{t('investor.profile.organisation')}</legend>
        <TextField label={t('investor.profile.organisationName')} required {...text('organisation', 'name')} />
        <CodeField
          label={t('investor.profile.kind')}
          error={form.fields['kind']}
          codes={INVESTOR_KINDS}
          words={(code) => t(`codes.investorKind.${code}`)}
          value={values.kind}
          onChange={set('kind')}
        />
        <TextField
          label={t('investor.profile.siren')}
          hint={t('investor.profile.sirenHint')}
          inputMode="numeric"
          maxLength={9}
          {...text('organisation', 'siren')}
        />
        <TextField
          label={t('investor.profile.legalForm')}
          hint={t('investor.profile.legalFormHint')}
          {...text('organisation', 'legalForm')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('investor.profile.contact')}</legend>
        <p className="hint">{t('investor.profile.contactHint')}</p>
        <TextField
          label={t('investor.profile.contactName')}
          required
          autoComplete="name"
          {...text('contact', 'name')}
        />
        <TextField
          label={t('investor.profile.email')}
          type="email"
          required
          autoComplete="email"
          {...text('contact', 'email')}
        />
        <TextField label={t('investor.profile.phone')} type="tel" autoComplete="tel" {...text('contact', 'phone')} />
      </fieldset>
      <ThesisFields thesis={values.thesis} change={set('thesis')} errors={form.fields} />
      <TextField
        label={t('investor.profile.capacity')}
        hint={t('investor.profile.capacityHint')}
        error={form.fields['capacityPerMonth']}
        type="number"
        min={0}
        required
        value={values.capacityPerMonth === undefined ? '' : String(values.capacityPerMonth)}
        onChange={(typed) => set('capacityPerMonth')(wholeOf(typed))}
      />
      <Checkbox
        label={t('investor.profile.active')}
        checked={values.active}
        onChange={set('active')}
        error={form.fields['active']}
      />
      {stale ? (
        <div className="alert" role="alert">
          <p>{t('investor.profile.stale')}</p>
          <button type="button" onClick={() => void reload()}>
            {t('investor.profile.reload')}
          </button>
        </div>
      ) : (
        <ProblemAlert error={form.error} />
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={form.sending}>
          {form.sending ? t('investor.profile.saving') : t('investor.profile.save')}
        </button>
        <p role="status">{saved ? t('investor.profile.saved') : ''}</p>
      </div>
    </form>
  );
}
