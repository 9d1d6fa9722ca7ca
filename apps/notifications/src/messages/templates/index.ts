import { applicationDecidedTemplates } from './application-decided';
import { applicationScreenedTemplates } from './application-screened';
import { applicationSubmittedTemplates } from './application-submitted';
import { dealFlowDigestTemplates } from './deal-flow-digest';
import { documentGeneratedTemplates } from './document-generated';
import { documentSignedTemplates } from './document-signed';
import { interestExpressedTemplates } from './interest-expressed';
import { introductionMadeTemplates } from './introduction-made';
import { investorApprovedTemplates } from './investor-approved';
import { investorReinstatedTemplates } from './investor-reinstated';
import { investorRejectedTemplates } from './investor-rejected';
import { investorSuspendedTemplates } from './investor-suspended';
import { matchProposedTemplates } from './match-proposed';
import type { TemplatesByKind } from './template';
import { webhookDisabledTemplates } from './webhook-disabled';
import { welcomeTemplates } from './welcome';

export type { MessageTemplates, TemplatesByKind } from './template';

/** The templates of every kind of NOTIFICATION_KINDS: a kind left out is a compile error. */
export const TEMPLATES: TemplatesByKind = {
  welcome: welcomeTemplates,
  'application-submitted': applicationSubmittedTemplates,
  'application-screened': applicationScreenedTemplates,
  'application-decided': applicationDecidedTemplates,
  'investor-approved': investorApprovedTemplates,
  'investor-rejected': investorRejectedTemplates,
  'investor-suspended': investorSuspendedTemplates,
  'investor-reinstated': investorReinstatedTemplates,
  'match-proposed': matchProposedTemplates,
  'interest-expressed': interestExpressedTemplates,
  'introduction-made': introductionMadeTemplates,
  'document-generated': documentGeneratedTemplates,
  'document-signed': documentSignedTemplates,
  'deal-flow-digest': dealFlowDigestTemplates,
  'webhook-disabled': webhookDisabledTemplates,
};
