-- wrk script for the load benchmark: POSTs /api/1/upload with distinct JPEGs. Every request puts a comment
-- segment carrying its own serial right after the JPEG's start marker, so no two bodies share an md5.
-- Environment: VISTAZO_BENCH_IMAGES (folder of img-N.jpg), VISTAZO_BENCH_COUNT, VISTAZO_BENCH_KEY, VISTAZO_BENCH_RUN.

local boundary = "vistazobenchboundary"
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

local images = {}
local serial = 0
local run = os.getenv("VISTAZO_BENCH_RUN") or "0"
local key = os.getenv("VISTAZO_BENCH_KEY")
local head = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"source\"; filename=\"bench.jpg\"\r\n"
    .. "Content-Type: image/jpeg\r\n\r\n"
local tail = "\r\n--" .. boundary .. "--\r\n"

function init(args)
  local folder = os.getenv("VISTAZO_BENCH_IMAGES")
  for i = 0, tonumber(os.getenv("VISTAZO_BENCH_COUNT")) - 1 do
    local file = assert(io.open(folder .. "/img-" .. i .. ".jpg", "rb"))
    images[#images + 1] = file:read("*a")
    file:close()
  end
end

request = function()
  serial = serial + 1
  local jpeg = images[(serial % #images) + 1]
  local comment = "vistazo bench " .. run .. "-" .. tostring(thread_id) .. "-" .. serial
  local length = #comment + 2
  local body = head .. "\255\216\255\254" .. string.char(math.floor(length / 256), length % 256) .. comment
      .. string.sub(jpeg, 3) .. tail
  return wrk.format("POST", "/api/1/upload?format=json", {
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
    ["X-API-Key"] = key,
  }, body)
end
