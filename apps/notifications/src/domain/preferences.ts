import {
  CATEGORY_OF_KIND,
  CRITICAL_CATEGORIES,
  type DealFlowAlerts,
  type NotificationChannel,
  type NotificationKind,
  type NotificationPreferencesView,
  PREFERENCE_CATEGORIES,
  type PreferenceCategory,
} from '@pollen/contracts';

/** Whether a category of notices goes out on each channel (`true`: it does). */
export type ChannelChoices = Record<NotificationChannel, boolean>;

/** What one account chose to be told where; a category absent takes every channel. */
export interface NotificationPreferences {
  accountId: string;
  categories: Partial<Record<PreferenceCategory, ChannelChoices>>;
  dealFlowAlerts: DealFlowAlerts;
  /** null until the account first set them. */
  updatedAt: Date | null;
}

const everyChannel = (): ChannelChoices => ({ 'e-mail': true, 'in-app': true, webhook: true });

/** Copies the three choices only, whatever else the object carried (a DTO instance, a stored document). */
const choicesOf = (choices: ChannelChoices): ChannelChoices => ({
  'e-mail': choices['e-mail'],
  'in-app': choices['in-app'],
  webhook: choices.webhook,
});

const isCritical = (category: PreferenceCategory) => CRITICAL_CATEGORIES.includes(category);

/** What an account that never chose gets: told everything, everywhere, at once. */
export function defaultPreferences(accountId: string): NotificationPreferences {
  return {
    accountId,
    categories: Object.fromEntries(PREFERENCE_CATEGORIES.map((category) => [category, everyChannel()])),
    dealFlowAlerts: 'immediate',
    updatedAt: null,
  };
}

/** The whole set an account chose at `at`, replacing the one before: a category left out takes every channel. */
export function chosenPreferences(
  accountId: string,
  choice: { categories: Partial<Record<PreferenceCategory, ChannelChoices>>; dealFlowAlerts: DealFlowAlerts },
  at: Date,
): NotificationPreferences {
  const categories: NotificationPreferences['categories'] = {};
  for (const category of PREFERENCE_CATEGORIES) {
    const choices = choice.categories[category];
    if (choices) categories[category] = choicesOf(choices);
  }
  return { accountId, categories, dealFlowAlerts: choice.dealFlowAlerts, updatedAt: at };
}

/** Whether a notice of `kind` may go out on `channel`: a critical one always does, whatever was chosen. */
export function allows(prefs: NotificationPreferences, kind: NotificationKind, channel: NotificationChannel): boolean {
  return allowsCategory(prefs, CATEGORY_OF_KIND[kind], channel);
}

/** The same, for a notice filed under `category` that has no e-mail of its own (a draft saved). */
export function allowsCategory(
  prefs: NotificationPreferences,
  category: PreferenceCategory,
  channel: NotificationChannel,
): boolean {
  return isCritical(category) || (prefs.categories[category]?.[channel] ?? true);
}

/** Whether a new match waits for the daily digest instead of an e-mail of its own. */
export function digestsDeals(prefs: NotificationPreferences, kind: NotificationKind): boolean {
  return kind === 'match-proposed' && prefs.dealFlowAlerts === 'daily';
}

/** The preferences as their owner reads them: every category, and whether its choices hold. */
export function toPreferencesView(prefs: NotificationPreferences, digestTime: string): NotificationPreferencesView {
  const categories = Object.fromEntries(
    PREFERENCE_CATEGORIES.map((category) => {
      const choices = prefs.categories[category] ?? everyChannel();
      return [category, { ...choicesOf(choices), critical: isCritical(category) }];
    }),
  ) as NotificationPreferencesView['categories'];
  return {
    categories,
    dealFlowAlerts: prefs.dealFlowAlerts,
    digestTime,
    updatedAt: prefs.updatedAt ? prefs.updatedAt.toISOString() : null,
  };
}
