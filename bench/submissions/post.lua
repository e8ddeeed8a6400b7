-- wrk script: POST a different realistic submission on every request to /api/v1/submissions.
--
--   wrk -t2 -c16 -d20s -s post.lua http://127.0.0.1:PORT -- RUN [mix|seed] [QUOTA]
--
-- RUN (0-7) keeps the texts of runs against the same database apart: request k of thread t in run r gets the
-- serial number g = k * 16 + r * 2 + t (in seed mode, with one thread, g = k), and every serial number gives a
-- different body (and, below 27,648, a different title), so the site's "same text in the last 24 h" check never
-- fires.
-- Texts are questions and use cases, in English (2 of 3) and Spanish (1 of 3), about child care, housing, SNAP,
-- Medicaid, roads, schools, jobs, broadband, water, police data, behavioral health and wildfire smoke, for a
-- group of people in a county; half of them also send the county field. No email addresses, so nothing is
-- queued in the outbox.
--   mix:  one request in 8 also contains a phone number ("call me at (505) 555-01xx"), which the site masks and
--         holds for review (still 201 Created, status "held").
--   seed: no phone numbers, so every submission should be published. A single thread (-t1) sends exactly QUOTA
--         submissions, then prints its counts and exits wrk at once (os.exit) without waiting for -d.
--
-- Results are printed as "RESULT key value" lines by done() (or by the seed exit): responses by status,
-- accepted (201) split into published and held, latency percentiles (ms), and accepted per wall-clock second
-- (from os.time, whole seconds) so the rate at the start and the end of a run can be compared.

local topics = {
  { en = "child care", es = "el cuidado infantil", prog_en = "child care assistance", prog_es = "la ayuda para el cuidado infantil",
    m_en = "waiting lists and open slots at licensed centers", m_es = "las listas de espera y los lugares libres en guarderías con licencia",
    agency = "Early Childhood Education and Care Department" },
  { en = "housing", es = "la vivienda", prog_en = "rental assistance", prog_es = "la ayuda para pagar la renta",
    m_en = "eviction filings and how much of their income renters pay", m_es = "los desalojos y cuánto de sus ingresos pagan los inquilinos",
    agency = "Mortgage Finance Authority" },
  { en = "SNAP", es = "SNAP", prog_en = "SNAP food benefits", prog_es = "los beneficios de comida de SNAP",
    m_en = "how many households apply and how long approvals take", m_es = "cuántos hogares solicitan y cuánto tarda la aprobación",
    agency = "Health Care Authority" },
  { en = "Medicaid", es = "Medicaid", prog_en = "Medicaid coverage", prog_es = "la cobertura de Medicaid",
    m_en = "renewals, disenrollments and the reasons given", m_es = "las renovaciones, las bajas y sus motivos",
    agency = "Health Care Authority" },
  { en = "road repairs", es = "las carreteras", prog_en = "road maintenance", prog_es = "el mantenimiento de caminos",
    m_en = "pothole reports and how long repairs take", m_es = "los reportes de baches y cuánto tardan las reparaciones",
    agency = "Department of Transportation" },
  { en = "school attendance", es = "las escuelas", prog_en = "school bus service", prog_es = "el transporte escolar",
    m_en = "chronic absence and bus ride times", m_es = "el ausentismo crónico y la duración de las rutas de autobús",
    agency = "Public Education Department" },
  { en = "jobs", es = "el empleo", prog_en = "job training programs", prog_es = "los programas de capacitación laboral",
    m_en = "job placements and wages after training", m_es = "los empleos y salarios después de la capacitación",
    agency = "Workforce Solutions" },
  { en = "broadband", es = "el internet de banda ancha", prog_en = "broadband grants", prog_es = "los fondos para banda ancha",
    m_en = "internet speeds and prices by provider", m_es = "la velocidad y el precio del internet por proveedor",
    agency = "Office of Broadband Access and Expansion" },
  { en = "drinking water", es = "el agua potable", prog_en = "water system upgrades", prog_es = "las mejoras de los sistemas de agua",
    m_en = "test results for arsenic and nitrate in small water systems", m_es = "los resultados de arsénico y nitratos en sistemas de agua pequeños",
    agency = "Environment Department" },
  { en = "police data", es = "los datos policiales", prog_en = "police stop reporting", prog_es = "los reportes de paradas policiales",
    m_en = "traffic stops, searches and use of force reports", m_es = "las paradas de tránsito, los registros y el uso de la fuerza",
    agency = "Department of Public Safety" },
  { en = "behavioral health", es = "la salud mental", prog_en = "crisis counseling", prog_es = "la atención en crisis",
    m_en = "wait times for counseling appointments", m_es = "los tiempos de espera para una cita de consejería",
    agency = "Behavioral Health Services Division" },
  { en = "wildfire smoke", es = "el humo de incendios", prog_en = "air quality alerts", prog_es = "las alertas de calidad del aire",
    m_en = "hourly air quality readings near schools", m_es = "la calidad del aire por hora cerca de las escuelas",
    agency = "Environment Department" },
}
local groups_en = { "families", "seniors", "veterans", "farmworkers", "students", "small businesses", "tribal members",
  "new parents", "renters", "rural residents", "people with disabilities", "single mothers" }
local groups_es = { "las familias", "las personas mayores", "los veteranos", "los trabajadores agrícolas", "los estudiantes",
  "los pequeños negocios", "los miembros de tribus", "los padres primerizos", "los inquilinos", "los residentes rurales",
  "las personas con discapacidad", "las madres solteras" }
local places = { "Bernalillo", "Doña Ana", "Santa Fe", "Sandoval", "San Juan", "McKinley", "Chaves", "Lea", "Otero", "Taos",
  "Rio Arriba", "Valencia", "Grant", "Luna", "Cibola", "Socorro" }
local roles_en = { "I run a small nonprofit", "I am a parent of two", "I teach middle school science", "I work at a rural clinic",
  "I serve on a neighborhood association", "I drive a school bus", "I volunteer at the food bank", "I am a retired nurse",
  "I own a small shop downtown", "I study public health" }
local roles_es = { "Trabajo en una organización pequeña", "Tengo dos hijos en la escuela", "Doy clases de ciencias",
  "Trabajo en una clínica rural", "Participo en la asociación del barrio", "Manejo un autobús escolar",
  "Ayudo en el banco de comida", "Fui enfermera muchos años", "Tengo una tienda pequeña en el centro", "Estudio salud pública" }
local periods_en = { "month", "quarter", "year" }
local periods_es = { "mes", "trimestre", "año" }
local grans_en = { "county", "school district", "ZIP code", "census tract", "city" }
local grans_es = { "condado", "distrito escolar", "código postal", "sector censal", "ciudad" }

local TITLE_SPACE = 3 * 2 * 2 * 12 * 12 * 16 -- 27,648 distinct titles
local REST_SPACE = 10 * 400 * 14 * 3 * 5     -- role, number, year, period, granularity

local function digit(state, radix)
  local d = state.v % radix
  state.v = (state.v - d) / radix
  return d + 1 -- Lua lists start at 1
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

-- The submission for serial number g (a JSON body) and the path to post it to.
function make_submission(g, with_phone)
  local low = g % TITLE_SPACE
  local high = (g - low) / TITLE_SPACE
  local t = { v = low }
  local variant, kind_i, tmpl = digit(t, 3), digit(t, 2), digit(t, 2)
  local topic, gi, place = topics[digit(t, 12)], digit(t, 12), places[digit(t, 16)]
  -- For a fixed title, the rest is a bijection of `high` (7919 and 104729 are primes; REST_SPACE has only 2, 3, 5, 7).
  local r = { v = (high * 7919 + low * 104729) % REST_SPACE }
  local role_i, n, year, period_i, gran_i = digit(r, 10), 24 + digit(r, 400), 2009 + digit(r, 14), digit(r, 3), digit(r, 5)
  local kind = kind_i == 1 and "question" or "usecase"
  local title, body, affected, outcome
  if variant < 3 then
    local group, role, period, gran = groups_en[gi], roles_en[role_i], periods_en[period_i], grans_en[gran_i]
    if kind == "question" then
      if variant == 1 and tmpl == 1 then
        title = string.format("How many %s in %s County are waiting for %s?", group, place, topic.prog_en)
      elseif variant == 1 then
        title = string.format("Is there %s data for %s in %s County?", topic.en, group, place)
      elseif tmpl == 1 then
        title = string.format("What share of %s in %s County get %s?", group, place, topic.prog_en)
      else
        title = string.format("How has %s changed for %s in %s County?", topic.en, group, place)
      end
      body = string.format("%s in %s County. We keep hearing that %s struggle with %s, and about %d people asked us about %s "
        .. "last %s. Could the state publish %s every %s, by %s and going back to %d, so local groups can plan and compare%s",
        role, place, group, topic.en, n, topic.prog_en, period, topic.m_en, period, gran, year,
        (variant == 1 and tmpl == 1) and "?" or (tmpl == 1 and " with other counties?" or " over time?"))
    else
      if variant == 1 and tmpl == 1 then
        title = string.format("Use %s data to help %s in %s County", topic.en, group, place)
      elseif variant == 1 then
        title = string.format("Map %s gaps for %s across %s County", topic.en, group, place)
      elseif tmpl == 1 then
        title = string.format("Publish %s numbers for %s in %s County", topic.en, group, place)
      else
        title = string.format("Show whether %s reaches %s in %s County", topic.prog_en, group, place)
      end
      body = string.format("Right now %s in %s County cannot see %s. %s, and around %d of the people we work with asked about %s "
        .. "this %s. With the data by %s since %d, we could show where help is missing%s",
        group, place, topic.m_en, role, n, topic.prog_en, period, gran, year,
        (variant == 1 and tmpl == 1) and " and ask for funding." or (tmpl == 1 and " and where it works well." or "."))
      affected = string.format("%s in %s County, roughly %d households", group, place, n * 3)
      outcome = string.format("Where %s reaches fewer %s than it should, each %s.", topic.prog_en, group, period)
    end
  else
    local group, role, period, gran = groups_es[gi], roles_es[role_i], periods_es[period_i], grans_es[gran_i]
    if kind == "question" then
      if tmpl == 1 then
        title = string.format("¿Cuánto tiempo esperan %s del condado de %s por %s?", group, place, topic.prog_es)
      else
        title = string.format("¿Hay datos sobre %s para %s en el condado de %s?", topic.es, group, place)
      end
      body = string.format("%s en el condado de %s. Sabemos que %s tienen problemas con %s y unas %d personas nos "
        .. "preguntaron por %s el último %s. ¿Podría el estado publicar %s cada %s, por %s y desde %d%s",
        role, place, group, topic.es, n, topic.prog_es, period, topic.m_es, period, gran, year,
        tmpl == 1 and "?" or ", para comparar con otros condados?")
    else
      if tmpl == 1 then
        title = string.format("Usar datos sobre %s para ayudar a %s en %s", topic.es, group, place)
      else
        title = string.format("Publicar cifras de %s para %s del condado de %s", topic.es, group, place)
      end
      body = string.format("Hoy %s del condado de %s no pueden ver %s. %s, y unas %d personas preguntaron por %s este %s. "
        .. "Con los datos por %s desde %d podríamos mostrar dónde falta ayuda%s",
        group, place, topic.m_es, role, n, topic.prog_es, period, gran, year,
        tmpl == 1 and "." or " y pedir fondos.")
      affected = string.format("%s del condado de %s, unos %d hogares", group:gsub("^%a+ ", ""), place, n * 3)
    end
  end
  if with_phone then
    body = body .. string.format(variant < 3 and " You can call me at (505) 555-0%03d if you need details."
      or " Me pueden llamar al (505) 555-0%03d si necesitan detalles.", 100 + g % 100)
  end
  local fields = { '"kind":' .. json_string(kind), '"title":' .. json_string(title), '"body":' .. json_string(body) }
  if affected then fields[#fields + 1] = '"affected":' .. json_string(affected) end
  if outcome then fields[#fields + 1] = '"outcome":' .. json_string(outcome) end
  if kind == "usecase" and variant ~= 3 then fields[#fields + 1] = '"agencies":' .. json_string(topic.agency) end
  if math.floor(g / 5) % 2 == 0 then fields[#fields + 1] = '"county":' .. json_string(place) end
  return "{" .. table.concat(fields, ",") .. "}", variant == 3 and "/es/api/v1/submissions" or "/api/v1/submissions"
end

-- --- wrk hooks ---------------------------------------------------------------------------------------------------
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  run = tonumber(args[1]) or 0
  mode = args[2] or "mix"
  quota = tonumber(args[3]) or 0
  sent, answered = 0, 0
  statuses, per_second = {}, {}
  published, held = 0, 0
  wrk.headers["Content-Type"] = "application/json"
end

local health = nil

-- wrk 4.1 calls request() once per thread before the connections start and never sends that request, so the
-- seed sends QUOTA + 1 and stops after QUOTA answers; the caller counts what was published through the API.
function request()
  if mode == "seed" and sent > quota then
    health = health or wrk.format("GET", "/health/live", {})
    return health
  end
  local g = mode == "seed" and sent or sent * 16 + run * 2 + tid
  sent = sent + 1
  local body, path = make_submission(g, mode == "mix" and sent % 8 == 5)
  return wrk.format("POST", path, nil, body)
end

local function print_results(counts, pub, hld, seconds)
  local keys = {}
  for k in pairs(counts) do keys[#keys + 1] = k end
  table.sort(keys)
  local accepted, other = 0, 0
  for _, k in ipairs(keys) do
    io.write(string.format("RESULT status_%s %d\n", k, counts[k]))
    if k == 201 then accepted = accepted + counts[k] else other = other + counts[k] end
  end
  io.write(string.format("RESULT accepted %d\nRESULT not_accepted %d\nRESULT published %d\nRESULT held %d\n", accepted, other, pub, hld))
  local secs = {}
  for s in pairs(seconds) do secs[#secs + 1] = s end
  table.sort(secs)
  local line = {}
  for _, s in ipairs(secs) do line[#line + 1] = string.format("%d:%d", s, seconds[s]) end
  io.write("RESULT per_second " .. table.concat(line, ",") .. "\n")
end

function response(status, headers, body)
  if mode == "seed" and status == 200 and sent > quota then return end -- a /health/live filler
  answered = answered + 1
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then
    local s = os.time()
    per_second[s] = (per_second[s] or 0) + 1
    if body:find('"status":"published"', 1, true) then published = published + 1 else held = held + 1 end
  end
  if mode == "seed" and answered >= quota then
    print_results(statuses, published, held, per_second)
    io.stdout:flush()
    os.exit(0)
  end
end

function done(summary, latency, requests)
  local counts, seconds, pub, hld = {}, {}, 0, 0
  for _, thread in ipairs(threads) do
    for k, v in pairs(thread:get("statuses")) do counts[k] = (counts[k] or 0) + v end
    for k, v in pairs(thread:get("per_second")) do seconds[k] = (seconds[k] or 0) + v end
    pub = pub + thread:get("published")
    hld = hld + thread:get("held")
  end
  print_results(counts, pub, hld, seconds)
  local e = summary.errors
  io.write(string.format("RESULT socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
  io.write(string.format("RESULT requests %d\nRESULT duration_s %.3f\n", summary.requests, summary.duration / 1e6))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("RESULT p%d_ms %.2f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("RESULT max_ms %.2f\n", latency.max / 1000))
end
