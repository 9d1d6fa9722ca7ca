import { Dockerfile, DockerfileStage } from './parse-dockerfile';

export interface StageChain {
  /** The external image the chain starts from, e.g. node:20-bookworm-slim. */
  image: string;
  /** The stages from the one built on `image` down to the target, in build order. */
  stages: DockerfileStage[];
}

/**
 * Follows a stage's FROM back through earlier stages to an external image, with the given build
 * arguments (and the global ARG defaults) substituted: what `docker build --build-arg ...` with
 * that target would build on. The target is the last stage unless said otherwise.
 */
export function stageChain(
  dockerfile: Dockerfile,
  buildArgs: Record<string, string> = {},
  target: DockerfileStage | undefined = dockerfile.stages.at(-1),
): StageChain {
  if (!target) throw new Error('the Dockerfile has no stage');
  const args = { ...globalArgDefaults(dockerfile), ...buildArgs };
  const stages = [target];
  for (;;) {
    const from = substitute(stages[0].from, args);
    const index = dockerfile.stages.indexOf(stages[0]);
    const base = dockerfile.stages.slice(0, index).find((stage) => stage.name === from.toLowerCase());
    if (!base) return { image: from, stages };
    stages.unshift(base);
  }
}

function globalArgDefaults(dockerfile: Dockerfile): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const { args } of dockerfile.globalArgs) {
    const [name, ...value] = args.split('=');
    defaults[name.trim()] = value.join('=');
  }
  return defaults;
}

/** `${NAME}` and `$NAME` from args; an unknown name becomes '', as in Docker. */
function substitute(text: string, args: Record<string, string>): string {
  return text.replace(
    /\$\{(\w+)\}|\$(\w+)/g,
    (_match, braced?: string, bare?: string) => args[braced ?? bare ?? ''] ?? '',
  );
}
