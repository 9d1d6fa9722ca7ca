import { DomainException, type TemplateStatus } from '@pollen/contracts';

export class TemplateNotFound extends DomainException {
  constructor(key: string, semver?: string) {
    super('template.not-found', semver ? `No version ${semver} of template ${key}` : `No template ${key}`);
  }
}

export class TemplateKeyTaken extends DomainException {
  constructor(key: string) {
    super('template.key-taken', `A template ${key} exists already`);
  }
}

/** A version with this number exists: it is not newer than the latest. */
export class TemplateVersionExists extends DomainException {
  constructor(key: string, semver: string) {
    super('template.version-not-newer', `Template ${key} has a version ${semver} already`);
  }
}

export class TemplateVersionNotNewer extends DomainException {
  constructor(semver: string, latest: string) {
    super('template.version-not-newer', `Version ${semver} is not newer than ${latest}`, {
      details: { latestVersion: latest },
    });
  }
}

export class TemplatePublished extends DomainException {
  constructor(status: TemplateStatus) {
    super('template.published', `A ${status} version never changes`);
  }
}

export class TemplateChangedConcurrently extends DomainException {
  constructor() {
    super('template.changed-concurrently', 'The template version changed meanwhile; read it again');
  }
}

/** Not there: operators read every document, and anyone else none yet. */
export class DocumentNotFound extends DomainException {
  constructor(id: string) {
    super('document.not-found', `No document ${id}`);
  }
}

/** The request that generates a document was delivered again while its first delivery wrote it. */
export class DocumentExists extends Error {
  constructor(id: string) {
    super(`document ${id} exists already`);
  }
}

/** The hash a signer gives is not the French PDF's: they must sign what they have read. */
export class DocumentHashMismatch extends DomainException {
  constructor(sha256: string) {
    super('document.hash-mismatch', 'The hash given is not the French PDF’s', { details: { sha256 } });
  }
}

export class DocumentAlreadySigned extends DomainException {
  constructor(role: string) {
    super('document.already-signed', `The ${role} has already signed`);
  }
}

export class DocumentNotSignable extends DomainException {
  constructor(id: string) {
    super('document.not-signable', `Document ${id} is no agreement between parties in French`);
  }
}
