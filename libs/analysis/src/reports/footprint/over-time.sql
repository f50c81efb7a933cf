-- title: Virtual and machine footprint over time (about 2 × --top samples, evenly spaced, and the last)
-- requires: footprint_sample
-- absent: the trace has no FootprintSample events: no OS ran (or a native trace recorded before native runs sampled their footprint)
-- chart: bar x=ms y=saved_mb title="Memory saved by sharing over time (V - M)" axis="MB"
WITH t AS (
  SELECT tick,
    coalesce(sum(CASE WHEN vm >= 0 THEN total_pages END), sum(CASE WHEN vm = -1 THEN total_pages END)) AS virtual_pages,
    sum(CASE WHEN vm = -1 THEN total_pages END) AS machine_pages,
    sum(CASE WHEN vm = -1 THEN shared_pages END) AS shared_pages
  FROM footprint_sample GROUP BY tick
),
n AS (SELECT t.*, row_number() OVER (ORDER BY tick) AS i, count(*) OVER () AS samples FROM t)
SELECT
  round(tick / 1e9, 3) AS ms, -- simulated time of the sample, ms
  round(virtual_pages * 4 / 1024.0, 2) AS virtual_mb, -- the VMs' footprints summed (V; natively the machine's, nothing being shared), MB
  round(machine_pages * 4 / 1024.0, 2) AS machine_mb, -- machine pages in use (M), MB
  round((virtual_pages - machine_pages) * 4 / 1024.0, 2) AS saved_mb, -- V - M, MB
  round(shared_pages * 4 / 1024.0, 2) AS shared_mb -- machine pages mapped by more than one guest-physical page, MB
FROM n
WHERE (i - 1) % max(1, (samples + 2 * :top - 1) / (2 * :top)) = 0 OR i = samples
ORDER BY tick;
