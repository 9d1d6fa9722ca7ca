import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useForm } from '../../ui/use-form';
import { programmeQuery } from '../programmes/ProgrammePage';
import { EligibilityFields } from './EligibilityFields';
import { createBody, EMPTY_FORM, formOf, type LocalProblems, patchBody, type ProgrammeForm } from './programme-form';
import { AboutFields, MoneyFields } from './ProgrammeFields';

/** One form to create a programme or change one; a change sends only what was changed. */
function ProgrammeEditor({ programme }: { programme?: Schemas['ProgrammeView'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [form, setForm] = useState<ProgrammeForm>(() => (programme ? formOf(programme) : EMPTY_FORM));
  const [local, setLocal] = useState<LocalProblems>({});
  const create = async () => {
    const read = createBody(form);
    setLocal(read.problems ?? {});
    return read.body && unwrap(api.POST('/v1/programmes', { body: read.body }));
  };
  const update = async (current: Schemas['ProgrammeView']) => {
    const read = patchBody(form, current);
    setLocal(read.problems ?? {});
    return (
      read.body && unwrap(api.PATCH('/v1/programmes/{id}', { params: { path: { id: current.id } }, body: read.body }))
    );
  };
  const action = useForm(async () => {
    const saved = programme ? await update(programme) : await create();
    if (!saved) return;
    queries.setQueryData(programmeQuery(saved.id).queryKey, saved);
    await queries.invalidateQueries({ queryKey: ['programmes'] });
    void navigate(`/operator/programmes/${saved.id}`);
  });
  const errors = {
    ...Object.fromEntries(Object.entries(local).map(([field, problem]) => [field, t(`operator.form.${problem}`)])),
    ...action.fields,
  };
  const set = (change: Partial<ProgrammeForm>) => setForm((current) => ({ ...current, ...change }));
  const invalid = Object.keys(local).length > 0;
  return (
    <Page title={programme ? t('operator.form.editTitle', { title: programme.title }) : t('operator.form.newTitle')}>
      <form onSubmit={action.onSubmit} noValidate className="narrow">
        <AboutFields form={form} set={set} errors={errors} />
        <MoneyFields form={form} set={set} errors={errors} />
        <EligibilityFields form={form} set={set} errors={errors} />
        {invalid && (
          <div className="alert" role="alert">
            <p>{t('operator.form.invalid')}</p>
          </div>
        )}
        <ProblemAlert error={action.error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={action.sending}>
            {programme ? t('operator.form.save') : t('operator.form.create')}
          </button>
          <Link className="button" to={programme ? `/operator/programmes/${programme.id}` : '/operator/programmes'}>
            {t('app.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}

export function NewProgrammePage() {
  return <ProgrammeEditor />;
}

export function EditProgrammePage() {
  const { id = '' } = useParams();
  const programme = useQuery(programmeQuery(id));
  // Keyed by version: a programme changed meanwhile starts the form again from what it now is.
  return <Loaded query={programme}>{(data) => <ProgrammeEditor key={data.version} programme={data} />}</Loaded>;
}
