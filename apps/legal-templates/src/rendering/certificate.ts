import { readFileSync } from 'node:fs';

import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

import { FIXED_DATE, FONT_FILES } from './fonts';

/** What the certificate page of a signed agreement states. */
export interface Certificate {
  title: string;
  documentId: string;
  /** The SHA-256 of the French PDF every party signed: the pages before this one. */
  signedSha256: string;
  signatures: {
    organisation: string;
    siren?: string;
    fullName: string;
    capacity: string;
    signedAt: Date;
    authentication: string;
    clientIp: string;
  }[];
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'long',
  timeStyle: 'medium',
});

/**
 * The French PDF as signed: its pages unchanged, then a certificate page listing each signature.
 * The signed file has its own hash; the one the parties signed is written on the page.
 */
export async function withCertificatePage(pdf: Uint8Array, certificate: Certificate): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(readFileSync(FONT_FILES.regular), { subset: true });
  const bold = await doc.embedFont(readFileSync(FONT_FILES.bold), { subset: true });
  const page = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const line = (text: string, font: PDFFont = regular, size = 10, gap = 6) => {
    for (const part of wrapped(text, font, size, A4[0] - 2 * MARGIN)) {
      write(page, part, font, size, y);
      y -= size + 3;
    }
    y -= gap;
  };
  line('Certificat de signature électronique', bold, 15, 10);
  line(`Document : ${certificate.title} (${certificate.documentId})`);
  line(`Empreinte SHA-256 du document signé : ${certificate.signedSha256}`, regular, 9);
  line(
    'Signature électronique simple au sens du règlement (UE) n° 910/2014 (eIDAS), art. 3, 10) : chaque signataire ' +
      'a été identifié par le mot de passe de son compte au moment de signer, a consenti à signer et attesté son ' +
      'pouvoir d’engager l’organisation, après avoir lu le document dont l’empreinte figure ci-dessus (art. 1367 du Code civil).',
    regular,
    9,
    14,
  );
  for (const signature of certificate.signatures) {
    line(`Pour ${signature.organisation}${signature.siren ? `, SIREN ${signature.siren}` : ''}`, bold, 11, 2);
    line(
      `Signé par ${signature.fullName}, ${signature.capacity}, le ${PARIS_TIME.format(signature.signedAt)}`,
      regular,
      10,
      2,
    );
    line(
      `Identification : ${signature.authentication === 'password' ? 'mot de passe du compte' : signature.authentication}, adresse IP ${signature.clientIp}`,
      regular,
      9,
      12,
    );
  }
  // Fixed dates: the signed file depends on the signatures alone.
  doc.setModificationDate(FIXED_DATE);
  return doc.save({ useObjectStreams: false });
}

function write(page: PDFPage, text: string, font: PDFFont, size: number, y: number): void {
  page.drawText(text, { x: MARGIN, y, size, font });
}

/** The text in lines no wider than the page: words kept whole, a word longer than a line cut. */
function wrapped(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ').flatMap((long) => pieces(long, font, size, width))) {
    const candidate = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  return lines;
}

/** A word cut in pieces that each fit on a line (a name of 200 letters without a space). */
function pieces(word: string, font: PDFFont, size: number, width: number): string[] {
  const cut: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece && font.widthOfTextAtSize(piece + character, size) > width) {
      cut.push(piece);
      piece = '';
    }
    piece += character;
  }
  return piece ? [...cut, piece] : cut;
}
