/**
 * Numbered schema migrations; `PRAGMA user_version` holds the number applied.
 * Migration i (from 0) takes a trace from version i to version i + 1. Never
 * edit a released migration: add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  -- One row: the run this file records.
  CREATE TABLE run (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    scenario_name TEXT NOT NULL,
    scenario_json TEXT NOT NULL,      -- the scenario exactly as run, defaults applied
    seed INTEGER NOT NULL,
    level TEXT NOT NULL,              -- 'default' | 'detailed'
    schema_version INTEGER NOT NULL,  -- this store schema (PRAGMA user_version)
    model_version TEXT NOT NULL,      -- version of the simulator that recorded it
    proto_file TEXT NOT NULL,         -- name of the .proto in schema_file that decodes batch.bytes
    proto_message TEXT NOT NULL,      -- fully qualified message of batch.bytes
    batch_size INTEGER NOT NULL,      -- events per batch (the last may hold fewer)
    status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'incomplete', 'failed')),
    event_count INTEGER NOT NULL DEFAULT 0,
    batch_count INTEGER NOT NULL DEFAULT 0,
    final_hash TEXT,                  -- hex SHA-256 at the end of the batch hash chain
    sim_ticks INTEGER,                -- simulated time reached, in picoseconds
    started_at TEXT NOT NULL,         -- wall clock, ISO 8601 (metadata only)
    finished_at TEXT,
    wall_seconds REAL,
    error TEXT                        -- why a 'failed' run failed
  ) STRICT;

  -- The recorded event stream: protobuf Batch messages, hash-chained.
  -- hash = SHA-256(prev_hash || bytes); the first prev_hash is 32 zero bytes.
  CREATE TABLE batch (
    idx INTEGER PRIMARY KEY,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    first_tick INTEGER NOT NULL,
    last_tick INTEGER NOT NULL,
    event_count INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
  ) STRICT;

  -- The event kinds this trace knows. Each has a typed table named table_name
  -- (seq, tick, cpu, node, vm, then its payload fields), created with the trace
  -- from the .proto it was recorded with; the view 'events' unites them.
  CREATE TABLE event_kind (
    id INTEGER PRIMARY KEY,           -- the payload's field number in Event
    name TEXT NOT NULL UNIQUE,        -- message name, e.g. 'TlbMissed'
    table_name TEXT NOT NULL UNIQUE,  -- e.g. 'tlb_missed'
    columns TEXT NOT NULL             -- JSON array of {name, type, proto_type, repeated}
  ) STRICT;

  -- Schema files shipped inside the trace (events.proto), for protoc.
  CREATE TABLE schema_file (
    name TEXT PRIMARY KEY,
    text TEXT NOT NULL
  ) STRICT;
  `,
  `
  -- Names of the enum values that payload columns hold as integers, e.g.
  -- SELECT e.name, count(*) FROM kernel_service_completed k
  --   JOIN enum_value e ON e.enum_name = 'GuestService' AND e.value = k.service GROUP BY 1;
  CREATE TABLE enum_value (
    enum_name TEXT NOT NULL,          -- the enum in events.proto, e.g. 'TimeBucket'
    value INTEGER NOT NULL,
    name TEXT NOT NULL,               -- e.g. 'TIME_USER'
    PRIMARY KEY (enum_name, value)
  ) STRICT;
  `,
  `
  -- L2 misses per machine page (detailed traces), summed by the recorder and
  -- written when the run ends, for hottest-page rankings without a scan of
  -- cache_missed. Empty while a run is 'running' (or was killed): then only
  -- cache_missed has the truth.
  CREATE TABLE page_miss (
    machine_page INTEGER NOT NULL,    -- machine address / 4096
    home_node INTEGER NOT NULL,       -- node whose memory holds the page
    misses INTEGER NOT NULL,          -- CacheMissed events to the page
    misses_local INTEGER NOT NULL,    -- of which from CPUs on the home node
    latency_ticks INTEGER NOT NULL,   -- stall they cost, summed over CPUs
    PRIMARY KEY (machine_page, home_node)
  ) STRICT;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
