import { Injectable } from '@nestjs/common';
import type { Actor, PersonalDataSectionsView } from '@pollen/contracts';

import { toView } from '../../domain/application';
import { toProgrammeView } from '../../domain/programme';
import { ApplicationStore } from '../../repositories/application.store';
import { ProgrammeStore } from '../../repositories/programme.store';

/**
 * What this service holds about the asking account (RGPD art. 15 and 20): its applications as it
 * sees them, with their history and consents; what it did to others' applications (an operator's
 * decisions), and the programmes it created.
 */
@Injectable()
export class ExportPersonalData {
  constructor(
    private readonly store: ApplicationStore,
    private readonly programmes: ProgrammeStore,
  ) {}

  async execute({ actor }: { actor: Actor }): Promise<PersonalDataSectionsView> {
    const [concerning, created] = await Promise.all([
      this.store.concerning(actor.id),
      this.programmes.createdBy(actor.id),
    ]);
    const owned = concerning.filter((application) => application.ownerId === actor.id);
    const actedOn = concerning
      .filter((application) => application.ownerId !== actor.id)
      .flatMap((application) =>
        application.history
          .filter((change) => change.by === actor.id)
          .map((change) => ({
            applicationId: application.id,
            status: change.status,
            at: change.at.toISOString(),
            reason: change.reason,
          })),
      );
    return {
      service: 'applications',
      sections: {
        applications: owned.map(toView),
        actionsOnApplications: actedOn,
        programmesCreated: created.map((programme) => toProgrammeView(programme)),
      },
    };
  }
}
