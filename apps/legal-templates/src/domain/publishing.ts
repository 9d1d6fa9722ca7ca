import { DomainException } from '@pollen/contracts';

import { type PublishProblem, publishProblemsOf } from '../rendering/publish-checks';
import type { TemplateVersion } from './template-version';

/** The 422 a problem answers, with what the author needs to fix it. */
function exceptionOf(problem: PublishProblem): DomainException {
  switch (problem.reason) {
    case 'template.unsupported-markup':
      return new DomainException(problem.reason, `The ${problem.locale} body uses markup outside the subset`, {
        details: { locale: problem.locale, found: problem.found },
      });
    case 'template.body-too-large':
      return new DomainException(problem.reason, `The ${problem.locale} body is ${problem.bytes} bytes`, {
        details: { locale: problem.locale },
      });
    case 'template.invalid-liquid':
      return new DomainException(problem.reason, `The ${problem.locale} body: ${problem.message}`, {
        details: { locale: problem.locale },
      });
    case 'template.invalid-schema':
      return new DomainException(problem.reason, `The schema: ${problem.message}`);
    case 'template.locales-disagree':
      return new DomainException(problem.reason, 'The locales read different or undeclared variables', {
        details: { onlyIn: problem.onlyIn, undeclared: problem.undeclared },
      });
  }
}

/** Refuses, with the first problem found, a version whose bodies or schema would not make documents. */
export function assertPublishable(version: TemplateVersion): void {
  const [first] = publishProblemsOf({ bodies: version.bodies, schema: version.schema });
  if (first) throw exceptionOf(first);
}
