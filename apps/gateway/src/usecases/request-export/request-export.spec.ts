import type { Actor } from '@pollen/contracts';

import { personalDataKit } from '../../../test/fakes/personal-data-kit';
import { EXPORT_KEPT_MS } from '../../domain/export';

const lea: Actor = { id: 'lea-1', roles: ['applicant'] };

describe('RequestExport and GetExport', () => {
  it('answers at once with the job, which its owner alone reads, for 7 days', async () => {
    const kit = personalDataKit();

    const { exportId } = await kit.requestExport.execute({ actor: lea });

    const view = await kit.getExport.execute({ actor: lea, exportId });
    expect(view).toMatchObject({ exportId, status: 'pending' });
    expect(Date.parse(view.expiresAt) - Date.parse(view.requestedAt)).toBe(EXPORT_KEPT_MS);
    await expect(
      kit.getExport.execute({ actor: { id: 'camille-1', roles: ['operator'] }, exportId }),
    ).rejects.toMatchObject({ reason: 'export.not-found' });
    await expect(kit.getExport.execute({ actor: lea, exportId: 'unknown' })).rejects.toMatchObject({
      reason: 'export.not-found',
    });
    const job = kit.exports.jobs.get(exportId);
    if (job) job.expiresAt = new Date(Date.now() - 1);
    await expect(kit.getExport.execute({ actor: lea, exportId })).rejects.toMatchObject({
      reason: 'export.not-found',
    });
  });
});
