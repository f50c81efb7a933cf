import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { runCli, tempDir } from '@disco/cli-kit/testing';

// The exports read by DuckDB itself: what a user of another tool gets.
let dir: string;
let cleanup: () => void;
let trace: string;
let duck: DuckDBConnection;
let instance: DuckDBInstance;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  const scenario = path.join(dir, 'x.json');
  writeFileSync(scenario, JSON.stringify({ name: 'x', model: 'hardware', machine: { cpus: 2 }, hardware: { durationUs: 200, sampleIntervalUs: 100, pattern: 'private' } }));
  trace = path.join(dir, 'x.db');
  const r = runCli('record', [scenario, '--out', trace, '--quiet']);
  if (r.status !== 0) throw new Error(r.stderr);
  for (const format of ['parquet', 'csv']) {
    const e = runCli('analyze', [trace, 'export', format, path.join(dir, format), '--quiet']);
    if (e.status !== 0) throw new Error(e.stderr);
  }
  instance = await DuckDBInstance.create(':memory:');
  duck = await instance.connect();
});
afterAll(() => {
  duck?.closeSync();
  instance?.closeSync();
  cleanup();
});

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await duck.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

/** What the trace itself says, through disco-analyze sql. */
function fromTrace(sql: string): Record<string, unknown>[] {
  return JSON.parse(runCli('analyze', [trace, 'sql', sql, '--json']).stdout);
}

describe.each(['parquet', 'csv'])('DuckDB reads the %s export', (format) => {
  const file = (table: string) => `'${path.join(dir, format, `${table}.${format}`)}'`;
  const read = (table: string) => (format === 'parquet' ? `read_parquet(${file(table)})` : `read_csv(${file(table)}, header = true)`);

  it("events.args is JSON: args->>'$.cpus' is the machine's CPU count", async () => {
    const started = await rows(`SELECT args->>'$.cpus' AS cpus, args->>'$.scenario_name' AS name FROM ${read('events')} WHERE kind = 'RunStarted'`);
    expect(started).toEqual([{ cpus: '2', name: 'x' }]);
    if (format === 'parquet') {
      const types = await rows(`SELECT column_type FROM (DESCRIBE SELECT args FROM ${read('events')})`);
      expect(types).toEqual([{ column_type: 'JSON' }]);
    }
  });

  it('every JSON payload parses, and per kind the sums agree with the trace', async () => {
    const bad = await rows(`SELECT count(*)::INTEGER AS n FROM ${read('events')} WHERE json_valid(args::VARCHAR) IS NOT TRUE OR json_type(args::JSON) <> 'OBJECT'`);
    expect(bad).toEqual([{ n: 0 }]);
    const duckSums = await rows(
      `SELECT sum((args->>'$.exec_ticks')::BIGINT)::BIGINT AS exec, count(*)::INTEGER AS n FROM ${read('events')} WHERE kind = 'ExecutionSample'`,
    );
    const [own] = fromTrace(`SELECT sum(json_extract(args, '$.exec_ticks')) AS exec, count(*) AS n FROM events WHERE kind = 'ExecutionSample'`);
    expect(own!.n).toBeGreaterThan(0);
    expect(duckSums).toEqual([{ exec: BigInt(own!.exec as number), n: own!.n }]);
  });

  it('a typed table has the typed rows of the trace', async () => {
    const [own] = fromTrace('SELECT count(*) AS n, sum(instructions) AS instructions FROM counter_sample');
    const theirs = await rows(`SELECT count(*)::INTEGER AS n, sum(instructions)::BIGINT AS instructions FROM ${read('counter_sample')}`);
    expect(theirs).toEqual([{ n: own!.n, instructions: BigInt(own!.instructions as number) }]);
  });
});
