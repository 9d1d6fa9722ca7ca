import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/**
 * Whom to reach: an investor's contact in their profile, an applicant's given when they accept an
 * introduction. Personal data (docs/personal-data.md): it never travels on a topic kept forever.
 */
export class ContactDto {
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(120)
  name: string;

  @IsEmail({}, { message: '$property must be an e-mail address' })
  @MaxLength(254)
  email: string;

  /** International or French format: digits, spaces, dots, dashes, an optional leading +. */
  @IsOptional()
  @Matches(/^\+?[0-9 .-]{6,20}$/, { message: '$property must be a phone number' })
  phone?: string;
}
