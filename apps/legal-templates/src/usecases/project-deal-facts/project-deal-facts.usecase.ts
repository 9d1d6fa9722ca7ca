import { Injectable } from '@nestjs/common';
import type { ApplicationContent, InvestorOrganisationStatedData, ProgrammeChangedData } from '@pollen/contracts';
import { ErasureLog } from '@pollen/platform/mongo';

import { legalFormText } from '../../domain/agreement-terms';
import { DealFactsStore } from '../../repositories/deal-facts.store';

/**
 * Keeps what a deal's agreements say of programmes, applications and investors' organisations,
 * from their events: the newest version wins, so a stale or redelivered event changes nothing
 * ('superseded'). An application or organisation of an erased account is not kept ('superseded'
 * too): its event was in flight when the erasure forgot the account's deal facts, and would bring
 * them back.
 */
@Injectable()
export class ProjectDealFacts {
  constructor(
    private readonly deals: DealFactsStore,
    private readonly erasures: ErasureLog,
  ) {}

  async programme(programme: ProgrammeChangedData): Promise<'applied' | 'superseded'> {
    const saved = await this.deals.saveProgramme({
      id: programme.id,
      version: programme.version,
      title: programme.title,
      operator: {
        name: programme.operatorName,
        ...(programme.operatorSiren ? { siren: programme.operatorSiren } : {}),
        ...(programme.operatorLegalForm ? { legalForm: programme.operatorLegalForm } : {}),
      },
      kind: programme.kind,
      ...(programme.maxShareOfCost === undefined ? {} : { maxShareOfCost: programme.maxShareOfCost }),
      ...(programme.tranches ? { tranches: programme.tranches } : {}),
    });
    return saved ? 'applied' : 'superseded';
  }

  async investor(stated: InvestorOrganisationStatedData, version: number): Promise<'applied' | 'superseded'> {
    const { investorId, organisation } = stated;
    if ((await this.erasures.erasedAmong([investorId])).size > 0) return 'superseded';
    const saved = await this.deals.saveInvestor({
      id: investorId,
      version,
      organisation: {
        name: organisation.name,
        ...(organisation.siren ? { siren: organisation.siren } : {}),
        ...(organisation.legalForm ? { legalForm: organisation.legalForm } : {}),
      },
    });
    return saved ? 'applied' : 'superseded';
  }

  /** A tombstone: the investor was erased, and their organisation's name with them. */
  async investorErased(investorId: string): Promise<'applied' | 'duplicate'> {
    return (await this.deals.forgetInvestor(investorId)) ? 'applied' : 'duplicate';
  }

  async application(content: ApplicationContent, version: number): Promise<'applied' | 'superseded'> {
    const { organisation, project, request } = content;
    if ((await this.erasures.erasedAmong([content.ownerId])).size > 0) return 'superseded';
    const legalForm = legalFormText(organisation.legalForm);
    const saved = await this.deals.saveApplication({
      id: content.applicationId,
      version,
      ownerId: content.ownerId,
      programmeId: content.programmeId,
      organisation: { name: organisation.name, siren: organisation.siren, ...(legalForm ? { legalForm } : {}) },
      project: {
        ...(project.title ? { title: project.title } : {}),
        ...(project.totalCostCents ? { totalCostCents: project.totalCostCents } : {}),
        ...(project.beneficiaries ? { beneficiaries: project.beneficiaries } : {}),
        ...(project.impactAreas ? { impactAreas: project.impactAreas } : {}),
      },
      request: {
        ...(request.amountCents ? { amountCents: request.amountCents } : {}),
        ...(request.instrument ? { instrument: request.instrument } : {}),
        ...(request.durationMonths ? { durationMonths: request.durationMonths } : {}),
        ...(request.purpose ? { purpose: request.purpose } : {}),
      },
    });
    return saved ? 'applied' : 'superseded';
  }
}
