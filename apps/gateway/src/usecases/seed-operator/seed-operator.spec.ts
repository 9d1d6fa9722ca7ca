import { authKit, lea } from '../../../test/fakes/auth-kit';
import { OperatorEmailTaken, SeedOperator } from './seed-operator.usecase';

const operator = { email: 'Ops@Example.org', password: 'an operator password' };

describe('SeedOperator', () => {
  it('creates the operator once, however often the gateway starts', async () => {
    const kit = authKit();
    const sut = new SeedOperator(kit.accounts, kit.register);

    await sut.execute(operator);
    await sut.execute(operator);

    expect((await kit.accounts.findByEmail('ops@example.org'))?.role).toBe('operator');
    expect(kit.accounts.events.map((event) => event.type)).toEqual(['account.registered', 'account.contact-changed']);
  });

  it('stops the start, naming the variable, when the address is an applicant account', async () => {
    const kit = authKit();
    await kit.register.execute(lea);
    const sut = new SeedOperator(kit.accounts, kit.register);

    const seeding = sut.execute({ ...operator, email: 'LEA@example.org' });

    await expect(seeding).rejects.toThrow(OperatorEmailTaken);
    await expect(seeding).rejects.toThrow(/POLLEN_OPERATOR_EMAIL is the e-mail of an existing applicant account/);
    expect((await kit.accounts.findByEmail('lea@example.org'))?.role).toBe('applicant');
  });

  it('stops the start when the address is registered between the look-up and the insert', async () => {
    const kit = authKit();
    await kit.register.execute({ ...lea, role: 'investor' });
    jest.spyOn(kit.accounts, 'findByEmail').mockResolvedValueOnce(null);
    const sut = new SeedOperator(kit.accounts, kit.register);

    await expect(sut.execute({ ...operator, email: lea.email })).rejects.toThrow(/existing investor account/);
  });

  it('starts when another gateway seeded the same operator in the meantime', async () => {
    const kit = authKit();
    const sut = new SeedOperator(kit.accounts, kit.register);
    await sut.execute(operator);
    jest.spyOn(kit.accounts, 'findByEmail').mockResolvedValueOnce(null);

    await expect(sut.execute(operator)).resolves.toBeUndefined();
    expect(kit.accounts.events).toHaveLength(2);
  });
});
