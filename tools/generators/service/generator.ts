import { join } from 'node:path';

import { formatFiles, generateFiles, type GeneratorCallback, logger, runTasksInSerial, type Tree } from '@nx/devkit';

import aggregateGenerator from '../aggregate/generator';
import { article, assertKebabCase, nameVariants, singular } from '../shared/names';
import {
  addServiceEntry,
  insertBeforeLine,
  Paths,
  readServices,
  regenerateCatalogueDocs,
  renderSnippet,
  sortImports,
} from '../shared/workspace';
import usecaseGenerator from '../usecase/generator';

export interface ServiceGeneratorOptions {
  name: string;
  port?: number;
  aggregate?: string;
  description?: string;
  skipFormat?: boolean;
}

/**
 * `nx g @pollen/tools:service <name> [--port n]`: a service that builds, lints, starts and reports
 * ready with no hand edits. It answers no request and reads no topic yet: those are declared in the
 * message catalogue, and `nx g @pollen/tools:consumer` wires them.
 */
export default async function serviceGenerator(
  tree: Tree,
  options: ServiceGeneratorOptions,
): Promise<GeneratorCallback> {
  const name = options.name;
  assertKebabCase(name, 'the service name');
  const services = readServices(tree);
  if (services.some((service) => service.name === name) || tree.exists(Paths.app(name))) {
    throw new Error(`a service "${name}" already exists`);
  }
  const port = options.port ?? Math.max(...services.map((service) => service.port)) + 1;
  const taken = services.find((service) => service.port === port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be a TCP port, not ${port}`);
  if (taken) throw new Error(`port ${port} is already ${taken.name}'s`);
  // Health and metrics: the next management port, unless that is some service's API port.
  const managementPort = Math.max(...services.flatMap((service) => [service.managementPort, port])) + 1;

  const aggregate = nameVariants(options.aggregate ?? singular(name));
  generateFiles(tree, join(__dirname, 'files'), Paths.app(name), {
    ...nameVariants(name),
    name,
    description: options.description ?? `The ${name} service.`,
    aggregate,
    aggregateFactory: `${article(aggregate.className)}${aggregate.className}`,
  });

  addServiceEntry(tree, { name, port, managementPort });
  const values = { name, port, managementPort };
  insertBeforeLine(
    tree,
    Paths.dockerfile,
    /^# ---- runtime:/m,
    renderSnippet(join(__dirname, 'snippets', 'Dockerfile.stage.template'), values),
  );
  insertBeforeLine(
    tree,
    Paths.compose,
    /^volumes:/m,
    renderSnippet(join(__dirname, 'snippets', 'docker-compose.service.yml.template'), values),
  );

  await aggregateGenerator(tree, { service: name, name: aggregate.fileName, skipFormat: true });
  await usecaseGenerator(tree, {
    service: name,
    name: `get-${aggregate.fileName}`,
    aggregate: aggregate.fileName,
    skipFormat: true,
  });

  if (!options.skipFormat) await formatFiles(tree);
  return runTasksInSerial(sortImports(tree), regenerateCatalogueDocs(tree), () =>
    logger.info(
      [
        `${name} listens on ${port} (health and metrics on ${managementPort}); npm start and npm test now include it.`,
        `Next: declare its requests and events in libs/contracts (nx g @pollen/tools:event),`,
        `then wire them with nx g @pollen/tools:consumer --service ${name} --topic <topicKey> --kind requests|events.`,
      ].join('\n'),
    ),
  );
}
