import { Injectable } from '@nestjs/common';
import { type ApplicationDecidedData, parisDay } from '@pollen/contracts';
import { NotYetProjected } from '@pollen/platform/kafka';
import { AccountLocaleStore, ErasureLog } from '@pollen/platform/mongo';

import { AGREEMENT_VARIABLES, type FundedDeal, projectName } from '../../domain/agreement-terms';
import { type DealDocument, type DealParty, introducedParties } from '../../domain/deal-documents';
import type { ApplicationFacts } from '../../domain/deal-facts';
import { agreementOf } from '../../library';
import { DealFactsStore } from '../../repositories/deal-facts.store';
import { DocumentMaker } from '../document-maker';

/** A fact the agreement needs has not been projected yet: retried, as the events may come in any order across topics. */
export class DealFactsNotYetKnown extends NotYetProjected {}

/**
 * A funded decision makes the agreement of the instrument. Paid by the programme: between its
 * operator and the applicant, for the programme's instrument, the awarded amount, the programme's
 * instalments and co-financing cap. Paid by an investor: between the two organisations of the
 * introduction named, for the instrument requested, the amount decided. In French, with an English
 * translation when a party's account chose English. A redelivery makes the same ids: nothing new.
 * A decision on the application of an owner erased meanwhile makes nothing: the erasure deleted
 * its facts, and the agreement would name the owner again.
 */
@Injectable()
export class GenerateFundingAgreement {
  constructor(
    private readonly deals: DealFactsStore,
    private readonly locales: AccountLocaleStore,
    private readonly maker: DocumentMaker,
    private readonly erasures: ErasureLog,
  ) {}

  async execute(command: { eventId: string; occurredAt: Date; data: ApplicationDecidedData }): Promise<void> {
    const { data } = command;
    if (data.decision !== 'funded') return;
    if ((await this.erasures.erasedAmong([data.ownerId])).size > 0) return;
    const application = await this.known(this.deals.application(data.applicationId), 'application');
    const programme = await this.known(this.deals.programme(data.programmeId), 'programme');
    const byProgramme = data.fundedBy !== 'investor';
    const signedOn = parisDay(command.occurredAt);
    const instrument = byProgramme ? programme.kind : (application.request.instrument ?? programme.kind);
    const deal: Omit<FundedDeal, 'funder'> = {
      beneficiary: application.organisation,
      programme,
      application,
      byProgramme,
      amountCents: this.amountOf(data, application),
      durationMonths: Math.max(1, application.request.durationMonths ?? 12),
      project: projectName(application, undefined),
      signedOn,
      terms: data.terms ?? {},
    };
    const { funder, parties } = byProgramme
      ? await this.programmeParties(application, programme.operator)
      : await this.investorParties(data.matchId);
    const template = agreementOf(instrument);
    const agreement: DealDocument = {
      eventId: command.eventId,
      templateKey: template.key,
      writtenFor: template.version,
      variables: AGREEMENT_VARIABLES[instrument]({ ...deal, funder }),
      applicationId: application.id,
      ...(byProgramme ? {} : { matchId: data.matchId }),
      parties,
    };
    await this.maker.makeForDeal(agreement, command.eventId, command.occurredAt);
  }

  private async programmeParties(application: ApplicationFacts, operator: FundedDeal['funder']) {
    const locale = (await this.locales.localesOf([application.ownerId])).get(application.ownerId);
    // Without it, a translation the applicant needs would never be made: wait for their account.
    if (!locale) throw new DealFactsNotYetKnown('the language of the applicant’s account is not projected yet');
    const parties: DealParty[] = [
      { role: 'funder', organisation: operator },
      {
        role: 'applicant',
        organisation: application.organisation,
        accountId: application.ownerId,
        locale,
      },
    ];
    return { funder: operator, parties };
  }

  private async investorParties(matchId: string | undefined) {
    if (!matchId) throw new Error('an investor-funded decision names its introduction (matchId)');
    const introduction = await this.known(this.deals.introduction(matchId), 'introduction');
    return { funder: introduction.investor.organisation, parties: introducedParties(introduction) };
  }

  /** A funded decision states its amount (older ones meant the amount requested). */
  private amountOf(data: ApplicationDecidedData, application: ApplicationFacts): number {
    const amountCents = data.amountCents ?? application.request.amountCents;
    if (!amountCents) throw new Error(`the funded decision of ${application.id} states no amount`);
    return amountCents;
  }

  private async known<T>(found: Promise<T | null>, what: string): Promise<T> {
    const value = await found;
    if (!value) throw new DealFactsNotYetKnown(`the ${what} of a funded decision is not projected yet`);
    return value;
  }
}
