-- title: Hottest pages by L2 misses (every miss, detailed level)
-- requires: cache_missed
-- absent: the trace has no CacheMissed events: per-miss events are recorded only with --level detailed
-- chart: stacked x=machine_page y=misses_local,misses_remote title="L2 misses of the hottest pages" axis="misses"
-- From page_miss_totals: the recorder's per-page sums when it finished, else one
-- pass over cache_missed (see analysis-views.ts).
SELECT
  machine_page, -- the machine page (address / 4096)
  home_node, -- the node whose memory holds it
  misses, -- L2 misses to the page, from every CPU
  misses_local, -- misses from CPUs on the home node
  misses - misses_local AS misses_remote, -- misses from CPUs on other nodes
  round(100.0 * misses_local / misses, 1) AS local_pct, -- percent of the page's misses served locally
  round(latency_ticks / 1e6, 1) AS stall_us -- stall the page's misses cost, µs summed over CPUs
FROM page_miss_totals
ORDER BY misses DESC, machine_page
LIMIT :top;
