-- title: Footprint of every VM and of the machine at the end of the measured window
-- requires: footprint_sample
-- absent: the trace has no FootprintSample events: no OS ran, or a native trace recorded before native runs sampled their footprint (see footprint/summary for its guest's memory)
-- compare: yes
-- key: vm
-- chart: stacked x=vm y=kernel_data_mb,kernel_text_mb,buffer_cache_mb,user_mb,monitor_mb,replica_mb title="Footprint per VM (machine: -1)" axis="MB"
WITH l AS (
  SELECT f.* FROM footprint_sample AS f
  JOIN (SELECT vm, max(seq) AS seq FROM footprint_sample, measure_window AS w WHERE tick <= w.end_tick GROUP BY vm) AS last ON last.seq = f.seq
)
SELECT
  vm, -- the VM; -1 is the machine footprint (distinct machine pages)
  round(kernel_data_pages * 4 / 1024.0, 2) AS kernel_data_mb, -- kernel data, MB
  round(kernel_text_pages * 4 / 1024.0, 2) AS kernel_text_mb, -- kernel text, MB
  round(buffer_cache_pages * 4 / 1024.0, 2) AS buffer_cache_mb, -- buffer cache, MB
  round(user_pages * 4 / 1024.0, 2) AS user_mb, -- user pages, MB
  round(monitor_pages * 4 / 1024.0, 2) AS monitor_mb, -- monitor memory, MB
  round(replica_pages * 4 / 1024.0, 2) AS replica_mb, -- NUMA replicas, MB
  round(total_pages * 4 / 1024.0, 2) AS total_mb, -- all of it, MB
  round(shared_pages * 4 / 1024.0, 2) AS shared_mb, -- VM: backed pages shared with others; machine: pages mapped by more than one guest-physical page, MB
  round(tick / 1e9, 3) AS at_ms -- simulated time of the sample, ms
FROM l
ORDER BY vm = -1, vm;
