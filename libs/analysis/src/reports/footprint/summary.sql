-- title: Virtual vs machine memory footprint by kind at the end of the measured window (Figure 6)
-- requires-any: footprint_sample, guest_memory_sampled
-- absent: the trace has no FootprintSample (monitor) or GuestMemorySampled (guest OS) events: no OS or monitor ran
-- compare: yes
-- key: footprint
-- chart: stacked x=footprint y=kernel_data_mb,kernel_text_mb,buffer_cache_mb,user_mb,monitor_mb,replica_mb title="Memory footprint (Figure 6)" axis="MB"
-- Under Disco: the last FootprintSample of every VM (vm >= 0, summed: the
-- virtual footprint V, no sharing) and of the machine (vm = -1: distinct
-- machine pages, the machine footprint M). A native run has only the
-- machine's FootprintSample, counted as Disco counts a VM (pages the OS holds
-- that the machine has referenced: a buffer never filled is not memory in
-- use on either platform); nothing is shared, so V = M. A native trace
-- recorded before that sample existed falls back to the guest's last
-- GuestMemorySampled (every page the OS holds, touched or not); its page
-- tables and mbufs count as kernel data.
WITH w AS (SELECT end_tick FROM measure_window),
last_fp AS (
  SELECT f.* FROM footprint_sample AS f
  JOIN (SELECT vm, max(seq) AS seq FROM footprint_sample, w WHERE tick <= w.end_tick GROUP BY vm) AS l ON l.seq = f.seq
),
last_guest AS (
  SELECT g.* FROM guest_memory_sampled AS g
  JOIN (SELECT vm, max(seq) AS seq FROM guest_memory_sampled, w WHERE tick <= w.end_tick GROUP BY vm) AS l ON l.seq = g.seq
  WHERE NOT EXISTS (SELECT 1 FROM footprint_sample)
),
rows AS (
  SELECT 'virtual' AS footprint, 1 AS ord, count(*) AS vms, sum(kernel_data_pages) AS kd, sum(kernel_text_pages) AS kt, sum(buffer_cache_pages) AS bc,
         sum(user_pages) AS us, sum(monitor_pages) AS mon, sum(replica_pages) AS rep, sum(total_pages) AS total, 'FootprintSample' AS source
  FROM last_fp WHERE vm >= 0 HAVING count(*) > 0
  UNION ALL
  SELECT kind.footprint, kind.ord, (SELECT count(*) FROM last_fp WHERE vm >= 0), kernel_data_pages, kernel_text_pages, buffer_cache_pages,
         user_pages, monitor_pages, replica_pages, total_pages, 'FootprintSample'
  FROM last_fp,
       (SELECT 'machine' AS footprint, 2 AS ord UNION ALL SELECT 'virtual', 1 WHERE NOT EXISTS (SELECT 1 FROM last_fp WHERE vm >= 0)) AS kind
  WHERE vm = -1
  UNION ALL
  SELECT kind.footprint, kind.ord, 0, sum(kernel_data_pages + page_table_pages + mbuf_pages), sum(kernel_text_pages), sum(buffer_cache_pages),
         sum(user_pages), 0, 0, sum(kernel_data_pages + page_table_pages + mbuf_pages + kernel_text_pages + buffer_cache_pages + user_pages), 'GuestMemorySampled'
  FROM last_guest, (SELECT 'virtual' AS footprint, 1 AS ord UNION ALL SELECT 'machine', 2) AS kind
  GROUP BY kind.footprint HAVING count(*) > 0
)
SELECT
  footprint, -- 'virtual': the VMs' footprints summed (V, as if nothing were shared); 'machine': machine pages in use (M)
  vms, -- VMs summed (0: a native run, whose virtual and machine rows are the same)
  round(kd * 4 / 1024.0, 2) AS kernel_data_mb, -- kernel (IRIX) data, MB
  round(kt * 4 / 1024.0, 2) AS kernel_text_mb, -- kernel text, MB
  round(bc * 4 / 1024.0, 2) AS buffer_cache_mb, -- buffer cache, MB
  round(us * 4 / 1024.0, 2) AS user_mb, -- user pages, MB (not in Figure 6's legend; shown so the parts add up)
  round(mon * 4 / 1024.0, 2) AS monitor_mb, -- the monitor's own memory (Disco), MB
  round(rep * 4 / 1024.0, 2) AS replica_mb, -- NUMA replicas, MB
  round(total * 4 / 1024.0, 2) AS total_mb, -- the whole footprint, MB
  source -- events it comes from: FootprintSample (monitor) or GuestMemorySampled (native guest)
FROM rows
ORDER BY ord;
