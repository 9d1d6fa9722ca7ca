import { type Actor, DomainException, ErrorCode, type PersonalDataSectionsView } from '@pollen/contracts';

import { type ExportRequestType, ownerOf, PersonalDataSources } from '../../src/http/personal-data-sources';

/** Each service answers its export request with a section naming the actor, unless told to stay silent. */
export class CannedPersonalDataSources extends PersonalDataSources {
  readonly asked: { type: ExportRequestType; actor: Actor }[] = [];
  /** Services that time out, and how many more times each does. */
  readonly silent = new Map<string, number>();

  async ask(type: ExportRequestType, actor: Actor): Promise<PersonalDataSectionsView> {
    this.asked.push({ type, actor });
    const service = ownerOf(type);
    const silences = this.silent.get(service) ?? 0;
    if (silences > 0) {
      this.silent.set(service, silences - 1);
      throw new DomainException(ErrorCode.Unavailable, `no answer to ${type} within 5000 ms`);
    }
    return { service, sections: { records: [{ about: actor.id }] } };
  }
}
