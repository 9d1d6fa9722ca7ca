import { parseDockerfile } from './parse-dockerfile';

describe('parseDockerfile', () => {
  it('splits stages at FROM, keeping global ARGs apart and names lower-cased', () => {
    const sut = parseDockerfile(
      ['ARG SERVICE', 'FROM node:20 AS Build', 'RUN npm ci', 'FROM build', 'USER node'].join('\n'),
    );

    expect(sut.globalArgs.map((arg) => arg.args)).toEqual(['SERVICE']);
    expect(sut.stages).toEqual([
      { from: 'node:20', name: 'build', instructions: [{ keyword: 'RUN', args: 'npm ci', line: 3 }] },
      { from: 'build', name: undefined, instructions: [{ keyword: 'USER', args: 'node', line: 5 }] },
    ]);
  });

  it('joins continuation lines and skips comments and blank lines, also inside a continuation', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'FROM --platform=linux/amd64 alpine',
      'RUN a \\',
      '  # why b',
      '',
      '  && b',
      'user  root',
    ].join('\n');

    const sut = parseDockerfile(text);

    expect(sut.stages[0].from).toBe('alpine');
    expect(sut.stages[0].instructions).toEqual([
      { keyword: 'RUN', args: 'a && b', line: 3 },
      { keyword: 'USER', args: 'root', line: 7 },
    ]);
  });

  it('refuses an instruction other than ARG before the first FROM', () => {
    expect(() => parseDockerfile('RUN echo\nFROM alpine')).toThrow(/line 1: RUN before the first FROM/);
  });
});
