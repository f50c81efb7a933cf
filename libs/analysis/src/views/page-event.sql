-- view: page_event
-- One row per signal or decision about a machine page, in seq order: the
-- hardware's hot-page interrupts and the monitor's decisions on them, one
-- source per event table (views/page-event/*.sql, each one SELECT of these
-- columns, used when its table is in the trace).
--   seq, tick       the event's position and simulated time (ps)
--   event           'hot-page-flagged', 'migrated', 'replicated', 'replica-collapsed', 'migration-declined',
--                   'interleaved' (Carrefour: a migration to even out the memory controllers)
--   machine_page    the machine page (address / 4096) the event is about
--   home_node       the node whose memory holds the page (NULL where the event does not say)
--   node            the node that caused it: the counter that crossed the
--                   threshold, a move's destination, the writer that collapsed
--                   replicas, the dominant node of a declined migration, an
--                   interleaved page's destination
--   cpu             the CPU the event was recorded on
--   latency_ticks   time the action took (NULL for a signal such as a flag)
--   provenance      JSON: the counters and thresholds behind the event
CREATE TEMP VIEW page_event(seq, tick, event, machine_page, home_node, node, cpu, latency_ticks, provenance) AS
{{sources}}
ORDER BY seq;
