import { eventually } from './eventually';

/** A mail as Mailpit lists it. */
export interface MailSummary {
  /** Mailpit's own id: what get() takes. */
  id: string;
  /** The Message-ID header without its angle brackets, as Mailpit keeps it. */
  messageId: string;
  subject: string;
  /** The sender's address (with its display name in get()'s headers.From). */
  from: string;
  to: string[];
  /** When Mailpit received it. */
  created: Date;
}

/** A whole mail: its bodies and its headers as sent (`Subject` may still be RFC 2047-encoded). */
export interface Mail extends MailSummary {
  html: string;
  text: string;
  /** By canonical name: `Message-Id`, `From`, `Content-Type`… */
  headers: Record<string, string[]>;
}

/** A Mailpit search (`to:lea@example.org`, `message-id:…`, `subject:"…"`), or a test over summaries. */
export type MailMatch = string | ((mail: MailSummary) => boolean);

/** An SMTP error Mailpit answers instead of accepting, `probability` % of the time (100 by default). */
export interface SmtpFault {
  errorCode: number;
  probability?: number;
}

/** Where the fault strikes: MAIL FROM, RCPT TO, or AUTH (when the client logs in). */
export interface SmtpFaults {
  sender?: SmtpFault;
  recipient?: SmtpFault;
  authentication?: SmtpFault;
}

type MailpitAddress = { Name: string; Address: string };
type MailpitSummary = {
  ID: string;
  MessageID: string;
  Subject: string;
  From: MailpitAddress | null;
  To: MailpitAddress[] | null;
  Created: string;
};
type MailpitMessage = MailpitSummary & { HTML: string; Text: string };

// Far more than one test's mail; list() and predicates look at the newest this many only.
const LIMIT = 1000;

/**
 * What Mailpit (the SMTP server tools/infra runs) received, read through its HTTP API:
 * `new Mailbox(testInfrastructure().mailApiUrl)`. Every test of a run shares the test profile's
 * mailbox: look for your own mail (a unique recipient or Message-ID), and never clear() it there.
 */
export class Mailbox {
  private readonly apiUrl: string;

  constructor(apiUrl: string) {
    this.apiUrl = apiUrl.replace(/\/+$/, '');
  }

  /** The newest mails first. */
  async list(limit = LIMIT): Promise<MailSummary[]> {
    return this.summaries(`/api/v1/messages?limit=${limit}`);
  }

  /** The mails matching a Mailpit search, newest first. */
  async search(query: string, limit = LIMIT): Promise<MailSummary[]> {
    return this.summaries(`/api/v1/search?query=${encodeURIComponent(query)}&limit=${limit}`);
  }

  async get(id: string): Promise<Mail> {
    const path = `/api/v1/message/${encodeURIComponent(id)}`;
    const [message, headers] = await Promise.all([
      this.json<MailpitMessage>('GET', path),
      this.json<Record<string, string[]>>('GET', `${path}/headers`),
    ]);
    return { ...summary(message), html: message.HTML, text: message.Text, headers };
  }

  /** Deletes every mail: for a Mailpit of your own. */
  async clear(): Promise<void> {
    await this.request('DELETE', '/api/v1/messages');
  }

  /**
   * Waits until at least `count` mails match, and resolves with every one that does, newest first:
   * all of them, so a test can also tell that a mail came twice.
   */
  async waitFor(match: MailMatch, { count = 1, timeoutMs = 20_000 } = {}): Promise<MailSummary[]> {
    const described = typeof match === 'string' ? `"${match}"` : 'the predicate';
    return eventually(
      async () => {
        const found = typeof match === 'string' ? await this.search(match) : (await this.list()).filter(match);
        if (found.length >= count) return found;
        throw new Error(`${found.length} so far`);
      },
      { timeoutMs, intervalMs: 200, what: `${count} mail(s) matching ${described}` },
    );
  }

  /**
   * Makes the SMTP server refuse with these errors (Mailpit's "chaos" triggers), for fault tests;
   * `{}` accepts everything again. Held in memory: a restart of Mailpit clears them too.
   */
  async setSmtpFaults(faults: SmtpFaults): Promise<void> {
    const trigger = (fault?: SmtpFault) =>
      fault ? { ErrorCode: fault.errorCode, Probability: fault.probability ?? 100 } : undefined;
    await this.request('PUT', '/api/v1/chaos', {
      Sender: trigger(faults.sender),
      Recipient: trigger(faults.recipient),
      Authentication: trigger(faults.authentication),
    });
  }

  private async summaries(path: string): Promise<MailSummary[]> {
    const page = await this.json<{ messages: MailpitSummary[] }>('GET', path);
    return page.messages.map(summary);
  }

  private async json<T>(method: string, path: string): Promise<T> {
    return (await this.request(method, path)).json() as Promise<T>;
  }

  private async request(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.apiUrl}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`Mailpit ${method} ${path} → ${response.status} ${await response.text()}`);
    return response;
  }
}

function summary(mail: MailpitSummary): MailSummary {
  return {
    id: mail.ID,
    messageId: mail.MessageID,
    subject: mail.Subject,
    from: mail.From?.Address ?? '',
    to: (mail.To ?? []).map((to) => to.Address),
    created: new Date(mail.Created),
  };
}
