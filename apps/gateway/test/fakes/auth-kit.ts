import { JwtService } from '@nestjs/jwt';
import { loadConfig } from '@pollen/platform/config';

import { SessionIssuer } from '../../src/auth/session-issuer';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { GatewayConfig } from '../../src/config/gateway.config';
import { GetMyAccount } from '../../src/usecases/get-my-account/get-my-account.usecase';
import { LogIn } from '../../src/usecases/log-in/log-in.usecase';
import { LogOut } from '../../src/usecases/log-out/log-out.usecase';
import { RefreshSession } from '../../src/usecases/refresh-session/refresh-session.usecase';
import { RegisterAccount } from '../../src/usecases/register-account/register-account.usecase';
import { UpdateMyAccount } from '../../src/usecases/update-my-account/update-my-account.usecase';
import { InMemoryAccountStore } from './in-memory-account.store';
import { InMemoryInvestorVettingStore } from './in-memory-investor-vetting.store';
import { InMemorySessionStore } from './in-memory-session.store';
import { PlainPasswordHasher } from './plain-password.hasher';

/** The authentication use cases wired on fakes of their ports, with the real token issuer. */
export function authKit() {
  const config = loadConfig(GatewayConfig, {
    NODE_ENV: 'test',
    KAFKA_BROKERS: '127.0.0.1:1',
    MONGODB_URI: 'mongodb://127.0.0.1:1',
  });
  const accounts = new InMemoryAccountStore();
  const sessions = new InMemorySessionStore();
  const vetting = new InMemoryInvestorVettingStore();
  const passwords = new PlainPasswordHasher();
  const tokens = new TokenIssuer(new JwtService({ secret: config.jwtKey }), config);
  const issuer = new SessionIssuer(tokens, sessions, config);
  const me = new GetMyAccount(accounts, vetting);
  return {
    accounts,
    sessions,
    vetting,
    tokens,
    register: new RegisterAccount(accounts, passwords),
    logIn: new LogIn(accounts, passwords, issuer),
    refresh: new RefreshSession(sessions, accounts, issuer),
    logOut: new LogOut(sessions),
    me,
    update: new UpdateMyAccount(accounts, me),
  };
}

export const lea = {
  email: 'Lea@Example.org',
  password: 'a long enough password',
  role: 'applicant',
  displayName: ' Léa Dubois ',
  locale: 'fr',
} as const;
