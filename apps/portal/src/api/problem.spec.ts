import { ApiError, unwrap } from './problem';

const answered = (status: number, body?: unknown) => {
  const response = new Response(null, { status });
  return Promise.resolve(response.ok ? { data: body, response } : { error: body, response });
};

describe('unwrap', () => {
  it('gives the data of a success', async () => {
    await expect(unwrap(answered(200, { id: 'a' }))).resolves.toEqual({ id: 'a' });
  });

  it('throws the problem, its fields by path', async () => {
    const problem = {
      code: 'validation.failed',
      detail: 'La requête est invalide.',
      errors: [{ field: 'organisation.siren', code: 'isSiren', message: 'Le SIREN est invalide.' }],
    };
    const error = await unwrap(answered(400, problem)).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('La requête est invalide.');
    expect((error as ApiError).fieldMessages()).toEqual({ 'organisation.siren': 'Le SIREN est invalide.' });
    expect(
      (error as ApiError).fieldMessages((field) => (field.code === 'isSiren' ? 'SIREN invalide.' : undefined)),
    ).toEqual({ 'organisation.siren': 'SIREN invalide.' });
  });

  it('names an answer that is not a problem by its status, and a lost one by status 0', async () => {
    await expect(unwrap(answered(502, 'Bad gateway'))).rejects.toMatchObject({
      problem: { status: 502, code: 'http' },
    });
    await expect(unwrap(Promise.reject(new TypeError('Failed to fetch')))).rejects.toMatchObject({
      problem: { status: 0, code: 'network' },
    });
  });
});
