import { createHash } from 'node:crypto';

import { RENDER_LIMITS, renderDocumentInSandbox, RenderFailed, renderInSandbox } from './sandbox';

describe('renderInSandbox', () => {
  const render = (body: string, variables: Record<string, unknown> = {}, locale: 'fr' | 'en' = 'fr') =>
    renderInSandbox({ body, variables, locale });
  const failureOf = (body: string, variables: Record<string, unknown> = {}) =>
    render(body, variables).then(
      () => undefined,
      (error: RenderFailed) => error.failure,
    );

  it('renders a body with the legal helpers, escaping every output', async () => {
    const html = await render(
      '<p>{{ name }}, SIREN {{ siren | siren }}, {{ cents | amount }} ({{ cents | amount_in_words }}) le {{ day | long_date }}</p>',
      { name: 'Atelier <b>Vélo</b> & Co', siren: '732829320', cents: 1_000_000, day: '2026-12-01' },
    );

    expect(html).toBe(
      '<p>Atelier &lt;b&gt;Vélo&lt;/b&gt; &amp; Co, SIREN 732\u00a0829\u00a0320, 10\u202f000,00\u202f€ (dix-mille euros) le 1er décembre 2026</p>',
    );
  });

  it('refuses a variable the job does not give, rather than printing an empty clause', async () => {
    await expect(render('<p>{{ amountCents }}</p>')).rejects.toMatchObject({
      failure: 'template',
      message: expect.stringContaining('undefined variable: amountCents'),
    });
  });

  it.each([
    ['reads the environment', '{{ process.env.HOME }}'],
    ['reads a constructor', '{{ name.constructor }}'],
    ['includes a file', "{% include '/etc/passwd' %}"],
    ['renders a partial', "{% render 'secrets' %}"],
    ['extends a layout', "{% layout 'base' %}"],
  ])('refuses a body that %s', async (_, body) => {
    await expect(failureOf(body, { name: 'x' })).resolves.toBe('template');
  });

  it('escapes an output even through `raw`', async () => {
    await expect(render('<p>{{ name | raw }}{% echo name | raw %}</p>', { name: '<script>' })).resolves.toBe(
      '<p>&lt;script&gt;&lt;script&gt;</p>',
    );
  });

  // Three million iterations that allocate little: only time stops them.
  const LONG_LOOP = '{% for i in (1..3000) %}{% for j in (1..1000) %}{% assign k = j %}{% endfor %}{% endfor %}';

  it('stops a body that loops for long within its time limit', async () => {
    const started = Date.now();

    // The engine's own render limit, or on a slow machine the worker's, whichever comes first.
    expect(['template', 'timeout']).toContain(await failureOf(LONG_LOOP));
    expect(Date.now() - started).toBeLessThan(RENDER_LIMITS.timeMs + 500);
  });

  it('stops the worker at its time limit, whatever the engine would allow', async () => {
    const started = Date.now();

    await expect(
      renderInSandbox({ body: LONG_LOOP, variables: {}, locale: 'fr' }, { ...RENDER_LIMITS, timeMs: 600 }),
    ).rejects.toMatchObject({ failure: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_200);
  });

  it('refuses a range of a billion before looping over it', async () => {
    await expect(failureOf('{% for i in (1..1000000000) %}{{ i }}{% endfor %}')).resolves.toBe('template');
  });

  it('stops a body that prints gigabytes', async () => {
    await expect(
      render('{% assign s = "0123456789" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}'),
    ).rejects.toMatchObject({ message: expect.stringContaining('memory alloc limit exceeded') });
  });

  it('stops a body nested deeper than it can parse', async () => {
    const depth = 7_000; // just under 200 kB of body
    await expect(render(`${'{% if true %}'.repeat(depth)}x${'{% endif %}'.repeat(depth)}`)).rejects.toMatchObject({
      failure: 'template',
      message: expect.stringContaining('Maximum call stack size exceeded'),
    });
  });

  it('refuses a body over 200 kB before rendering it', async () => {
    await expect(failureOf(`<p>${'x'.repeat(200 * 1024)}</p>`)).resolves.toBe('body-too-large');
  });

  it('still renders after every hostile body', async () => {
    await expect(render('<p>{{ cents | amount_in_words }}</p>', { cents: 100 }, 'en')).resolves.toBe('<p>one euro</p>');
  });

  it('makes a document in HTML, PDF and DOCX in the worker, the same bytes for the same inputs', async () => {
    const job = {
      body: '<h1>Accord de confidentialité</h1><p>Entre {{ a }} et {{ b }}.</p>',
      variables: { a: 'Atelier Vélo', b: 'Fonds Solidaire' },
      locale: 'fr' as const,
      document: { title: 'Accord de confidentialité', formats: ['html', 'pdf', 'docx'] as const },
    };
    const hashes = async () =>
      Object.entries(await renderDocumentInSandbox(job)).map(
        ([format, bytes]) => `${format}:${createHash('sha256').update(bytes).digest('hex')}`,
      );

    const first = await hashes();
    expect(first.map((entry) => entry.split(':')[0])).toEqual(['html', 'pdf', 'docx']);
    expect(await hashes()).toEqual(first);
  });

  it('refuses a document whose body writes markup outside the subset', async () => {
    await expect(
      renderDocumentInSandbox({
        body: '{% raw %}<div>x</div>{% endraw %}',
        variables: {},
        locale: 'fr',
        document: { title: 't', formats: ['html'] },
      }),
    ).rejects.toMatchObject({ found: [{ element: 'div' }] });
  });
});
