import { type Actor, ErrorCode } from '@pollen/contracts';

import { anInvestor } from '../../../test/factories/investor.factory';
import { InMemoryInvestorStore } from '../../../test/fakes/in-memory-investor.store';
import { ListInvestors } from '../list-investors/list-investors.usecase';
import { RegisterInvestor } from '../register-investor/register-investor.usecase';
import { GetInvestor } from './get-investor.usecase';

const operator: Actor = { id: 'op-1', roles: ['operator'] };
const investor: Actor = { id: 'investor-1', roles: ['investor'] };

describe('GetInvestor, ListInvestors and RegisterInvestor', () => {
  let store: InMemoryInvestorStore;

  beforeEach(() => {
    store = new InMemoryInvestorStore();
  });

  it('gives the investor an empty pending profile at version 0 before matching has seen them; operators a 404', async () => {
    const get = new GetInvestor(store);

    expect(await get.execute({ investorId: 'investor-1', actor: investor })).toEqual({
      id: 'investor-1',
      status: 'pending',
      version: 0,
    });
    await expect(get.execute({ investorId: 'investor-1', actor: operator })).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
    await expect(
      get.execute({ investorId: 'investor-1', actor: { id: 'investor-2', roles: ['investor'] } }),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });

  it('registers an investor once, however often the account event comes', async () => {
    const register = new RegisterInvestor(store);
    const command = { investorId: 'investor-1', eventId: 'e-1', at: new Date('2026-03-01T10:00:00Z') };

    expect(await register.execute(command)).toBe('applied');
    expect(await register.execute(command)).toBe('duplicate');
    expect(store.events.map((event) => event.type)).toEqual(['investor.registered']);
    expect(await new GetInvestor(store).execute({ investorId: 'investor-1', actor: operator })).toMatchObject({
      status: 'pending',
      version: 1,
    });
  });

  it('lists investors of one status, oldest first, in cursor pages', async () => {
    for (const [id, day, status] of [
      ['c', 3, 'pending'],
      ['a', 1, 'pending'],
      ['b', 2, 'approved'],
      ['d', 4, 'pending'],
    ] as const) {
      await store.insert(anInvestor({ id, status, createdAt: new Date(`2026-03-0${day}T10:00:00Z`) }), []);
    }
    const list = new ListInvestors(store);

    const first = await list.execute({ actor: operator, query: { status: 'pending', limit: 2 } });
    const second = await list.execute({
      actor: operator,
      query: { status: 'pending', limit: 2, cursor: first.nextCursor ?? undefined },
    });

    expect(first.items.map((item) => item.id)).toEqual(['a', 'c']);
    expect(second.items.map((item) => item.id)).toEqual(['d']);
    expect(second.nextCursor).toBeNull();
    await expect(list.execute({ actor: investor, query: {} })).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });
});
