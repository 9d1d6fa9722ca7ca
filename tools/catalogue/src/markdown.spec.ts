import { code, Slugger, table } from './markdown';

describe('markdown', () => {
  it('writes compact tables, escaping pipes and line breaks in cells', () => {
    expect(table(['A', 'B'], [['x|y', 'one\ntwo']])).toBe('| A | B |\n| --- | --- |\n| x\\|y | one two |');
  });

  it('fences code that contains backticks', () => {
    expect(code('a`b')).toBe('`` a`b ``');
    expect(code('plain')).toBe('`plain`');
  });

  it('makes anchors as GitHub does, numbering repeats', () => {
    const sut = new Slugger();

    expect(sut.slug('`pollen.gateway.account-events.v1`')).toBe('pollengatewayaccount-eventsv1');
    expect(sut.slug('Topics, events and requests')).toBe('topics-events-and-requests');
    expect(sut.slug('Topics, events and requests')).toBe('topics-events-and-requests-1');
  });
});
