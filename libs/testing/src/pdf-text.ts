import { Worker } from 'node:worker_threads';
import { inflateSync } from 'node:zlib';

// unpdf (PDF.js) loads itself with a dynamic import, which Jest's module sandbox refuses: it runs
// in a worker thread of plain Node instead. Without PDF.js's NFKC normalisation, which would turn
// the no-break spaces of « 12 500 € » into plain ones.
const EXTRACT = `
const { parentPort, workerData } = require('node:worker_threads');
import('unpdf')
  .then(async ({ getDocumentProxy }) => {
    const pdf = await getDocumentProxy(new Uint8Array(workerData));
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent({ disableNormalization: true });
      pages.push(content.items.map((item) => item.str + (item.hasEOL ? '\\n' : '')).join(''));
    }
    parentPort.postMessage({ text: pages.join('\\n') });
  })
  .catch((error) => parentPort.postMessage({ error: String(error) }));
`;

/** The text of every page of a PDF, as a reader copying it out gets it. */
export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(EXTRACT, { eval: true, workerData: pdf });
    worker.once('message', (answer: { text?: string; error?: string }) => {
      void worker.terminate();
      if (answer.error !== undefined) reject(new Error(answer.error));
      else resolve(answer.text ?? '');
    });
    worker.once('error', reject);
  });
}

/**
 * The characters the PDF's fonts map their glyphs back to (their ToUnicode CMaps). PDF.js folds
 * every kind of space into U+0020 when it extracts text, so a no-break space is checked here.
 */
export function mappedCharacters(pdf: Buffer): Set<string> {
  const characters = new Set<string>();
  const source = pdf.toString('latin1');
  for (const match of source.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = source.indexOf('endstream', start);
    let text: string;
    try {
      text = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const range of text.matchAll(/<[0-9a-f]{4}> <[0-9a-f]{4}> \[([^\]]*)\]/gi)) {
      for (const code of range[1].matchAll(/<([0-9a-f]{4})>/gi))
        characters.add(String.fromCharCode(parseInt(code[1], 16)));
    }
  }
  return characters;
}
