-- title: Hot-page interrupts by home node, and whose misses raised them
-- requires: counter_sample
-- absent: the trace has no CounterSample events: it was not recorded on the hardware model
-- empty: no page's miss counter crossed the hot-page threshold in this run
-- compare: yes
-- key: home_node
-- chart: stacked x=home_node y=by_home_node,by_other_nodes title="Hot-page interrupts by the page's home node" axis="interrupts"
SELECT
  home_node, -- the node whose memory holds the pages
  count(*) AS interrupts, -- hot-page interrupts for its pages
  count(DISTINCT machine_page) AS pages, -- distinct pages flagged
  sum(node = home_node) AS by_home_node, -- interrupts raised by the home node's own misses
  sum(node <> home_node) AS by_other_nodes -- interrupts raised by another node's misses (candidates to migrate or replicate)
FROM page_event
WHERE event = 'hot-page-flagged'
GROUP BY home_node
ORDER BY home_node;
