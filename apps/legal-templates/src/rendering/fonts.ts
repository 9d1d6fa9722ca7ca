import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// The built service has the fonts beside its bundle (webpack.config.js copies them); tests read
// them from the package.
const bundled = join(__dirname, 'fonts');
const fromPackage = createRequire(join(process.cwd(), 'package.json'));
const fontFile = (name: string): string =>
  existsSync(join(bundled, name)) ? join(bundled, name) : fromPackage.resolve(`dejavu-fonts-ttf/ttf/${name}`);

/** DejaVu Sans, embedded in every PDF: it covers French and English text, « », € and narrow no-break spaces. */
export const FONT_FILES = {
  regular: fontFile('DejaVuSans.ttf'),
  bold: fontFile('DejaVuSans-Bold.ttf'),
  italic: fontFile('DejaVuSans-Oblique.ttf'),
  boldItalic: fontFile('DejaVuSans-BoldOblique.ttf'),
} as const;

export type FontFace = keyof typeof FONT_FILES;

export const faceOf = (marks: { strong?: boolean; em?: boolean }): FontFace =>
  marks.strong ? (marks.em ? 'boldItalic' : 'bold') : marks.em ? 'italic' : 'regular';

/** The instant every generated file says it was made: the same inputs give the same bytes. */
export const FIXED_DATE = new Date('2000-01-01T00:00:00Z');
