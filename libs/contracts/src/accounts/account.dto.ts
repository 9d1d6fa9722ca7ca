import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

import type { InvestorStatus } from '../investors/codes';
import type { Role } from '../messaging/envelope';
import type { Locale } from '../messaging/request-reply';

/** Roles anyone may register with; operators are never self-registered. */
export const SELF_REGISTERED_ROLES = ['applicant', 'investor'] as const;
export type SelfRegisteredRole = (typeof SELF_REGISTERED_ROLES)[number];
export const LOCALES = ['fr', 'en'] as const;

/** Body of `POST /v1/auth/register`. */
export class RegisterAccountDto {
  /** Used to log in; stored lower-cased. */
  @IsEmail({}, { message: '$property must be an e-mail address' })
  @MaxLength(254)
  email: string;

  /** At least 10 characters. */
  @IsString()
  @MinLength(10, { message: '$property must be at least 10 characters long' })
  @MaxLength(256)
  password: string;

  /** applicant or investor. */
  @IsIn(SELF_REGISTERED_ROLES)
  role: SelfRegisteredRole;

  /** The name shown to others. */
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(120)
  displayName: string;

  /** Language of e-mails and messages: fr or en. */
  @IsIn(LOCALES)
  locale: Locale;
}

/** Body of `PATCH /v1/me`: what an account holder may change of their own account. Absent fields stay. */
export class UpdateMyAccountDto {
  /** The name shown to others. */
  // Absent leaves it; null is not a name (IsOptional would let it through).
  @ValidateIf((_, value) => value !== undefined)
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(120)
  displayName?: string;

  /** Language of e-mails and messages: fr or en. */
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(LOCALES)
  locale?: Locale;
}

/** Body of `POST /v1/auth/login`. */
export class LoginDto {
  @IsString()
  @MaxLength(254)
  email: string;

  @IsString()
  @MaxLength(256)
  password: string;
}

/**
 * Body of `POST /v1/auth/refresh` and `POST /v1/auth/logout`. A browser in the cookie mode
 * (`X-Pollen-Session: cookie`) leaves `refreshToken` out: its `pollen_refresh` cookie stands in for
 * it. Anyone else must send it.
 */
export class RefreshTokenDto {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  refreshToken?: string;
}

/** An account as its owner sees it. */
export class AccountView {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  locale: Locale;
  createdAt: string;
  /** Investors: where operators' vetting stands (`pending` until the gateway hears otherwise). Others: null. */
  vettingStatus: InvestorStatus | null;
}

/** Tokens of a session: a short-lived access token and a one-time refresh token. */
export class SessionView {
  accessToken: string;
  /** Absent in the cookie mode (`X-Pollen-Session: cookie`): the `pollen_refresh` cookie holds it. */
  refreshToken?: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  tokenType: 'Bearer';
}
