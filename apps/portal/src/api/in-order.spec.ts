import { inOrder } from './in-order';

type Colour = 'red' | 'green' | 'blue';

describe('a list of codes in a page’s order', () => {
  it('keeps the order it is given', () => {
    expect(inOrder<Colour>()(['blue', 'red', 'green'])).toEqual(['blue', 'red', 'green']);
  });

  it('does not compile when a code is missing (tsc checks the expected error)', () => {
    // @ts-expect-error 'blue' is missing
    const partial = inOrder<Colour>()(['red', 'green']);
    expect(partial).toEqual(['red', 'green']);
  });
});
