import { parseChart, parseColumnDocs, parseSqlHeader } from './sql-module';

describe('the .sql conventions', () => {
  const sql = [
    '-- title: Misses',
    '-- requires: counter_sample, cache_missed',
    '-- chart: stacked x=cpu y=a,b title="Two series" axis="µs"',
    '-- chart: bar y=c',
    'SELECT',
    '  cpu, -- the CPU',
    '  sum(x) AS a, -- first',
    '  round(y / 1e6, 1) AS "b" -- second, last column without a comma',
    'FROM t -- not a column doc? it is parsed but names no output column',
  ].join('\n');

  it('reads the header until the first statement line, keeping repeated keys in order', () => {
    const header = parseSqlHeader(sql);
    expect(header.get('title')).toEqual(['Misses']);
    expect(header.get('requires')).toEqual(['counter_sample, cache_missed']);
    expect(header.get('chart')).toHaveLength(2);
  });

  it('documents each output column from its trailing comment', () => {
    const docs = parseColumnDocs(sql);
    expect(docs.get('cpu')).toBe('the CPU');
    expect(docs.get('a')).toBe('first');
    expect(docs.get('b')).toBe('second, last column without a comma');
  });

  it('parses chart declarations and refuses malformed ones', () => {
    expect(parseChart('stacked x=cpu y=a,b title="Two series" axis="µs"')).toEqual({ mark: 'stacked', x: 'cpu', y: ['a', 'b'], title: 'Two series', axis: 'µs' });
    expect(parseChart('bar y=c')).toEqual({ mark: 'bar', x: null, y: ['c'], title: 'c', axis: null });
    expect(() => parseChart('pie y=c')).toThrow(/stacked/);
    expect(() => parseChart('bar x=a')).toThrow(/y=/);
  });
});
