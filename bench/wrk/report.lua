-- Shared by every wrk script of ./platform bench: at the end of a run, append one JSON line with the same fields
-- as bench.jar load writes (mode "closed": wrk keeps its connections busy, there is no offered rate).
-- BENCH_SCENARIO names the row, BENCH_OUT is the results file.
function done(summary, latency, requests)
  local e = summary.errors
  local failed = e.connect + e.read + e.write + e.timeout + e.status
  local seconds = summary.duration / 1e6
  local ms = function(us) return us / 1000 end
  local line = string.format(
    '{"scenario":"%s","tool":"wrk","mode":"closed","offeredRate":null,"seconds":%.1f,"sent":%d,"completed":%d,' ..
    '"errors":%d,"throughput":%.1f,"p50":%.1f,"p90":%.1f,"p99":%.1f,"p999":%.1f,"max":%.1f}',
    os.getenv("BENCH_SCENARIO") or "wrk", seconds, summary.requests, summary.requests - e.status, failed,
    (summary.requests - e.status) / seconds, ms(latency:percentile(50)), ms(latency:percentile(90)),
    ms(latency:percentile(99)), ms(latency:percentile(99.9)), ms(latency.max))
  local out = io.open(os.getenv("BENCH_OUT") or "/dev/stdout", "a")
  out:write(line, "\n")
  out:close()
end
