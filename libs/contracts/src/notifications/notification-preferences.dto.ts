import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';

import { all } from '../validation/compose';
import { DEAL_FLOW_ALERTS, type DealFlowAlerts, type PreferenceCategory } from './codes';

/** Whether a category of notices goes out on each channel (`true`: it does). */
export class ChannelChoicesDto {
  @IsBoolean()
  'e-mail': boolean;

  @IsBoolean()
  'in-app': boolean;

  @IsBoolean()
  webhook: boolean;
}

const choices = () =>
  all(
    IsOptional(),
    ValidateNested(),
    Type(() => ChannelChoicesDto),
  );

/** The choices per category; a category left out takes every channel. */
export class CategoryChoicesDto implements Partial<Record<PreferenceCategory, ChannelChoicesDto>> {
  @choices() application?: ChannelChoicesDto;
  @choices() decision?: ChannelChoicesDto;
  @choices() matching?: ChannelChoicesDto;
  @choices() introduction?: ChannelChoicesDto;
  @choices() document?: ChannelChoicesDto;
  @choices() account?: ChannelChoicesDto;
  @choices() security?: ChannelChoicesDto;
}

// Each category of PREFERENCE_CATEGORIES is a property above: one left out fails to compile.
const _everyCategoryHasChoices: Record<PreferenceCategory, ChannelChoicesDto> = {} as Required<CategoryChoicesDto>;
void _everyCategoryHasChoices;

/** `PUT /v1/me/notification-preferences`: the whole set, replacing the one before. */
export class NotificationPreferencesDto {
  @ValidateNested()
  @Type(() => CategoryChoicesDto)
  categories: CategoryChoicesDto;

  /** New matches by e-mail: each at once, or one digest a day (investors). */
  @IsIn(DEAL_FLOW_ALERTS)
  dealFlowAlerts: DealFlowAlerts;
}

/** One category's choices, and whether they hold: a critical category goes out on every channel. */
export class CategoryPreferenceView extends ChannelChoicesDto {
  critical: boolean;
}

/** The caller's preferences; every category is there, with its defaults until they change it. */
export class NotificationPreferencesView {
  categories: Record<PreferenceCategory, CategoryPreferenceView>;
  dealFlowAlerts: DealFlowAlerts;
  /** The local hour (Europe/Paris) daily digests are sent at, `HH:MM`. */
  digestTime: string;
  /** null until they first set them. */
  updatedAt: string | null;
}
