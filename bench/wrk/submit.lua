-- POST case submissions as a window clerk would: a valid resident ID number (GB 11643 check character), one of the
-- catalogue's items, and an Idempotency-Key unique to each request (thread number and counter).
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local items = {"yidi-jiuyi-beian", "hukou-qianyi", "shebao-guanxi-zhuanyi", "jiashizheng-buhuan"}
local weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
local checks = {"1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"}
local threads = 0

local function resident_id(n)
  local body = string.format("511623%04d%02d%02d%03d", 1960 + n % 40, 1 + n % 12, 1 + n % 28, n % 1000)
  local sum = 0
  for k = 1, 17 do sum = sum + tonumber(body:sub(k, k)) * weights[k] end
  return body .. checks[sum % 11 + 1]
end

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local counter = 0
local headers = {}

function init(args)
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  headers["Idempotency-Key"] = string.format("%s-%d-%d", os.getenv("BENCH_RUN") or "bench", tid, counter)
  local body = string.format(
    '{"itemCode":"%s","applicant":{"kind":"PERSON","name":"压测申请人","idNumber":"%s"},' ..
    '"acceptingDistrict":"511623","acceptingWindow":"bench wrk %d-%d","handlingDistrict":"%s"}',
    items[counter % #items + 1], resident_id(counter), tid, counter, counter % 2 == 0 and "511623" or "500112")
  return wrk.format("POST", "/api/common-handling/cases", headers, body)
end
