import { parseDockerfile } from './parse-dockerfile';
import { stageChain } from './stage-chain';

const dockerfile = parseDockerfile(
  [
    'ARG FLAVOUR=small',
    'FROM debian:12 AS base',
    'FROM base AS flavour-small',
    'FROM base AS flavour-large',
    'FROM flavour-${FLAVOUR} AS final',
  ].join('\n'),
);

describe('stageChain', () => {
  it('follows the last stage back to its image with the global ARG default', () => {
    const sut = stageChain(dockerfile);

    expect(sut.image).toBe('debian:12');
    expect(sut.stages.map((stage) => stage.name)).toEqual(['base', 'flavour-small', 'final']);
  });

  it('lets a build argument pick the stage', () => {
    const sut = stageChain(dockerfile, { FLAVOUR: 'large' });

    expect(sut.stages.map((stage) => stage.name)).toEqual(['base', 'flavour-large', 'final']);
  });

  it('treats a name that is no earlier stage as an external image', () => {
    const sut = stageChain(dockerfile, { FLAVOUR: 'unknown' });

    expect(sut).toEqual({ image: 'flavour-unknown', stages: [dockerfile.stages.at(-1)] });
  });
});
