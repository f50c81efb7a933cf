-- title: Hottest pages by L2 misses (every miss, detailed level)
-- requires: cache_missed
-- absent: the trace has no CacheMissed events: per-miss events are recorded only with --level detailed
-- chart: stacked x=machine_page y=misses_local,misses_remote title="L2 misses of the hottest pages" axis="misses"
-- One pass over the misses with the group_sums hash aggregate (see group-sums.ts):
-- the key packs the page and its home node (page * 256 + node; nodes < 256).
WITH tally AS (
  SELECT group_sums(machine_address / 4096 * 256 + home_node, node = home_node, latency_ticks) AS groups
  FROM cache_missed
), page AS (
  SELECT value ->> 0 AS key, value ->> 1 AS misses, value ->> 2 AS misses_local, value ->> 3 AS latency_ticks
  FROM tally, json_each(tally.groups)
)
SELECT
  key / 256 AS machine_page, -- the machine page (address / 4096)
  key % 256 AS home_node, -- the node whose memory holds it
  misses, -- L2 misses to the page, from every CPU
  misses_local, -- misses from CPUs on the home node
  misses - misses_local AS misses_remote, -- misses from CPUs on other nodes
  round(100.0 * misses_local / misses, 1) AS local_pct, -- percent of the page's misses served locally
  round(latency_ticks / 1e6, 1) AS stall_us -- stall the page's misses cost, µs summed over CPUs
FROM page
ORDER BY misses DESC, machine_page
LIMIT :top;
