// Decorator metadata must exist before a decorated class is defined; config classes come first.
import 'reflect-metadata';

const LOCAL_DEFAULTS = Symbol('pollen:local-defaults');

/** Whether a configured value is the local default, however it is written (a key in another encoding). */
export type SameAsLocalDefault = (value: unknown, localDefault: unknown) => boolean;

interface Marked {
  name: string | symbol;
  sameAs: SameAsLocalDefault;
}

const identical: SameAsLocalDefault = (value, localDefault) => value === localDefault;

/** NODE_ENV values that say the process runs on a laptop or in a test run. */
const LOCAL_ENVIRONMENTS: readonly string[] = ['development', 'test'];

/** Whether NODE_ENV says a laptop or a test run, where what production forbids may be allowed. */
export const isLocalEnvironment = (nodeEnv: string | undefined): boolean =>
  nodeEnv !== undefined && LOCAL_ENVIRONMENTS.includes(nodeEnv);

/**
 * Marks a variable whose default is only good for a laptop or a test run (a signing key, a seeded
 * password): loadConfig refuses that default unless NODE_ENV says `development` or `test`, so a
 * deployment that forgets NODE_ENV fails at start instead of running on a secret in the repository.
 */
export function LocalDefault(sameAs: SameAsLocalDefault = identical): PropertyDecorator {
  return (target, property) => {
    const inherited = (Reflect.getMetadata(LOCAL_DEFAULTS, target) ?? []) as Marked[];
    Reflect.defineMetadata(LOCAL_DEFAULTS, [...inherited, { name: property, sameAs }], target);
  };
}

/**
 * The variables of `config` that still hold their local default while `nodeEnv` (as the
 * environment gave it, before any default) is not a local one, each with why it is refused.
 */
export function refusedLocalDefaults<T extends object>(
  schema: new () => T,
  config: T,
  nodeEnv: string | undefined,
): string[] {
  if (isLocalEnvironment(nodeEnv)) return [];
  const defaults = new schema() as Record<string | symbol, unknown>;
  const marked = (Reflect.getMetadata(LOCAL_DEFAULTS, schema.prototype) ?? []) as Marked[];
  return marked
    .filter(({ name, sameAs }) => sameAs((config as Record<string | symbol, unknown>)[name], defaults[name]))
    .map(
      ({ name }) =>
        `${String(name)}: its local default is accepted only when NODE_ENV is development or test ` +
        `(NODE_ENV is ${nodeEnv === undefined ? 'unset' : JSON.stringify(nodeEnv)}); set a value of your own`,
    );
}
