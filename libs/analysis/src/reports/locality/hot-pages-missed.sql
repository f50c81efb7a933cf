-- title: Hottest pages by L2 misses (every miss, detailed level)
-- requires: cache_missed
-- absent: the trace has no CacheMissed events: per-miss events are recorded only with --level detailed
-- chart: stacked x=machine_page y=misses_local,misses_remote title="L2 misses of the hottest pages" axis="misses"
SELECT
  machine_address / 4096 AS machine_page, -- the machine page (address / 4096)
  home_node, -- the node whose memory holds it
  count(*) AS misses, -- L2 misses to the page, from every CPU
  sum(node = home_node) AS misses_local, -- misses from CPUs on the home node
  sum(node <> home_node) AS misses_remote, -- misses from CPUs on other nodes
  round(100.0 * sum(node = home_node) / count(*), 1) AS local_pct, -- percent of the page's misses served locally
  round(sum(latency_ticks) / 1e6, 1) AS stall_us -- stall the page's misses cost, µs summed over CPUs
FROM cache_missed
GROUP BY machine_page, home_node
ORDER BY misses DESC, machine_page
LIMIT :top;
