import type { Locale } from '@pollen/contracts';

/** What frames every message: the greeting, the signature and why the recipient gets it. */
const FRAME: Record<Locale, { greeting: string; signature: string; reason: string; link: string }> = {
  fr: {
    greeting: 'Bonjour {{ recipient.name }},',
    signature: 'L’équipe Pollen',
    reason:
      'Vous recevez cet e-mail car vous avez un compte sur Pollen, la plateforme des programmes de financement de l’économie sociale et solidaire, en tant que {{ recipient.role | role_name }}.',
    link: 'Pollen :',
  },
  en: {
    greeting: 'Hello {{ recipient.name }},',
    signature: 'The Pollen team',
    reason:
      'You are receiving this e-mail because you have an account on Pollen, the platform for social and solidarity economy funding programmes, with the {{ recipient.role | role_name }} role.',
    link: 'Pollen:',
  },
};

/**
 * Mail clients drop `<style>` blocks, so each tag a body uses gets its style inline here, once:
 * bodies stay plain HTML.
 */
const BODY_STYLES: Record<string, string> = {
  h1: 'margin:0 0 16px;font-size:22px;line-height:1.3;color:#1f3d34;',
  h2: 'margin:24px 0 8px;font-size:17px;line-height:1.3;color:#1f3d34;',
  p: 'margin:0 0 16px;',
  ul: 'margin:0 0 16px;padding-left:20px;',
  li: 'margin:0 0 6px;',
  blockquote: 'margin:0 0 16px;padding:12px 16px;border-left:4px solid #2f6b57;background-color:#f3f7f5;',
  a: 'color:#2f6b57;text-decoration:underline;',
};

function withInlineStyles(body: string): string {
  return body.replace(
    /<(h1|h2|p|ul|li|blockquote|a)(?=[\s>])/g,
    (_tag, name: string) => `<${name} style="${BODY_STYLES[name]}"`,
  );
}

/** A single-column page that reads the same in webmail, Outlook and a screen reader; no images. */
export function htmlLayout(locale: Locale, body: string): string {
  const frame = FRAME[locale];
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pollen</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f4f0;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f0;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;">
<tr><td style="padding:20px 32px;background-color:#2f5d50;">
<p style="margin:0;font-size:22px;font-weight:bold;color:#ffffff;">Pollen</p>
</td></tr>
<tr><td style="padding:32px;">
${withInlineStyles(`<p>${frame.greeting}</p>
${body}
<p>${frame.signature}</p>`)}
</td></tr>
<tr><td style="padding:20px 32px;border-top:1px solid #e4e7eb;font-size:13px;line-height:1.5;color:#52606d;">
<p style="margin:0 0 8px;">${frame.reason}</p>
<p style="margin:0;">${frame.link} <a href="{{ appUrl }}" style="color:#52606d;">{{ appUrl }}</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

/** The same frame as plain text, the footer set apart by a rule. */
export function textLayout(locale: Locale, body: string): string {
  const frame = FRAME[locale];
  return `${frame.greeting}

${body}

${frame.signature}

---
${frame.reason}
${frame.link} {{ appUrl }}
`;
}
