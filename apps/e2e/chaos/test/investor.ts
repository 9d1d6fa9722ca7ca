import { uniqueName } from '@pollen/testing';

import type { ChaosClient } from './chaos-client';
import { aChaosInvestorProfile } from './chaos-platform';

/** An investor registered, profiled and approved through the gateway, before the faults: their id. */
export async function approvedInvestor(client: ChaosClient, operatorToken: string): Promise<string> {
  const credentials = { email: `${uniqueName('chaos-investor')}@example.org`, password: 'a long enough password' };
  const registered = await client.once('POST', '/v1/auth/register', 'POST /v1/auth/register', {
    body: { ...credentials, role: 'investor', displayName: 'Camille Martin', locale: 'fr' },
  });
  if (registered.status !== 201) throw new Error(`investor registration → ${registered.status}`);
  const session = await client.once('POST', '/v1/auth/login', 'POST /v1/auth/login', { body: credentials });
  const token = String(session.body['accessToken']);
  const profiled = await client.once('PATCH', '/v1/investors/me', 'PATCH /v1/investors/me', {
    token,
    ifMatch: '*',
    body: aChaosInvestorProfile(),
  });
  if (profiled.status !== 200)
    throw new Error(`investor profile → ${profiled.status} ${JSON.stringify(profiled.body)}`);
  const investorId = String(profiled.body['id']);
  const approved = await client.once(
    'POST',
    `/v1/ops/investors/${investorId}/approve`,
    'POST /v1/ops/investors/:id/approve',
    {
      token: operatorToken,
    },
  );
  if (approved.status !== 200) throw new Error(`investor approval → ${approved.status}`);
  return investorId;
}
