/** One instruction, its continuation lines joined: `RUN a \ && b` gives args `a && b`. */
export interface DockerfileInstruction {
  /** Upper-cased: FROM, RUN, USER, ... */
  keyword: string;
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
}

export interface DockerfileStage {
  /** What FROM names: an image or an earlier stage, build arguments not yet substituted. */
  from: string;
  /** The `AS` name, lower-cased (stage names are case-insensitive); undefined when unnamed. */
  name?: string;
  /** The instructions after FROM, up to the next FROM. */
  instructions: DockerfileInstruction[];
}

export interface Dockerfile {
  /** ARG instructions before the first FROM: the only arguments FROM lines may use. */
  globalArgs: DockerfileInstruction[];
  stages: DockerfileStage[];
}

/**
 * Splits a Dockerfile into stages of instructions, enough to check what an image will be without
 * a Docker engine. It follows the reference's line rules (comments, parser directives and blank
 * lines skipped, also inside continuations; `\` continues a line) but not heredocs or a custom
 * escape directive, which Pollen's Dockerfile does not use.
 */
export function parseDockerfile(text: string): Dockerfile {
  const result: Dockerfile = { globalArgs: [], stages: [] };
  for (const instruction of instructions(text)) {
    const stage = result.stages.at(-1);
    if (instruction.keyword === 'FROM') {
      result.stages.push(fromInstruction(instruction));
    } else if (stage) {
      stage.instructions.push(instruction);
    } else if (instruction.keyword === 'ARG') {
      result.globalArgs.push(instruction);
    } else {
      throw new Error(`line ${instruction.line}: ${instruction.keyword} before the first FROM`);
    }
  }
  return result;
}

function* instructions(text: string): Generator<DockerfileInstruction> {
  let pending: { parts: string[]; line: number } | undefined;
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const continues = trimmed.endsWith('\\');
    const part = continues ? trimmed.slice(0, -1).trim() : trimmed;
    pending ??= { parts: [], line: index + 1 };
    pending.parts.push(part);
    if (continues) continue;
    yield toInstruction(pending.parts.join(' '), pending.line);
    pending = undefined;
  }
  if (pending) yield toInstruction(pending.parts.join(' '), pending.line);
}

function toInstruction(text: string, line: number): DockerfileInstruction {
  const match = /^(\S+)\s*(.*)$/s.exec(text);
  if (!match) throw new Error(`line ${line}: cannot read "${text}"`);
  return { keyword: match[1].toUpperCase(), args: match[2].trim(), line };
}

function fromInstruction(instruction: DockerfileInstruction): DockerfileStage {
  const words = instruction.args.split(/\s+/).filter((word) => !word.startsWith('--'));
  const [from, as, name] = words;
  if (!from || (as !== undefined && (as.toUpperCase() !== 'AS' || !name))) {
    throw new Error(`line ${instruction.line}: cannot read FROM ${instruction.args}`);
  }
  return { from, name: name?.toLowerCase(), instructions: [] };
}
