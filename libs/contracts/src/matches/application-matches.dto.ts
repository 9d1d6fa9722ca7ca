import { Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import { ContactDto } from '../messaging/contact.dto';

/** Body of `POST /v1/applications/{id}/matches/{matchId}/accept`: whom the investor may reach. */
export class AcceptIntroductionDto {
  /** Given to this investor only, with the organisation's SIREN; they give theirs in return. */
  @IsDefined()
  @ValidateNested()
  @Type(() => ContactDto)
  contact: ContactDto;
}

/** Body of `POST /v1/applications/{id}/matches/{matchId}/decline`. */
export class DeclineMatchDto {
  /** Why not, in a word to the investor (shown to them). */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
