import type { Locale, Role } from '@pollen/contracts';

export interface RegisterAccountCommand {
  email: string;
  password: string;
  /** applicant or investor from the API; operator only from the start-up seed. */
  role: Role;
  displayName: string;
  locale: Locale;
}
