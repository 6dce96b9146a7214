import { withholdSmallCells } from './small-cells';

describe(withholdSmallCells.name, () => {
  it('publishes counts of five and more, and withholds smaller ones', () => {
    expect(withholdSmallCells([{ key: 'a', count: 12 }, { key: 'b', count: 5 }, { key: 'c', count: 4 }, { key: 'd', count: 1 }], true)).toEqual([
      { key: 'a', count: 12 },
      { key: 'b', count: 5 },
      { key: 'c', count: null },
      { key: 'd', count: null },
    ]);
  });

  it('withholds the next smallest too when a lone small count could be worked out from the published total', () => {
    expect(withholdSmallCells([{ key: 'a', count: 20 }, { key: 'b', count: 7 }, { key: 'c', count: 2 }], true)).toEqual([
      { key: 'a', count: 20 },
      { key: 'b', count: null },
      { key: 'c', count: null },
    ]);
  });

  it('needs no second withheld count when the total is not published either', () => {
    expect(withholdSmallCells([{ key: 'a', count: 20 }, { key: 'c', count: 2 }], false)).toEqual([
      { key: 'a', count: 20 },
      { key: 'c', count: null },
    ]);
  });
});
