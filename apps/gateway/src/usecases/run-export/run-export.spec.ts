import { ExportRequests } from '@pollen/contracts';

import { lea } from '../../../test/fakes/auth-kit';
import { personalDataKit } from '../../../test/fakes/personal-data-kit';
import { newExportJob } from '../../domain/export';
import { ASKS_PER_SERVICE } from './run-export.usecase';

const servicesAsked = Object.keys(ExportRequests).map((type) => type.split('.')[0]);

describe('RunExport', () => {
  const withAccount = async () => {
    const kit = personalDataKit();
    const view = await kit.register.execute({ ...lea, role: 'investor' });
    const { refreshToken } = await kit.logIn.execute(lea);
    await kit.refresh.execute({ refreshToken });
    await kit.vetting.saveIfNewer(view.id, 'approved', 2);
    const job = newExportJob('export-1', view.id, 'investor', new Date());
    await kit.exports.insert(job);
    return { kit, view, job };
  };

  it('asks every service of the catalogue as the account, adds the gateway’s part, and keeps the archive', async () => {
    const { kit, view, job } = await withAccount();

    await expect(kit.run.execute(job)).resolves.toBe('ready');

    expect(kit.sources.asked.map(({ actor }) => actor)).toEqual(
      servicesAsked.map(() => ({ id: view.id, roles: ['investor'] })),
    );
    const stored = await kit.getExport.execute({ actor: { id: view.id, roles: ['investor'] }, exportId: job.id });
    expect(stored.status).toBe('ready');
    expect(stored.archive?.services.map((part) => part.service)).toEqual(['gateway', ...servicesAsked]);
    const own = stored.archive?.services[0].sections;
    expect(own).toMatchObject({
      account: { id: view.id, email: 'lea@example.org', displayName: 'Léa Dubois', vettingStatus: 'approved' },
      sessions: [{ startedAt: expect.any(String), lastRefreshedAt: expect.any(String), endsAt: expect.any(String) }],
    });
    const hashes = [...kit.sessions.sessions.keys()];
    expect(hashes.length).toBe(2);
    for (const hash of hashes) expect(JSON.stringify(stored)).not.toContain(hash);
    expect(JSON.stringify(stored)).not.toContain('plain:');
  });

  it('asks a silent service again, and fails the export naming it when it never answers', async () => {
    const { kit, view, job } = await withAccount();
    kit.sources.silent.set('matching', ASKS_PER_SERVICE);

    await expect(kit.run.execute(job)).resolves.toBe('failed');

    expect(kit.sources.asked.filter(({ type }) => type === 'matching.export-personal-data')).toHaveLength(
      ASKS_PER_SERVICE,
    );
    const stored = await kit.getExport.execute({ actor: { id: view.id, roles: ['investor'] }, exportId: job.id });
    expect(stored).toMatchObject({ status: 'failed', error: expect.stringContaining('matching') });
    expect(stored.archive).toBeUndefined();
  }, 10_000);

  it('gets the archive when a service answers at its second ask', async () => {
    const { kit, job } = await withAccount();
    kit.sources.silent.set('notifications', 1);

    await expect(kit.run.execute(job)).resolves.toBe('ready');
  });
});
