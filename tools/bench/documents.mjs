// `npm run bench -- documents`: legal documents through the gateway and the legal-templates
// service as built (tools/bench/bench.mjs starts them and lends its helpers).
import { randomUUID } from 'node:crypto';

/**
 * `npm run bench -- documents`: legal documents through the gateway and the legal-templates
 * service as built, beside the request–reply floor measured in the same run: a preview (HTML in
 * a worker of its own) and generated documents (HTML, PDF and DOCX, each file hashed and stored).
 * Two in flight: the machine has two cores, and each render takes one.
 */
export async function documentsBench({ infrastructure, startService, stopService, call, row, rssMiB }) {
  const samples = Number(process.env.BENCH_DOCUMENT_SAMPLES ?? 40);
  const { common } = await infrastructure();
  const run = randomUUID().slice(0, 8);
  const templates = await startService('legal-templates', { ...common, MONGODB_DATABASE: `bench-templates-${run}` });
  const gateway = await startService('gateway', { ...common, MONGODB_DATABASE: `bench-gateway-${run}` });
  const api = gateway.url;
  const operator = (
    await call(`${api}/v1/auth/login`, 'POST', { email: 'operator@pollen.local', password: 'pollen-operator' })
  ).payload.accessToken;
  const version = async (key) =>
    (await call(`${api}/v1/legal-templates/${key}`, 'GET', undefined, operator)).payload.versions[0].version;
  const party = { name: 'Atelier Vélo Solidaire', legalForm: 'association', siren: '732829320' };
  const funder = { name: 'Fonds Solidaire Démo', legalForm: 'SAS', siren: '552100554' };
  const nda = {
    discloser: party,
    recipient: funder,
    project: 'Ateliers vélo solidaires',
    durationYears: 3,
    signing: { date: '2026-12-01' },
  };
  // A 60-month loan: a repayment table of 60 rows, several pages in every format.
  const schedule = Array.from({ length: 60 }, (_, i) => ({
    dueOn: `${2027 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-28`,
    principalCents: 50_000,
    interestCents: Math.round(((60 - i) * 50_000 * 2.5) / 100 / 12),
    remainingCents: (59 - i) * 50_000,
  }));
  const loan = {
    lender: funder,
    borrower: party,
    project: 'Recyclerie de quartier',
    amountCents: 3_000_000,
    annualRatePercent: 2.5,
    durationMonths: 60,
    graceMonths: 0,
    schedule,
    signing: { date: '2026-12-01' },
  };
  const generate = (templateKey, variables) => async () => {
    const response = await call(`${api}/v1/documents`, 'POST', { templateKey, locale: 'fr', variables }, operator);
    if (response.status !== 201) throw new Error(`document → ${response.status} ${JSON.stringify(response.payload)}`);
    return response.ms;
  };
  const measure = async (name, task) => {
    const latencies = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 2 }, async () => {
        while (next < samples) {
          next++;
          latencies.push(await task());
        }
      }),
    );
    return row(name, { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 });
  };
  try {
    const ndaVersion = await version('accord-de-confidentialite');
    for (let i = 0; i < 5; i++) await generate('accord-de-confidentialite', nda)();
    const results = [
      await measure('GET /v1/legal-templates (request–reply floor)', async () => {
        return (await call(`${api}/v1/legal-templates`, 'GET', undefined, operator)).ms;
      }),
      await measure('POST …/preview, confidentiality agreement (HTML, own worker)', async () => {
        const started = performance.now();
        const response = await fetch(
          `${api}/v1/legal-templates/accord-de-confidentialite/versions/${ndaVersion}/preview`,
          {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${operator}` },
            body: JSON.stringify({ locale: 'fr', variables: nda }),
          },
        );
        await response.text();
        if (response.status !== 200) throw new Error(`preview → ${response.status}`);
        return performance.now() - started;
      }),
      await measure(
        'POST /v1/documents, confidentiality agreement (HTML+PDF+DOCX)',
        generate('accord-de-confidentialite', nda),
      ),
      await measure('POST /v1/documents, 60-month loan agreement (HTML+PDF+DOCX)', generate('contrat-de-pret', loan)),
    ];
    console.log(
      `\nPollen documents benchmark — ${samples} samples per measure, 2 in flight, ${new Date().toISOString()}`,
    );
    console.table(results);
    console.table([
      { process: 'legal-templates', 'RSS after the run': `${rssMiB(templates.child.pid).toFixed(0)} MiB` },
      { process: 'gateway', 'RSS after the run': `${rssMiB(gateway.child.pid).toFixed(0)} MiB` },
    ]);
  } finally {
    await Promise.all([stopService(gateway), stopService(templates)]);
  }
}
