/**
 * French typography for a French template's source: a no-break space before « : » and inside
 * « », a narrow no-break space before « ; ! ? ». Templates are written with ordinary spaces so
 * they stay readable (no invisible characters to type or review); a line never breaks before its
 * punctuation in any mail client. Only a space followed by the mark and then a space, a tag or the
 * end is touched, so CSS (`margin:0;`), URLs and Liquid syntax are left as they are.
 */
export function typesetFrench(source: string): string {
  return source
    .replace(/ :(?=\s|<|$)/g, '\u00a0:')
    .replace(/ ([;!?])(?=\s|<|$)/g, '\u202f$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}
