import { createRequire } from 'node:module';
import { join } from 'node:path';

// Resolved from where the service runs (its node_modules), not from the bundle: the fonts are files.
const fromService = createRequire(join(process.cwd(), 'package.json'));

/** DejaVu Sans, embedded in every PDF: it covers French and English text, « », € and narrow no-break spaces. */
export const FONT_FILES = {
  regular: fromService.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: fromService.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italic: fromService.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
  boldItalic: fromService.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf'),
} as const;

export type FontFace = keyof typeof FONT_FILES;

export const faceOf = (marks: { strong?: boolean; em?: boolean }): FontFace =>
  marks.strong ? (marks.em ? 'boldItalic' : 'bold') : marks.em ? 'italic' : 'regular';

/** The instant every generated file says it was made: the same inputs give the same bytes. */
export const FIXED_DATE = new Date('2000-01-01T00:00:00Z');
