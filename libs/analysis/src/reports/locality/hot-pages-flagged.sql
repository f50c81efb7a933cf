-- title: Hottest pages by hot-page interrupts (the directory's per-page miss counters)
-- requires: counter_sample
-- absent: the trace has no CounterSample events: it was not recorded on the hardware model, which counts misses per page
-- empty: no page's miss counter crossed the hot-page threshold in this run
-- chart: stacked x=machine_page y=home_misses,other_misses title="Counted misses of the hottest pages, from the home node vs others" axis="misses in the counters"
WITH flag AS (
  SELECT
    seq, tick, machine_page, home_node, trigger_node,
    (SELECT sum(value) FROM json_each(node_misses)) AS counted,
    json_extract(node_misses, '$[' || home_node || ']') AS at_home
  FROM hot_page_flagged
)
SELECT
  machine_page, -- the machine page (address / 4096)
  home_node, -- the node whose memory holds it
  count(*) AS interrupts, -- hot-page interrupts the page raised
  count(DISTINCT trigger_node) AS trigger_nodes, -- distinct nodes whose counter crossed the threshold
  sum(at_home) AS home_misses, -- misses from the home node in the counters at the interrupts, summed
  sum(counted) - sum(at_home) AS other_misses, -- misses from other nodes in the counters at the interrupts, summed
  round(100.0 * sum(at_home) / nullif(sum(counted), 0), 1) AS home_pct, -- percent of the counted misses that came from the home node
  round(min(tick) / 1e6, 3) AS first_us, -- simulated time of its first interrupt, µs
  round(max(tick) / 1e6, 3) AS last_us -- simulated time of its last interrupt, µs
FROM flag
GROUP BY machine_page, home_node
ORDER BY interrupts DESC, sum(counted) DESC, machine_page
LIMIT :top;
