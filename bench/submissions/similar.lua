-- wrk script: GET /api/v1/submissions/similar?text=<a different draft title each time>.
--
--   wrk -t2 -c4 -d20s --latency -s similar.lua http://127.0.0.1:PORT
--
-- The texts are what a resident might be typing as a title, in English (3 of 4) or Spanish, built from topic,
-- frame and place word lists (4,096 combinations, walked with a counter); most share words with the seeded
-- titles, some do not (words the index has never seen). done() prints "RESULT key value" lines: responses by
-- status, how many answers suggested at least one submission, requests/s and latency percentiles in ms
-- (p95 from wrk's own latency histogram).

local topics_en = { "child care", "child care waiting list", "housing", "rental assistance", "SNAP benefits", "Medicaid renewals",
  "road repairs", "potholes", "school attendance", "school bus", "jobs training", "broadband internet speed", "drinking water arsenic",
  "police stops data", "mental health counseling", "wildfire smoke air quality" }
local topics_es = { "cuidado infantil", "vivienda", "ayuda para la renta", "beneficios de SNAP", "renovaciones de Medicaid",
  "carreteras baches", "ausentismo escolar", "autobús escolar", "empleos y salarios", "internet banda ancha", "agua potable",
  "datos policiales", "salud mental", "humo de incendios", "listas de espera guarderías", "capacitación laboral" }
local frames_en = { "how many %s in %s", "%s data for %s County", "%s for seniors in %s", "can the state publish %s %s",
  "%s by ZIP code %s", "families waiting %s %s", "%s trends since 2015 in %s", "library hours and %s near %s" }
local frames_es = { "cuántas familias %s en %s", "datos de %s en el condado de %s", "%s para personas mayores %s",
  "publicar cifras de %s %s", "%s por código postal %s", "esperan %s en %s", "%s desde 2015 en %s", "horario de bibliotecas y %s %s" }
local places = { "Bernalillo", "Doña Ana", "Santa Fe", "Sandoval", "San Juan", "McKinley", "Chaves", "Lea", "Otero", "Taos",
  "Rio Arriba", "Valencia", "Grant", "Luna", "Cibola", "Socorro" }

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = (tid or 0) * 100003 -- the threads start far apart
  statuses, with_suggestions = {}, 0
end

function request()
  local i = counter
  counter = counter + 1
  local spanish = i % 4 == 3
  local topics, frames = spanish and topics_es or topics_en, spanish and frames_es or frames_en
  local topic = topics[(math.floor(i / 4) % 16) + 1]
  local frame = frames[(math.floor(i / 64) % 8) + 1]
  local place = places[(math.floor(i / 7) % 16) + 1]
  return wrk.format("GET", "/api/v1/submissions/similar?text=" .. encode(string.format(frame, topic, place)))
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 200 and body ~= "[]" then with_suggestions = with_suggestions + 1 end
end

function done(summary, latency, requests)
  local counts, suggested = {}, 0
  for _, thread in ipairs(threads) do
    for k, v in pairs(thread:get("statuses")) do counts[k] = (counts[k] or 0) + v end
    suggested = suggested + thread:get("with_suggestions")
  end
  local ok, other = 0, 0
  for k, v in pairs(counts) do
    io.write(string.format("RESULT status_%s %d\n", k, v))
    if k == 200 then ok = ok + v else other = other + v end
  end
  local e = summary.errors
  io.write(string.format("RESULT ok %d\nRESULT not_ok %d\nRESULT with_suggestions %d\n", ok, other, suggested))
  io.write(string.format("RESULT socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
  io.write(string.format("RESULT requests %d\nRESULT duration_s %.3f\n", summary.requests, summary.duration / 1e6))
  for _, p in ipairs({ 50, 75, 90, 95, 99 }) do
    io.write(string.format("RESULT p%d_ms %.2f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("RESULT max_ms %.2f\n", latency.max / 1000))
end
