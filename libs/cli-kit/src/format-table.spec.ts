import { formatTable } from './format-table';

const table = { columns: ['name', 'n'], rows: [['a,b', 1], ['say "hi"', null], ['x', 22]] };

describe('formatTable', () => {
  it('aligns text columns left and numeric columns right', () => {
    expect(formatTable(table, 'table')).toBe(
      ['name         n', '--------  ----', 'a,b          1', 'say "hi"  NULL', 'x           22', '(3 rows)', ''].join('\n'),
    );
  });

  it('quotes CSV cells with commas and quotes (RFC 4180)', () => {
    expect(formatTable(table, 'csv')).toBe('name,n\r\n"a,b",1\r\n"say ""hi""",\r\nx,22\r\n');
  });

  it('writes JSON objects keyed by column', () => {
    expect(JSON.parse(formatTable(table, 'json'))).toEqual([
      { name: 'a,b', n: 1 },
      { name: 'say "hi"', n: null },
      { name: 'x', n: 22 },
    ]);
  });
});
