import { strFromU8, unzipSync } from 'fflate';

import { pdfText } from './pdf-text';

const startsWith = (bytes: Uint8Array, signature: string) =>
  Buffer.from(bytes.subarray(0, signature.length)).toString('latin1') === signature;

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of an OOXML (DOCX) package: every XML part without its tags, so runs split mid-word join up. */
function ooxmlText(bytes: Uint8Array): string {
  const parts = unzipSync(bytes, { filter: (file) => /\.(xml|rels|txt)$/.test(file.name) });
  return Object.values(parts)
    .map((part) =>
      strFromU8(part)
        .replace(/<[^>]*>/g, '')
        .replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => XML_ENTITIES[entity]),
    )
    .join('\n');
}

/**
 * The text someone reading stored bytes would find: a PDF's text layer (PDF.js) beside its raw
 * bytes (uncompressed metadata such as /Author), a DOCX's XML text, anything else as UTF-8. Images
 * and fonts inside a file are not read: a name drawn as an image would not be found.
 */
export async function storedText(bytes: Uint8Array): Promise<string> {
  const raw = Buffer.from(bytes);
  if (startsWith(bytes, '%PDF-')) {
    const text = await pdfText(raw).catch(() => '');
    return `${text}\n${raw.toString('latin1')}`;
  }
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    try {
      return ooxmlText(bytes);
    } catch {
      return raw.toString('latin1');
    }
  }
  return raw.toString('utf8');
}
