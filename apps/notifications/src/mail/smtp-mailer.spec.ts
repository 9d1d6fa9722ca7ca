import { PermanentRefusal, RelayUnavailable } from './mailer';
import { classify, relayOf } from './smtp-mailer';

const smtpError = (fields: { code?: string; command?: string; responseCode?: number }) =>
  Object.assign(new Error('the relay said no'), fields);

describe('SmtpMailer', () => {
  it('reads the relay from SMTP_URL: TLS for smtps, STARTTLS required whenever it logs in', () => {
    expect(relayOf('smtp://127.0.0.1:1025')).toEqual({
      host: '127.0.0.1',
      port: 1025,
      secure: false,
      requireTLS: false,
    });
    expect(relayOf('smtps://mailer%40pollen:p%C3%A0ss@smtp.example.org')).toEqual({
      host: 'smtp.example.org',
      port: 465,
      secure: true,
      requireTLS: false,
      auth: { user: 'mailer@pollen', pass: 'pàss' },
    });
    expect(relayOf('smtp://user:secret@smtp.example.org')).toMatchObject({ port: 587, requireTLS: true });
  });

  it('blames the relay for anything but an answer about this mail, which fails for good on a 5xx', () => {
    expect(classify(smtpError({ code: 'ECONNECTION' }))).toBeInstanceOf(RelayUnavailable);
    expect(classify(smtpError({ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535 }))).toBeInstanceOf(
      RelayUnavailable,
    );
    expect(classify(smtpError({ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 550 }))).toBeInstanceOf(
      RelayUnavailable,
    );
    expect(classify(smtpError({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550 }))).toBeInstanceOf(
      PermanentRefusal,
    );
    expect(classify(smtpError({ code: 'EENVELOPE', command: 'API' }))).toBeInstanceOf(PermanentRefusal);
    const later = classify(smtpError({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 451 }));
    expect(later).not.toBeInstanceOf(PermanentRefusal);
    expect(later).not.toBeInstanceOf(RelayUnavailable);
  });
});
