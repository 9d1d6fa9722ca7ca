import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import {
  type AccountView,
  type ApplicationPageView,
  type ApplicationView,
  CONSENT_NOTICE_VERSIONS,
  type ConsentsView,
  type DeliveryFailureView,
  DOCUMENT_PARTY_ROLES,
  type DocumentPartyView,
  type DocumentView,
  type EligibilityFailures,
  type EligibilityReasonCode,
  IMPACT_AREAS,
  INSTRUMENTS,
  INVESTOR_STATUSES,
  type InvestorPageView,
  type InvestorView,
  LEGAL_FORMS,
  type LegalTemplateListView,
  type LegalTemplateSummaryView,
  type LegalTemplateVersionView,
  type NotificationListView,
  type NotificationPreferencesView,
  type NotificationView,
  PREFERENCE_CATEGORIES,
  type ProgrammePageView,
  type ProgrammeView,
  REGIONS,
  type RulesAppliedView,
  type ScreeningView,
  type SessionView,
  STAGES,
  type StatusChangeView,
  type WebhookDeliveryView,
  type WebhookView,
  type WebhookWithSecretView,
} from '@pollen/contracts';

/**
 * What the swagger plugin cannot read from the view classes' TypeScript types, in one place: string
 * formats (instants, UUIDs), integers (TypeScript has only `number`), literal types, and the
 * eligibility reasons, whose `expected` and `actual` depend on the rule. The document builder
 * merges each entry into the property the plugin described and fails on an entry that names no
 * property. Request bodies and queries need none of this: their schemas come from their
 * class-validator rules (./request-schemas.ts).
 */

const SCHEMAS = '#/components/schemas/';
const ref = (name: string): ReferenceObject => ({ $ref: `${SCHEMAS}${name}` });

const instant: SchemaObject = { type: 'string', format: 'date-time' };
const uuid: SchemaObject = { type: 'string', format: 'uuid' };
const integer = (minimum: number, description?: string): SchemaObject => ({
  type: 'integer',
  minimum,
  ...(description ? { description } : {}),
});
const share: SchemaObject = { type: 'number', minimum: 0, maximum: 1 };
const cents = integer(0);

/** The views the API answers with, by the name of their schema. */
interface Views {
  AccountView: AccountView;
  SessionView: SessionView;
  ProgrammeView: ProgrammeView;
  ProgrammePageView: ProgrammePageView;
  ApplicationView: ApplicationView;
  ApplicationPageView: ApplicationPageView;
  StatusChangeView: StatusChangeView;
  ConsentsView: ConsentsView;
  RulesAppliedView: RulesAppliedView;
  ScreeningView: ScreeningView;
  NotificationView: NotificationView;
  NotificationListView: NotificationListView;
  NotificationPreferencesView: NotificationPreferencesView;
  WebhookView: WebhookView;
  WebhookWithSecretView: WebhookWithSecretView;
  WebhookDeliveryView: WebhookDeliveryView;
  DeliveryFailureView: DeliveryFailureView;
  LegalTemplateSummaryView: LegalTemplateSummaryView;
  LegalTemplateListView: LegalTemplateListView;
  LegalTemplateVersionView: LegalTemplateVersionView;
  DocumentView: DocumentView;
  DocumentPartyView: DocumentPartyView;
  InvestorView: InvestorView;
  InvestorPageView: InvestorPageView;
}

export type ViewFieldPatches = { [V in keyof Views]?: { [K in keyof Views[V]]?: SchemaObject } };

/** An endpoint as its owner sees it, with or without its secret (the plugin writes each view whole). */
const webhook: { [K in keyof WebhookView]?: SchemaObject } = {
  id: uuid,
  url: { format: 'uri' },
  failingSince: instant,
  disabledAt: instant,
  previousSecretExpiresAt: instant,
  createdAt: instant,
};

export const VIEW_FIELDS: ViewFieldPatches = {
  AccountView: {
    id: uuid,
    email: { format: 'email' },
    createdAt: instant,
    // OpenAPI 3.0: a nullable enum lists null among its values.
    vettingStatus: { type: 'string', enum: [...INVESTOR_STATUSES, null], nullable: true },
  },
  SessionView: { expiresIn: integer(1, 'Seconds until the access token expires.'), tokenType: { enum: ['Bearer'] } },
  ProgrammeView: {
    id: uuid,
    opensAt: instant,
    closesAt: instant,
    deadlineReview: { type: 'boolean', enum: [true] },
    budgetCents: cents,
    committedCents: cents,
    heldCents: cents,
    // Below zero only if a decision kept its hold after the sweep released it and the budget was spent meanwhile.
    remainingCents: { type: 'integer' },
    maxShareOfCost: share,
    version: integer(1),
    createdAt: instant,
    updatedAt: instant,
  },
  ApplicationView: {
    id: uuid,
    programmeId: uuid,
    ownerId: uuid,
    version: integer(1, 'The version, also sent as the ETag (`"3"`) for `If-Match`.'),
    submittedAt: instant,
    createdAt: instant,
    updatedAt: instant,
  },
  StatusChangeView: { at: instant, by: { anyOf: [{ format: 'uuid' }, { enum: ['system'] }] } },
  ConsentsView: { noticeVersion: { type: 'string', enum: [...CONSENT_NOTICE_VERSIONS] }, at: instant, by: uuid },
  RulesAppliedView: { programmeVersion: integer(1), maxShareOfCost: share },
  ScreeningView: { reasons: { type: 'array', items: ref('EligibilityReason') }, screenedAt: instant },
  NotificationView: { subject: uuid, createdAt: instant },
  NotificationListView: { unreadCount: integer(0) },
  NotificationPreferencesView: {
    // A Record of the categories, which the plugin reads as any object.
    categories: {
      type: 'object',
      description: 'Every category, with its choices and whether they hold (`critical`).',
      properties: Object.fromEntries(
        PREFERENCE_CATEGORIES.map((category) => [category, ref('CategoryPreferenceView')]),
      ),
      required: [...PREFERENCE_CATEGORIES],
      additionalProperties: false,
    },
    digestTime: { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
    updatedAt: instant,
  },
  WebhookView: webhook,
  WebhookWithSecretView: { ...webhook, secret: { pattern: '^whsec_' } },
  WebhookDeliveryView: { attempts: integer(0), lastAttemptAt: instant, nextAttemptAt: instant, createdAt: instant },
  DeliveryFailureView: {
    recipientId: uuid,
    applicationId: uuid,
    attempts: integer(0),
    lastAttemptAt: instant,
    nextAttemptAt: instant,
    createdAt: instant,
  },
  LegalTemplateSummaryView: { publishedAt: instant },
  LegalTemplateVersionView: { publishedAt: instant, createdAt: instant, updatedAt: instant },
  DocumentView: { id: uuid, applicationId: uuid, matchId: uuid, translationOf: uuid, createdAt: instant },
  DocumentPartyView: {
    role: { type: 'string', enum: [...DOCUMENT_PARTY_ROLES] },
    siren: { type: 'string', pattern: '^[0-9]{9}$' },
  },
  InvestorView: {
    id: uuid,
    status: { type: 'string', enum: [...INVESTOR_STATUSES] },
    version: integer(
      0,
      'The version, also sent as the ETag (`"3"`) for `If-Match`; 0 before matching has seen the investor.',
    ),
    createdAt: instant,
    updatedAt: instant,
  },
};

/** OpenAPI 3.0 spelling of "only null", for `oneOf` with a `$ref`. */
const onlyNull: SchemaObject = { type: 'object', nullable: true, enum: [null] };
const orNull = (schema: SchemaObject | ReferenceObject): SchemaObject =>
  '$ref' in schema ? { oneOf: [schema, onlyNull] } : { ...schema, nullable: true };

const code = (values: readonly string[]): SchemaObject => ({ type: 'string', enum: [...values] });
/** A programme's non-empty rule list. */
const accepted = (values: readonly string[]): SchemaObject => ({
  type: 'array',
  items: code(values),
  minItems: 1,
  uniqueItems: true,
});
const object = (properties: Record<string, SchemaObject | ReferenceObject>, optional: string[] = []): SchemaObject => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((name) => !optional.includes(name)),
});

const amountRange = object({ minAmountCents: orNull(cents), maxAmountCents: orNull(cents) });
const esusExpected = object({
  certified: { type: 'boolean', enum: [true] },
  validOn: { type: 'string', format: 'date', description: 'The submission day, Paris time.' },
});

type ReasonSchema<C extends EligibilityReasonCode> = {
  rule: EligibilityFailures[C]['rule'];
  expected: SchemaObject | ReferenceObject;
  actual: SchemaObject | ReferenceObject;
};

/** What each failed eligibility rule carries (the types are EligibilityFailures in the contracts). */
export const ELIGIBILITY_REASONS: { [C in EligibilityReasonCode]: ReasonSchema<C> } = {
  'legal-form-not-accepted': { rule: 'legal-form', expected: accepted(LEGAL_FORMS), actual: orNull(code(LEGAL_FORMS)) },
  'region-not-covered': { rule: 'region', expected: accepted(REGIONS), actual: orNull(code(REGIONS)) },
  'no-shared-impact-area': {
    rule: 'impact-areas',
    expected: accepted(IMPACT_AREAS),
    actual: { type: 'array', items: code(IMPACT_AREAS), uniqueItems: true },
  },
  'stage-not-accepted': { rule: 'stage', expected: accepted(STAGES), actual: orNull(code(STAGES)) },
  'amount-below-minimum': { rule: 'amount-range', expected: amountRange, actual: cents },
  'amount-above-maximum': { rule: 'amount-range', expected: amountRange, actual: cents },
  'instrument-mismatch': { rule: 'instrument', expected: code(INSTRUMENTS), actual: orNull(code(INSTRUMENTS)) },
  'esus-required': { rule: 'esus', expected: esusExpected, actual: orNull(ref('EsusDto')) },
  'esus-expired': { rule: 'esus', expected: esusExpected, actual: ref('EsusDto') },
  'total-cost-missing': {
    rule: 'co-financing',
    expected: object({ maxShareOfCost: share }),
    actual: object({ totalCostCents: orNull(cents), amountCents: cents }),
  },
  'share-of-cost-exceeded': {
    rule: 'co-financing',
    expected: object({ maxShareOfCost: share, maxAmountCents: cents }),
    actual: object({ totalCostCents: integer(1), amountCents: cents, share: { type: 'number', minimum: 0 } }),
  },
};

/** A `$ref` takes no siblings in OpenAPI 3.0: wrapped in `allOf` to carry a description. */
const described = (schema: SchemaObject | ReferenceObject, description: string): SchemaObject =>
  '$ref' in schema ? { allOf: [schema], description } : { ...schema, description };

const pascal = (text: string) =>
  text
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

export const eligibilityReasonSchemaName = (code: EligibilityReasonCode): string => `${pascal(code)}Reason`;

/** The components the eligibility reasons add: one per code, and `EligibilityReason`, any of them. */
export function eligibilityReasonSchemas(): Record<string, SchemaObject> {
  const codes = (Object.keys(ELIGIBILITY_REASONS) as EligibilityReasonCode[]).sort();
  const perCode = codes.map((reason): [string, SchemaObject] => {
    const { rule, expected, actual } = ELIGIBILITY_REASONS[reason];
    return [
      eligibilityReasonSchemaName(reason),
      object({
        rule: code([rule]),
        code: code([reason]),
        expected: described(expected, 'What the programme expects.'),
        actual: described(actual, 'What the application has.'),
        message: ref('LocalisedText'),
      }),
    ];
  });
  return {
    ...Object.fromEntries(perCode),
    EligibilityReason: {
      description: 'One failed eligibility rule: `code` says which, and what `expected` and `actual` carry.',
      oneOf: perCode.map(([name]) => ref(name)),
      discriminator: {
        propertyName: 'code',
        mapping: Object.fromEntries(
          codes.map((reason) => [reason, `${SCHEMAS}${eligibilityReasonSchemaName(reason)}`]),
        ),
      },
    },
    LocalisedText: object({ fr: { type: 'string' }, en: { type: 'string' } }),
  };
}
