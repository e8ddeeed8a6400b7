#!/usr/bin/env python3
"""Generate the independent held-out test set for the Community Voice personal-data masker.

Standard library only, deterministic (random.Random(20261207)).  Every text is built by
concatenating pieces; a piece is either plain text or a (kind, value) pair, and the span of a
(kind, value) piece is recorded while the text is built (offsets in UTF-16 code units, end
exclusive).  Nothing is searched for after the fact.  A self-check at the end verifies every
span against the text.

Usage:  python3 generate_heldout.py            (writes heldout.jsonl next to this file)
"""
import json
import os
import random
import sys

SEED = 20261207
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout.jsonl")

EMAIL, PHONE, ADDR, DOB, SSN, CASE, NAME = (
    "Email", "Phone", "Address", "DateOfBirth", "SocialSecurityNumber", "CaseNumber", "Name")

r = random.Random(SEED)


def pick(seq):
    return seq[r.randrange(len(seq))]


def chance(p):
    return r.random() < p


def digits(n, first_nonzero=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randrange(1, 10)) + s[1:]
    return s


def letters(n):
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def N(v):
    return (NAME, v)


def P(v):
    return (PHONE, v)


def E(v):
    return (EMAIL, v)


def A(v):
    return (ADDR, v)


def D(v):
    return (DOB, v)


def S(v):
    return (SSN, v)


def C(v):
    return (CASE, v)


# ---------------------------------------------------------------- vocabularies
COUNTIES = ["Bernalillo County", "Catron County", "Chaves County", "Cibola County", "Colfax County",
            "Curry County", "De Baca County", "Doña Ana County", "Eddy County", "Grant County",
            "Guadalupe County", "Harding County", "Hidalgo County", "Lea County", "Lincoln County",
            "Los Alamos County", "Luna County", "McKinley County", "Mora County", "Otero County",
            "Quay County", "Rio Arriba County", "Roosevelt County", "Sandoval County", "San Juan County",
            "San Miguel County", "Santa Fe County", "Sierra County", "Socorro County", "Taos County",
            "Torrance County", "Union County", "Valencia County"]
COUNTY_SHORT = [c[:-len(" County")] for c in COUNTIES]
COUNTIES_ES = ["el condado de " + c for c in COUNTY_SHORT]

CITIES = [("Albuquerque", ["87102", "87105", "87106", "87108", "87109", "87110", "87112", "87114", "87121", "87123"]),
          ("Las Cruces", ["88001", "88005", "88007", "88011"]), ("Santa Fe", ["87501", "87505", "87507", "87508"]),
          ("Rio Rancho", ["87124", "87144"]), ("Roswell", ["88201", "88203"]), ("Farmington", ["87401", "87402"]),
          ("Gallup", ["87301"]), ("Clovis", ["88101"]), ("Hobbs", ["88240"]), ("Alamogordo", ["88310"]),
          ("Carlsbad", ["88220"]), ("Taos", ["87571"]), ("Española", ["87532"]), ("Las Vegas", ["87701"]),
          ("Silver City", ["88061"]), ("Deming", ["88030"]), ("Socorro", ["87801"]), ("Grants", ["87020"]),
          ("Belen", ["87002"]), ("Los Lunas", ["87031"]), ("Chimayó", ["87522"]),
          ("Truth or Consequences", ["87901"]), ("Shiprock", ["87420"]), ("Crownpoint", ["87313"]),
          ("Mora", ["87732"]), ("Anthony", ["88021"]), ("Sunland Park", ["88063"]), ("Raton", ["87740"]),
          ("Tucumcari", ["88401"]), ("Portales", ["88130"]), ("Artesia", ["88210"]), ("Moriarty", ["87035"]),
          ("Peñasco", ["87553"]), ("Questa", ["87556"]), ("Tierra Amarilla", ["87575"]), ("Bernalillo", ["87004"])]

FIRST_HISP_F = ["María", "Maria", "Rosario", "Guadalupe", "Dolores", "Luz", "Yolanda", "Gloria", "Inés", "Carmen",
                "Rosa", "Angélica", "Marisol", "Lorena", "Esperanza", "Teresa", "Adelina", "Celina", "Paz", "Mercedes"]
FIRST_HISP_M = ["José", "Tomás", "Diego", "Luis", "Ramón", "Jesús", "Eloy", "Fidel", "Arturo", "Rubén", "Manuel",
                "Joaquín", "Isidro", "Gilbert", "Orlando", "Andrés", "Ernesto", "Santiago", "Benito", "Leroy"]
FIRST_ANGLO_F = ["Ruth", "Jenny", "Karen", "Sarah", "Heather", "Brittany", "Linda", "Ashley", "Megan", "Pam", "Brenda"]
FIRST_ANGLO_M = ["Mike", "Bob", "Dustin", "Cody", "Grant", "Tyler", "Doug", "Kyle", "Hunter"]
FIRST_NATIVE_F = ["Shandiin", "Nizhoni", "Darlene", "Loretta", "Marlene", "Verna", "Raylene", "Evangeline", "Charlene"]
FIRST_NATIVE_M = ["Ahiga", "Kee", "Delbert", "Lorenzo", "Wilfred", "Harrison", "Lester", "Leland", "Marvin"]
FIRST_VIET_F = ["Linh", "Huong", "Thu", "Lan", "Phuong", "Anh"]
FIRST_VIET_M = ["Minh", "Tuan", "Quang", "Bao"]
FIRST_ANGLO = FIRST_ANGLO_F + FIRST_ANGLO_M
FIRST_NATIVE = FIRST_NATIVE_F + FIRST_NATIVE_M
FIRST_VIET = FIRST_VIET_F + FIRST_VIET_M
FIRST = {"h": (FIRST_HISP_F, FIRST_HISP_M), "a": (FIRST_ANGLO_F, FIRST_ANGLO_M),
         "n": (FIRST_NATIVE_F + FIRST_ANGLO_F[:4] + FIRST_HISP_F[:4], FIRST_NATIVE_M + FIRST_ANGLO_M[:3] + FIRST_HISP_M[:4]),
         "v": (FIRST_VIET_F, FIRST_VIET_M)}


def cap(s):
    return s[:1].upper() + s[1:]


LAST_HISP = ["Abeyta", "Baca", "Chávez", "Chavez", "Gallegos", "Lucero", "Martínez", "Montoya", "Romero", "Sandoval",
             "Trujillo", "Vigil", "Archuleta", "Maestas", "Quintana", "Sena", "Tafoya", "Valdez", "Villalobos",
             "Garduño", "Ortiz", "Núñez", "Peña", "Ibáñez", "Luna", "Apodaca", "Córdova", "Jaramillo", "Salazar",
             "Madrid", "Ulibarrí", "Gurulé", "Olguín", "Griego", "Esquibel", "Ortega", "Durán", "Padilla"]
LAST_ANGLO = ["Smith", "Miller", "Anderson", "Thompson", "Walker", "Baker", "Kowalski", "O'Brien", "McAllister",
              "Fitzgerald", "Hughes", "Jensen", "Carter", "Sullivan", "Whitaker", "Price"]
LAST_NATIVE = ["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Etsitty", "Chee", "Manuelito", "Bitsui", "Yellowhorse",
               "Tohannie", "Lente", "Naranjo", "Suazo", "Concha", "Chino", "Shije", "Toledo", "Calabaza", "Vicenti",
               "Kaydahzinne", "Lovato", "Pecos", "Silversmith"]
LAST_VIET = ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang", "Bui", "Do"]


def first_name(group=None, gender=None):
    g = group or pick(["h", "h", "h", "a", "a", "n", "n", "v"])
    sex = gender or pick("fm")
    f, m = FIRST[g]
    return pick(f if sex == "f" else m)


def last_name(group=None):
    g = group or pick(["h", "h", "h", "a", "a", "n", "n", "v"])
    return pick({"h": LAST_HISP, "a": LAST_ANGLO, "n": LAST_NATIVE, "v": LAST_VIET}[g])


def full_name(group=None, lang="en", gender=None):
    g = group or pick(["h", "h", "h", "a", "a", "n", "n", "v"])
    if g == "v":
        if chance(0.4):
            return "%s %s %s" % (last_name("v"), pick(["Thi"] if gender == "f" else ["Van", "Minh"] if gender == "m" else ["Thi", "Van", "Ngoc", "Minh"]), first_name("v", gender))
        return "%s %s" % (first_name("v", gender), last_name("v"))
    if g == "h" and chance(0.3 if lang == "es" else 0.12):
        return "%s %s %s" % (first_name("h", gender), last_name("h"), last_name("h"))
    if chance(0.12):
        return "%s %s. %s" % (first_name(g, gender), pick("ABCDEFGJLMRST"), last_name(g))
    return "%s %s" % (first_name(g, gender), last_name(g))


def city_zip():
    c, zs = pick(CITIES)
    return c, pick(zs)


# ---------------------------------------------------------------- value generators
def phone():
    ac = pick(["505", "505", "575", "575", "505"])
    a, b = digits(3, True), digits(4)
    f = r.randrange(9)
    return [f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac}.{a}.{b}", f"{ac}{a}{b}", f"+1 {ac} {a} {b}",
            f"{ac} {a}-{b}", f"1-{ac}-{a}-{b}", f"({ac}){a}-{b}", f"{ac} {a} {b}"][f]


def local_phone():
    return f"{digits(3, True)}-{digits(4)}"


def email(fn=None, ln=None):
    fn = (fn or first_name()).lower()
    ln = (ln or last_name()).lower()
    for a, b in (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n"), ("'", ""), (" ", "")):
        fn, ln = fn.replace(a, b), ln.replace(a, b)
    dom = pick(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "comcast.net",
                "unm.edu", "nmsu.edu", "live.com", "msn.com", "swcp.com"])
    user = pick([f"{fn}.{ln}", f"{fn}{ln}", f"{fn[0]}{ln}", f"{fn}_{ln}{digits(2)}", f"{ln}{fn[0]}{digits(3)}",
                 f"{fn}{digits(4)}", f"{fn}.{ln}{digits(2)}", f"the{ln}family"])
    return user, dom


def email_plain(fn=None, ln=None):
    u, d = email(fn, ln)
    if chance(0.15):
        return (u + "@" + d).upper() if chance(0.3) else u.capitalize() + "@" + d
    return u + "@" + d


def email_spelled(lang="en", fn=None, ln=None):
    u, d = email(fn, ln)
    dn, tld = d.rsplit(".", 1)
    if lang == "es":
        return pick([f"{u} arroba {dn} punto {tld}", f"{u} (arroba) {dn} (punto) {tld}", f"{u} arroba {d}"])
    return pick([f"{u} at {dn} dot {tld}", f"{u} (at) {dn} (dot) {tld}", f"{u} [at] {d}", f"{u} at {d}",
                 f"{u} AT {dn} DOT {tld}"])


STREETS = ["Montgomery Blvd", "Central Ave", "Menaul Blvd", "Juan Tabo Blvd", "Coors Blvd", "Isleta Blvd",
           "Lomas Blvd", "Candelaria Rd", "Eubank Blvd", "Wyoming Blvd", "Zuni Rd", "Bridge Blvd", "Gibson Blvd",
           "Girard Blvd", "Louisiana Blvd", "San Mateo Blvd", "Unser Blvd", "Rio Grande Blvd", "Picacho Ave",
           "Solano Dr", "El Paseo Rd", "Lohman Ave", "Amador Ave", "Valley Dr", "Cerrillos Rd", "Agua Fria St",
           "Airport Rd", "Rodeo Rd", "Siler Rd", "Main St", "Mesa Ave", "Pinon Dr", "Cottonwood Ln", "Juniper Rd",
           "Aspen Ct", "Mesquite St", "Yucca Ave", "Sagebrush Trl", "Chamisa Ln", "Roadrunner Loop", "Sunset Dr",
           "College Blvd", "Maple St", "Broadway Blvd", "Grand Ave", "Apache St", "Navajo Dr", "Country Club Rd"]
STREETS_ES = ["Calle del Sol", "Calle Ocho", "Camino de los Pinos", "Calle Real", "Camino del Río", "Calle Luna",
              "Avenida Cervantes", "Calle de la Placita", "Camino Alto", "Calle San Francisco", "Camino Chamisal",
              "Calle Ojo Caliente", "Calle Sombra", "Camino de las Huertas", "Calle Primavera", "Camino Tres Ritos",
              "Calle Don Gaspar", "Camino del Monte Sol", "Calle Estrella", "Camino La Tierra"]


def unit():
    return pick([f"Apt {r.randrange(1, 40)}", f"Apt {r.randrange(1, 9)}{pick('ABCD')}", f"Unit {r.randrange(1, 30)}",
                 f"#{r.randrange(100, 400)}", f"Spc {r.randrange(1, 80)}", f"Trlr {r.randrange(1, 40)}",
                 f"Apt. {r.randrange(100, 350)}", f"Ste {r.randrange(100, 300)}"])


def street_line(style=None):
    """Returns an English-style street line (the labelled value)."""
    s = style if style is not None else r.randrange(22)
    n = str(r.randrange(100, 13000))
    if s <= 5:
        st = pick(STREETS)
        d = pick(["", "", " NE", " NW", " SE", " SW"]) if chance(0.6) else ""
        pre = pick(["", "", "", "W. ", "E. ", "N ", "S. "])
        line = f"{n} {pre}{st}{d}"
        if chance(0.35):
            line += pick([" ", ", "]) + unit()
        if chance(0.15):
            line = line.lower()
        return line
    if s == 6:
        return f"{n} State Road {r.randrange(4, 599)}"
    if s == 7:
        return f"HC {r.randrange(30, 80)} Box {r.randrange(1, 300)}"
    if s == 8:
        return f"{r.randrange(1, 200)} CR {r.randrange(1000, 7000)}"
    if s == 9:
        return f"County Road {r.randrange(1, 60)} #{r.randrange(1, 200)}"
    if s == 10:
        return pick(["PO Box ", "P.O. Box ", "po box ", "P.O. Box "]) + str(r.randrange(1, 9000))
    if s == 11:
        return f"Apt {r.randrange(1, 9)}{pick('ABCD')}, {r.randrange(100, 999)} {pick(STREETS)}"
    if s == 12:
        return f"{r.randrange(100, 999)} {pick(STREETS)} Unit {r.randrange(1, 12)}"
    if s == 13:
        return f"#{r.randrange(1, 60)} {pick(STREETS_ES)}"
    if s == 14:
        return f"Rt {r.randrange(1, 9)} Box {r.randrange(1, 400)}"
    if s == 15:
        return f"Hwy {pick(['285', '64', '84', '380', '70', '491', '60'])} mile marker {r.randrange(2, 200)} trailer {r.randrange(1, 9)}"
    if s == 16:
        return f"Lot {r.randrange(1, 90)}, {pick(['Sunset', 'Desert Rose', 'Mesa Vista', 'Valle Verde', 'Cottonwood'])} Mobile Home Park"
    if s == 17:
        nth = pick(["2nd", "3rd", "4th", "5th", "6th", "8th", "12th"])
        return f"{r.randrange(100, 4000)} {nth} St {pick(['NW', 'SW', 'NE'])}"
    if s == 18:
        return f"{r.randrange(1, 400)} Paseo de Peralta"
    if s == 19:
        return f"{r.randrange(10, 99)} {pick(['juniper rd', 'pinon st', 'elm st', 'cedar ln', 'mesa dr', 'sunset ave'])}"
    if s == 20:
        return f"{n} {pick(['Old Las Vegas Hwy', 'Hwy 14', 'NM-47', 'US Hwy 64', 'Old Route 66'])}"
    return f"{r.randrange(1000, 9999)} W. {pick(['Picacho', 'Amador', 'Hadley', 'Griggs'])} Ave."


def calle_line():
    """Spanish-style street line."""
    s = r.randrange(7)
    if s == 0:
        return f"{pick(STREETS_ES)} {r.randrange(1, 400)}"
    if s == 1:
        return f"{pick(STREETS_ES).lower()} {r.randrange(1, 99)}"
    if s == 2:
        return f"#{r.randrange(1, 60)} {pick(STREETS_ES)}"
    if s == 3:
        return f"{r.randrange(1, 900)} {pick(STREETS_ES)}"
    if s == 4:
        return f"{pick(STREETS_ES)} #{r.randrange(1, 60)}"
    if s == 5:
        return f"{pick(STREETS_ES)} {r.randrange(1, 200)}, {pick(['depto.', 'apto.', 'Apt', 'casa'])} {r.randrange(1, 20)}"
    return street_line()


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def ordinal(d):
    return str(d) + ("th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def dob(lang="en", year=None):
    y = year or r.randrange(1935, 2022)
    m, d = r.randrange(1, 13), r.randrange(1, 29)
    if lang == "es":
        f = r.randrange(6)
        return [f"{d} de {MESES[m-1]} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} de {MESES[m-1]} del {y}",
                f"{m}/{d}/{y}", f"{d}-{m:02d}-{y}"][f]
    f = r.randrange(10)
    return [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}", f"{MONTHS[m-1]} {d}, {y}", f"{MONTHS[m-1][:3]} {d} {y}",
            f"{d} {MONTHS[m-1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{y % 100:02d}",
            f"{MONTHS[m-1]} {ordinal(d)}, {y}", f"{m:02d}/{d:02d}/{y}", f"{m}.{d}.{y}"][f]


def ssn_full():
    a = r.randrange(1, 899)
    while a == 666:
        a = r.randrange(1, 899)
    a, b, c = f"{a:03d}", f"{r.randrange(1, 99):02d}", f"{r.randrange(1, 9999):04d}"
    return pick([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def last4():
    return digits(4)


def ident_en():
    """(cue, value, cue_after) for a person's identifier, English cues."""
    k = r.randrange(34)
    y = pick(["2022", "2023", "2024", "2025", "2026"])
    opts = [
        ("claim no. ", f"{digits(2)}-{digits(4)}-{digits(1)}"),
        ("case #", f"NM-{y}-{digits(5)}"),
        ("case number ", digits(9, True)),
        ("file ", f"{digits(4)} {digits(4)}"),
        ("member id ", f"{letters(2)}{digits(7)}"),
        ("ticket ", digits(8)),
        ("DL ", digits(9)),
        ("driver's license number ", digits(9)),
        ("policy ", f"{letters(2)}-{digits(2)}-{digits(3)}-{letters(1)}"),
        ("reference ", f"{letters(1)}{digits(1)}{letters(2)}-{digits(2)}"),
        ("Medicaid ID ", digits(10, True)),
        ("EBT card ", f"5077 {digits(4)} {digits(4)} {digits(4)}"),
        ("account ending ", digits(4)),
        ("permit no. ", f"BP-{y[2:]}-{digits(4)}"),
        ("claimant ID: ", digits(7, True)),
        ("Case No. ", f"D-{pick(['202', '101', '307', '1116', '412'])}-{pick(['DM', 'CV', 'JQ'])}-{y}-{digits(5)}"),
        ("ticket #", f"INC{digits(7)}"),
        ("confirmation code ", f"{letters(2)}{digits(1)}-{digits(2)}{letters(1)}{digits(1)}"),
        ("complaint number ", f"CMP-{digits(7)}"),
        ("WIC ID ", digits(7)),
        ("tribal census number ", f"{digits(3)}-{digits(3)}"),
        ("SNAP case ", digits(9, True)),
        ("utility account ", f"{digits(4)}-{digits(3)}-{digits(2)}"),
        ("NMCD number ", digits(5, True)),
        ("voucher number ", f"HCV-{digits(6)}"),
        ("Medicare number ", f"{digits(1, True)}{letters(2)}{digits(1)}-{letters(2)}{digits(1)}-{letters(2)}{digits(2)}"),
        ("application # ", f"{digits(1, True)}-{digits(8)}"),
        ("student ID ", digits(9, True)),
        ("case no ", f"{y}/{digits(3)}-{digits(2)}"),
        ("ID ", f"{letters(1)}{digits(8)}"),
        ("claim number: ", f"{letters(3)}.{digits(4)}.{digits(3)}"),
        ("lic. # ", f"{letters(1)}{digits(3)} {digits(3)} {digits(3)}"),
        ("account number ", f"{digits(3)}/{digits(5)}"),
        ("UI claim ", f"{digits(3)}-{digits(2)}-{digits(4)}-{letters(1)}"),
    ]
    return opts[k]


def ident_es():
    """(article, cue, value): cue is a noun phrase usable after the article."""
    k = r.randrange(18)
    y = pick(["2022", "2023", "2024", "2025", "2026"])
    opts = [
        ("el", "expediente ", f"{y}/{digits(3)}-{digits(2)}"),
        ("el", "número de caso ", digits(9, True)),
        ("el", "núm. de caso ", f"NM-{y}-{digits(5)}"),
        ("el", "número de reclamo ", f"{digits(2)}-{digits(4)}-{digits(1)}"),
        ("la", "licencia de manejo ", digits(9)),
        ("la", "tarjeta EBT ", f"5077 {digits(4)} {digits(4)} {digits(4)}"),
        ("el", "número de Medicaid ", digits(10, True)),
        ("el", "folio ", f"F-{y}-{digits(5)}"),
        ("el", "número de cliente ", f"{digits(3)}-{digits(5)}"),
        ("el", "case number ", f"{digits(3)}{letters(1)}{digits(5)}"),
        ("el", "claim #", digits(8)),
        ("la", "solicitud núm. ", f"{letters(1)}{digits(7)}"),
        ("el", "ID de miembro ", f"{letters(3)}{digits(6)}"),
        ("el", "expediente no. ", f"{digits(2)}.{digits(3)}.{digits(3)}"),
        ("el", "caso no. ", f"{digits(4)}-{digits(4)}"),
        ("la", "referencia ", f"{letters(2)}{digits(2)}-{letters(1)}{digits(3)}"),
        ("la", "póliza ", f"{letters(2)}-{digits(6)}"),
        ("el", "ticket ", f"{digits(3)}-{digits(3)}"),
    ]
    return opts[k]


def bare_ident():
    return pick([f"{pick(['2023', '2024', '2025'])}-{digits(3)}-{digits(4)}", f"NM{digits(8)}",
                 f"{letters(2)}-{digits(6)}", f"{digits(3)}-{digits(6)}-{digits(2)}", f"{letters(1)}{digits(9)}"])


# ---------------------------------------------------------------- public / look-alike material (no spans)
HOTLINES_EN = ["I called 1-800-432-6217, the state's hotline,", "I called 211", "they told me to call 988",
               "I tried the ISD line at 1-800-283-4465", "I called the MVD call center at 888-683-4636",
               "I called Albuquerque 311", "I called the Aging and Long-Term Services line, 1-800-432-2080,",
               "I called the unemployment line 877-664-6984", "I called the crisis line (1-855-662-7474)",
               "I called the New Mexico Legal Aid intake line at 1-833-545-4357"]
HOTLINES_ES = ["llamé a la línea estatal 1-800-432-6217", "marqué el 211", "me dijeron que llamara al 988",
               "llamé a la línea de ISD, 1-800-283-4465,", "hablé al número de la MVD, 888-683-4636,",
               "llamé a la línea de desempleo 877-664-6984", "llamé a la línea de crisis 1-855-662-7474"]
OFFICIALS_EN = ["Governor Lujan Grisham", "Senator Luján", "Senator Heinrich", "Representative Stansbury",
                "Mayor Keller", "Secretary of State Toulouse Oliver", "Attorney General Torrez",
                "Representative Vasquez", "Lieutenant Governor Morales", "the Cabinet Secretary"]
OFFICIALS_ES = ["la gobernadora Lujan Grisham", "el senador Luján", "el senador Heinrich", "el alcalde Keller",
                "la secretaria de estado Toulouse Oliver", "el procurador Torrez", "la representante Stansbury"]
BILLS = ["HB 2", "SB 135", "HB 7", "SB 1", "House Bill 100", "Senate Bill 4", "HJR 1", "SB 9", "HB 41"]
STATUTES = ["NMSA 1978 § 27-2-12", "NMSA 1978, Section 14-2-1", "§ 32A-4-33", "the IPRA, NMSA 14-2-1 et seq.",
            "Section 7-2-18.15", "8.139.500 NMAC", "42 U.S.C. § 1396"]
STATUTES_ES = ["la NMSA 1978 § 27-2-12", "la sección 14-2-1 de la NMSA", "el § 32A-4-33", "la ley IPRA (NMSA 14-2-1)",
               "el reglamento 8.139.500 NMAC"]
GRANTS = ["grant 2023-DG-BX-0041", "award 15JOVW-22-GG-00811-MUMU", "CFDA 93.558", "grant no. 2024-NM-ARPA-117",
          "contract 24-630-8000-0012", "HUD grant B-22-DC-35-0001"]
FORMS = ["Form 1099-G", "W-2", "Form ISD 100", "the SSA-1099", "Form 941", "the PIT-1", "Form I-9", "the DD-214"]
ROUTES = ["Route 66 traffic", "I-25 at Exit 227", "US 550", "NM 14", "I-40 near Exit 160", "US 285", "NM-68",
          "I-10 at mile 140", "Highway 491"]
PUBLIC_PLACES = ["Martin Luther King Jr. Ave", "Dennis Chávez Elementary", "the César Chávez Community Center",
                 "the Bataan Memorial Building", "Tingley Beach", "the Georgia O'Keeffe Museum",
                 "Kit Carson Park", "the Roundhouse at 490 Old Santa Fe Trail", "Lincoln Middle School",
                 "the Manuel Lujan Jr. Complex", "Montoya Elementary", "Tony Hillerman Library"]
PUBLIC_PLACES_ES = ["la escuela Dennis Chávez", "el centro comunitario César Chávez", "la avenida Martin Luther King Jr.",
                    "el edificio Bataan", "el parque Kit Carson", "la biblioteca Tony Hillerman", "el Roundhouse"]
AGENCIES = ["HSD", "the Health Care Authority", "CYFD", "the Department of Workforce Solutions", "MVD",
            "the Aging and Long-Term Services Department", "NMDOH", "the Public Education Department",
            "the MFA", "the Taxation and Revenue Department", "Income Support Division", "the PRC"]
AGENCIES_ES = ["HSD", "la Health Care Authority", "CYFD", "Workforce Solutions", "la MVD", "el Departamento de Salud",
               "la oficina de Income Support", "el Departamento de Educación Pública", "Taxation and Revenue"]
TOPICS_EN = ["eviction filings", "broadband coverage", "SNAP participation", "Medicaid enrollment", "school attendance",
             "overdose deaths", "well water testing", "wildfire smoke days", "childcare slots", "senior meal sites",
             "bus ridership", "rental assistance payouts", "food bank visits", "maternal health outcomes",
             "acequia water rights", "chronic absenteeism", "homeless counts", "ER wait times"]
TOPICS_ES = ["desalojos", "cobertura de internet", "participación en SNAP", "inscripción en Medicaid",
             "asistencia escolar", "muertes por sobredosis", "calidad del agua de pozo", "días de humo por incendios",
             "guarderías", "comidas para personas mayores", "uso del transporte público", "ayuda con la renta",
             "visitas a bancos de comida", "derechos de agua de las acequias", "ausentismo escolar"]
YEARS = ["2019", "2020", "2021", "2022", "2023", "2024", "2025"]


def money():
    return pick(["$1,200", "$3.4 million", "$250", "$48,000", "$12.5 million", "$975", "$1.1 billion", "$60 a month",
                 "$7,500", "$18,000,000"])


def pct():
    return pick(["18.5%", "42 %", "7%", "63 percent", "0.8%", "about 30%", "12.4 percent"])


def count():
    return pick(["3,400 families", "12,000 residents", "about 800 households", "1,250 kids", "more than 40,000 people",
                 "2,318 applications", "96 schools", "17 senior centers", "5,000 acres"])


def event_date(lang="en"):
    y = pick(["2025", "2026", "2027"])
    m, d = r.randrange(1, 13), r.randrange(1, 29)
    if lang == "es":
        return pick([f"el {d} de {MESES[m-1]}", f"el {d} de {MESES[m-1]} de {y}", f"{d}/{m}/{y}"])
    return pick([f"{MONTHS[m-1]} {d}", f"{MONTHS[m-1]} {d}, {y}", f"{m}/{d}/{y}", f"{MONTHS[m-1][:3]}. {d}"])


def clean_sentence_en():
    k = r.randrange(36)
    c = pick(COUNTIES)
    t = pick(TOPICS_EN)
    y = pick(YEARS)
    return [
        f"Is there a dataset showing {t} by ZIP code in {c}?",
        f"I read that {pick(BILLS)} put {money()} toward {t}, where can I see how it was spent?",
        f"The report says {pct()} of kids in {c} live below the poverty line, is that from {y}?",
        f"{pick(ROUTES)} has been a mess since {pick(MONTHS)} {y}, do you publish crash data?",
        f"Under {pick(STATUTES)} the department has to publish this, so why is the {y} file missing?",
        f"Our nonprofit received {pick(GRANTS)} and we need the outcomes data for {c}.",
        f"The public hearing is on {event_date()} at the Roundhouse.",
        f"{pick(OFFICIALS_EN)} talked about {t} at the town hall in {pick(CITIES)[0]}.",
        f"{cap(pick(HOTLINES_EN))} and they sent me here.",
        f"We counted {count()} in {c} last year.",
        f"Can you break out {t} for {pick(COUNTIES)} and {pick(COUNTIES)}?",
        f"The numbers for ZIP {pick(pick(CITIES)[1])} look wrong compared to {y}.",
        f"How is {pick(FORMS)} data used in the unemployment statistics?",
        f"I would love a map of {t} along {pick(ROUTES)}.",
        f"The dashboard shows {count()} but the press release said {count()}.",
        f"Why did {pick(AGENCIES)} stop updating the {t} table after {pick(MONTHS)} {y}?",
        f"Near {pick(PUBLIC_PLACES)} there is no crosswalk data at all.",
        f"Please add a column for tribal land, {pick(['Navajo Nation', 'Zuni Pueblo', 'the Jicarilla Apache Nation', 'Acoma Pueblo', 'the Mescalero Apache Reservation'])} is missing.",
        f"Budget went from {money()} to {money()} and nobody explained why.",
        f"Is the {y} census tract {pick(['35001000107', '35049001002', '35013000905'])} included?",
        f"I'm a teacher in {c} and I want to use {t} numbers in my class.",
        f"FIPS {pick(['35001', '35013', '35049', '35031', '35045'])} shows zero for {y}, that can't be right.",
        f"The PRC docket {pick(['19-00170-UT', '22-00093-UT', '23-00255-UT'])} mentions these rates.",
        f"We are a small team at {pick(['UNM', 'NMSU', 'Santa Fe Community College', 'San Juan College', 'CNM'])} studying {t}.",
        f"Is the Yazzie/Martinez ruling reflected in the school funding data?",
        f"Send the data as CSV please, the PDF from {y} is impossible to use.",
        f"Meeting starts at 6:30 pm on {event_date()} in room 322.",
        f"{pick(BILLS)} and {pick(BILLS)} both changed how {t} is reported.",
        f"Between {pick(YEARS[:5])} and 2025 the rate went up {pct()}.",
        f"Are numbers for {pick(['Shiprock', 'Crownpoint', 'Chimayó', 'Sunland Park', 'Questa', 'Anthony'])} folded into {c}?",
        f"Table {pick(['B19013', 'S1701', 'DP03', 'B25070'])} from the ACS would answer this.",
        f"There were {count()} waiting for {t} help in {y}, per the Legislative Finance Committee.",
        f"My mom is {r.randrange(70, 99)} and can't use the website, can you mail paper copies of the {t} report?",
        f"We're a family of {r.randrange(3, 9)} on $1,900 a month, so {t} matters to us.",
        f"The 2 pm session on {event_date()} conflicts with the {pick(['Gathering of Nations', 'State Fair', 'Fiesta de Santa Fe', 'Balloon Fiesta'])}.",
        f"Who at {pick(AGENCIES)} is in charge of {t}? Not a name, just the office.",
    ][k]


def clean_sentence_es():
    k = r.randrange(27)
    c = pick(COUNTIES_ES)
    t = pick(TOPICS_ES)
    y = pick(YEARS)
    return [
        f"¿Hay datos de {t} por código postal en {c}?",
        f"Leí que la ley {pick(BILLS)} dio {money()} para {t}, ¿dónde puedo ver en qué se gastó?",
        f"El informe dice que el {pick(['18.5%', '42%', '7 por ciento', '63%'])} de los niños en {c} viven en pobreza.",
        f"Según {pick(STATUTES_ES)} el departamento tiene que publicar esto.",
        f"Nuestra organización recibió el {pick(GRANTS)} y necesitamos los datos de resultados.",
        f"La audiencia pública es {event_date('es')} en el Roundhouse.",
        f"{cap(pick(OFFICIALS_ES))} habló de {t} en la junta de {pick(CITIES)[0]}.",
        f"{cap(pick(HOTLINES_ES))} y me mandaron a esta página.",
        f"Contamos {pick(['3,400 familias', 'unas 800 casas', '1,250 niños', 'más de 40,000 personas'])} en {c}.",
        f"¿Pueden separar los datos de {t} para {pick(COUNTIES_ES)}?",
        f"Los números del código postal {pick(pick(CITIES)[1])} no cuadran con los de {y}.",
        f"Sería bueno un mapa de {t} a lo largo de la {pick(['I-25', 'I-40', 'carretera 285', 'Ruta 66', 'NM 68'])}.",
        f"¿Por qué {pick(AGENCIES_ES)} dejó de actualizar la tabla de {t} en {y}?",
        f"Cerca de {pick(PUBLIC_PLACES_ES)} no hay datos de accidentes.".replace("de el ", "del "),
        f"El presupuesto subió de {money()} a {money()} y nadie explicó por qué.",
        f"Soy maestra en {c} y quiero usar los datos de {t} en mi clase.",
        f"Mándenme los datos en CSV por favor, el PDF de {y} no sirve.",
        f"La reunión es a las 6:30 de la tarde, {event_date('es')}, en el salón 322.",
        f"Entre {pick(YEARS[:5])} y 2025 subió un {pick(['12%', '30 por ciento', '4.5%'])}.",
        f"Aquí en el norte, en {pick(['Mora', 'Peñasco', 'Truchas', 'Córdova', 'El Rito', 'Chimayó'])}, nadie nos pregunta nada.",
        f"Ojalá que pongan la información también en español, porque mucha gente no lee inglés.",
        f"¿El formulario {pick(['1099-G', 'W-2', 'ISD 100'])} cuenta para los datos de empleo?",
        f"Es que la página de {pick(AGENCIES_ES)} está bien confusa, la verdad.",
        f"Los datos del censo para el tracto {pick(['35001000107', '35049001002'])} salen en blanco.",
        f"Mi mamá tiene {r.randrange(70, 99)} años y no sabe usar la computadora, ¿pueden mandar el informe en papel?",
        f"Somos {r.randrange(3, 9)} en la casa y vivimos con $1,900 al mes.",
        f"La junta del {pick(['martes', 'jueves', 'sábado'])} a las 2 coincide con las fiestas de {pick(['San Lorenzo', 'Santa Fe', 'San Isidro', 'la Virgen de Guadalupe'])}.",
    ][k]


# ---------------------------------------------------------------- PII sentence builders (English)
def s_name_en():
    k = r.randrange(24)
    fn, ln = first_name(), last_name()
    g = pick(["h", "a", "n", "v", "h"])
    if k == 0:
        return ["My name is ", N(full_name(g)), pick([".", " and I live in " + pick(CITIES)[0] + ".", ","])]
    if k == 1:
        return [N(first_name(g, "f")), pick([" needs help with her SNAP", " can't get through to ISD", " lost her Medicaid",
                             " needs a ride to dialysis"]), pick([".", "!", ""])]
    if k == 2:
        return ["the ", N(ln), pick([" family", " kids", " household"]), pick([" next door", " on our road", ""]),
                pick([" lost their benefits.", " were never counted.", " got an eviction notice."])]
    if k == 3:
        return ["I am the director, ", N(full_name(g)), pick([", of a small food pantry.", ".", ", at the senior center."])]
    if k == 4:
        return ["my caseworker ", pick(["Ms. ", "Mr. ", "Mrs. ", ""]), N(ln),
                pick([" never calls back.", " said the data is wrong.", " told me to post here."])]
    if k == 5:
        return [N(pick(FIRST_ANGLO + FIRST_HISP_F)), " from the clinic said the numbers for ",
                pick(COUNTIES), " are undercounted."]
    if k == 6:
        return ["my son ", N(first_name(g, "m")), pick([" is 14", " has asthma", " goes to Lincoln Middle School", " is on the waitlist"]), "."]
    if k == 7:
        return ["I'm ", N(fn), ", ", pick(["a mom of three", "a retired teacher", "a rancher", "a nurse", "a veteran"]),
                " in ", pick(COUNTIES), "."]
    if k == 8:
        return ["My neighbor ", N(full_name(g, gender="f")), " asked me to post this for her."]
    if k == 9:
        return ["Dr. ", N(ln), pick([" at the IHS clinic", " in Gallup", ""]), " said to ask you for the data."]
    if k == 10:
        sx = pick("fm")
        return ["ask ", N(first_name(g, sx)), ", ", "she" if sx == "f" else "he", " knows all about it."]
    if k == 11:
        return ["my grandma ", N(full_name(g, gender="f")), " was born in ", pick(["Mora", "Shiprock", "Hatch", "Cuba"]),
                " and never got her pension."]
    if k == 12:
        return ["my tio ", N(fn.lower()), " says the well water is bad again."]
    if k == 13:
        return ["Our daughter ", N(first_name(g, "f")), " and her husband ", N(full_name(g, gender="m")),
                " are on the housing list too."]
    if k == 14:
        return ["Mrs. ", N(ln), " at the front desk said to post here."]
    if k == 15:
        return ["Me and ", N(fn), pick([" went to the MVD three times.", " run a 4-H club in " + pick(COUNTIES) + "."])]
    if k == 16:
        return ["This is ", N(full_name(g)), " again, still waiting on an answer."]
    if k == 17:
        return ["Please contact our coordinator, ", N(full_name(g)), ", with questions."]
    if k == 18:
        return ["my husband ", N(full_name(g, gender="m")), " was denied and we don't know why."]
    if k == 19:
        return ["Nurse ", N(ln), " wrote the report but the county never posted it."]
    if k == 20:
        return ["I spoke with ", N(full_name(g)), " at ", pick(AGENCIES), " on ", event_date(), "."]
    if k == 21:
        return ["My late father, ", N(full_name(g, gender="m")), ", farmed here for 50 years."]
    if k == 22:
        return ["Thanks to ", N(fn), " at the library for helping me write this."]
    return ["Pastor ", N(full_name(g)), " can vouch for the families we serve."]


def s_phone_en():
    k = r.randrange(12)
    p = phone()
    return [
        ["You can call me at ", P(p), "."],
        ["my cell is ", P(p), pick([" text only", "", " after 5pm"])],
        ["Phone: ", P(p)],
        ["call ", P(p), " if you need more info"],
        ["Best number to reach me: ", P(p), pick([".", " (leave a message)."])],
        ["my daughter's number is ", P(p), ", she speaks English better than me."],
        ["text me ", P(p)],
        ["Call me back please ", P(p), "!!"],
        ["Home ", P(p), ", work ", P(phone()), "."],
        ["They can reach the family at ", P(p), "."],
        ["my number changed, it's now ", P(p)],
        ["reach us at ", P(p), " or stop by."],
    ][k]


def s_email_en():
    k = r.randrange(9)
    return [
        ["Email me at ", E(email_plain()), "."],
        ["my email is ", E(email_spelled("en")), pick([" (no spaces)", "", "."])],
        ["Contact: ", E(email_plain())],
        ["please write to ", E(email_plain()), " and not my old address"],
        ["you can email ", E(email_spelled("en")), " anytime"],
        ["Send the spreadsheet to ", E(email_plain()), " thank you"],
        ["(", E(email_plain()), ")"],
        ["reply to ", E(email_plain()), " or ", E(email_plain())],
        ["email: ", E(email_spelled("en"))],
    ][k]


def s_addr_en():
    k = r.randrange(10)
    c, z = city_zip()
    line = street_line()
    tail = pick([f", {c}, NM {z}", f", {c} NM {z}", f" in {c}", f", {c}", f" {c}, New Mexico {z}", f", {c.upper()} NM"])
    return [
        ["I live at ", A(line), tail, "."],
        ["Mail it to ", A(line), tail],
        ["My address is ", A(line), tail, pick([".", ""])],
        ["we are at ", A(line), tail, pick([" out past the feed store.", ".", ""])],
        ["Our house at ", A(line), tail, " floods every summer."],
        ["send the letter to ", A(line), tail, " please"],
        ["Address: ", A(line), tail],
        ["i live at ", A(street_line(19)), " ", c.lower()],
        ["The landlord at ", A(line), tail, " won't fix the heater."],
        ["our mailing address is ", A(street_line(10)), tail, " but we live at ", A(street_line(pick([6, 7, 8, 9, 14, 15]))), "."],
    ][k]


def s_dob_en():
    k = r.randrange(10)
    return [
        ["DOB ", D(dob())],
        ["DOB: ", D(dob()), "."],
        ["I was born ", D(dob()), pick([" in Gallup.", ".", ", if that matters."])],
        ["date of birth ", D(dob())],
        ["my birthdate is ", D(dob()), "."],
        ["my daughter (born ", D(dob(year=r.randrange(2008, 2022))), ") is on the list too."],
        ["b. ", D(dob())],
        ["he was born on ", D(dob()), " so he should qualify."],
        ["d.o.b. ", D(dob())],
        ["my mother, born ", D(dob(year=r.randrange(1930, 1955))), ", is in a nursing home."],
    ][k]


def s_ssn_en():
    k = r.randrange(9)
    return [
        ["SSN ", S(ssn_full())],
        ["my social is ", S(ssn_full()), "."],
        ["social security number ", S(ssn_full()), " in case you need it"],
        ["SSN ending in ", S(last4()), "."],
        ["last 4 of my social: ", S(last4())],
        ["ss# ", S(ssn_full())],
        ["My SSN is ", S(ssn_full()), ", please verify."],
        ["the last four of his SSN are ", S(last4()), "."],
        ["Social: ", S(ssn_full())],
    ][k]


def s_case_en():
    k = r.randrange(11)
    cue, val = ident_en()
    if k == 8:
        return [pick(["my file is ", "my id is ", "My number with them is ", "the case is "]), C(pick([f"{digits(4)} {digits(4)}", f"{letters(1)}{digits(8)}", bare_ident()])), pick([".", "", " btw"])]
    if k == 9:
        return ["they said my ", pick(["account", "card", "EBT card", "policy"]), " ending ", C(digits(4)), " was flagged."]
    if k == 10:
        return ["I filed ", pick(["a complaint", "an appeal", "a claim"]), " (", pick(["#", "no. ", "No. ", ""]), C(f"{digits(2)}-{digits(5)}"), ") back in ", pick(YEARS), "."]
    c2, v2 = ident_en()
    return [
        ["My ", cue, C(val), pick([" is still pending.", " was closed without notice.", "."])],
        ["(", cue, C(val), ")"],
        [cap(cue), C(val), pick([" - please check", ".", ""])],
        ["They gave me ", cue, C(val), " but nobody follows up."],
        ["reference this: ", cue, C(val)],
        ["I have ", cue, C(val), pick([" and another one, ", " and also "]), c2, C(v2), "."],
        ["They lost my paperwork, ", C(bare_ident()), " is what's on the letter."],
        [C(bare_ident()), pick([" — that's the number they gave me.", " is my case, nobody answers."])],
    ][k]


def s_name_es():
    k = r.randrange(20)
    fn, ln = first_name(pick(["h", "h", "n", "a"])), last_name(pick(["h", "h", "h", "n"]))
    g = pick(["h", "h", "n", "a", "v"])
    return [
        ["Me llamo ", N(full_name(g, "es")), pick([".", " y vivo en " + pick(CITIES)[0] + ".", ","])],
        ["la familia ", N(ln), pick([" perdió su casa.", " no ha recibido nada.", " vive en el rancho de al lado."])],
        ["mi hijo ", N(pick(FIRST_HISP_M)), pick([" tiene 12 años", " va a la escuela en Española", " tiene asma"]), "."],
        ["la trabajadora social, la Sra. ", N(ln), ", nunca me regresa las llamadas."],
        ["Soy ", N(fn), ", ", pick(["mamá de tres", "maestra jubilada", "ranchero", "enfermera", "veterano"]), " de ",
         pick(COUNTIES_ES), "."],
        ["mi vecina ", N(full_name(g, "es", "f")), " me pidió que escribiera esto."],
        ["le dije a ", N(fn), " que aquí podían ayudar."],
        ["mi suegra, doña ", N(pick(FIRST_HISP_F)), ", no tiene internet."],
        ["mi esposo ", N(full_name("h", "es", "m")), " trabaja en el campo."],
        ["Habló con ", N(full_name(g, "es")), " en ", pick(AGENCIES_ES), " y no le resolvieron nada."],
        ["el Sr. ", N(ln), " dijo que los datos están mal."],
        ["mi nieta ", N(first_name(pick(["h", "n"]), "f")), " me ayudó a llenar esto."],
        ["Mi hija ", N(pick(FIRST_HISP_F)), " y su esposo ", N(full_name("h", "es", "m")), " también están en la lista."],
        ["Soy la directora, ", N(full_name("h", "es", "f")), ", de la despensa de ", pick(["Mora", "Taos", "Anthony", "Deming"]), "."],
        [N(pick(FIRST_HISP_F)), pick([" necesita ayuda con su SNAP", " perdió su Medicaid", " no puede pagar la luz"]), "."],
        ["mi compadre ", N(first_name("h", "m").lower()), " dice que el agua del pozo sale café."],
        ["el doctor ", N(ln), " de la clínica dijo que preguntara aquí."],
        ["Mi mamá, ", N(full_name("h", "es", "f")), ", nació en ", pick(["Mora", "Córdova", "Las Vegas", "Socorro"]), "."],
        ["Gracias a ", N(fn), " de la biblioteca por ayudarme."],
        ["la maestra de mi hija, Miss ", N(ln), ", dice que faltan datos."],
    ][k]


def s_phone_es():
    k = r.randrange(8)
    p = phone()
    return [
        ["Me pueden llamar al ", P(p), "."],
        ["mi cel es ", P(p), pick([" (solo mensajes)", "", " después de las 5"])],
        ["Tel. ", P(p)],
        ["llámenme al ", P(p), " por favor"],
        ["el número de mi hija es ", P(p), ", ella habla inglés."],
        ["mándenme un texto al ", P(p)],
        ["mi teléfono: ", P(p)],
        ["pueden llamar a la casa, ", P(p), ", o a mi celular ", P(phone()), "."],
    ][k]


def s_email_es():
    k = r.randrange(6)
    return [
        ["Mi correo es ", E(email_plain()), "."],
        ["escríbanme a ", E(email_spelled("es"))],
        ["correo: ", E(email_plain())],
        ["mi email es ", E(email_spelled("es")), pick([" (todo junto)", ""])],
        ["manden la información a ", E(email_plain()), " gracias"],
        ["o al correo de mi hijo, ", E(email_plain())],
    ][k]


def s_addr_es():
    k = r.randrange(7)
    c, z = city_zip()
    line = calle_line()
    tail = pick([f", {c}, NM {z}", f", {c} NM {z}", f" en {c}", f", {c}", f" {c}, Nuevo México {z}"])
    return [
        ["Vivo en ", A(line), tail, "."],
        ["mi domicilio es ", A(line), tail],
        ["Dirección: ", A(line), tail],
        ["manden la carta a ", A(street_line(pick([7, 10, 10, 14]))), tail, " por favor"],
        ["la casa está en ", A(line), tail, pick([" y se inunda cada verano.", ", por la iglesia.", "."])],
        ["vivimos en el ", A(street_line(pick([16, 15, 8, 9]))), tail, "."],
        ["el dueño de ", A(line), tail, " no quiere arreglar el calentón."],
    ][k]


def s_dob_es():
    k = r.randrange(7)
    return [
        ["fecha de nacimiento: ", D(dob("es"))],
        ["nací el ", D(dob("es")), pick([".", " en Mora.", ""])],
        ["mi mamá nació el ", D(dob("es", r.randrange(1930, 1956))), " y ya no puede manejar."],
        ["f. de nac. ", D(dob("es"))],
        ["mi hijo (nacido el ", D(dob("es", r.randrange(2008, 2022))), ") también está en la lista de espera."],
        ["DOB ", D(dob())],
        ["fecha de nac. ", D(dob("es")), "."],
    ][k]


def s_ssn_es():
    k = r.randrange(6)
    return [
        ["mi seguro social es ", S(ssn_full())],
        ["número de seguro social ", S(ssn_full()), "."],
        ["mi seguro social termina en ", S(last4()), "."],
        ["los últimos cuatro de mi seguro social son ", S(last4())],
        ["social security ", S(ssn_full()), ", por si lo necesitan"],
        ["SSN ", S(ssn_full())],
    ][k]


def s_case_es():
    k = r.randrange(9)
    art, cue, val = ident_es()
    art2, cue2, val2 = ident_es()
    if k == 6:
        return [pick(["mi cuenta termina en ", "la tarjeta termina en ", "mi cuenta con terminación "]), C(digits(4)), "."]
    if k == 7:
        cue7, val7 = pick([("mi número de expediente es el ", f"{digits(2)}.{digits(3)}.{digits(3)}"),
                           ("mi licencia es la ", f"{digits(3)} {digits(3)} {digits(3)}"),
                           ("mi Medicaid es el ", digits(10, True)),
                           ("el case number es ", f"{digits(3)}{letters(1)}{digits(5)}"),
                           ("mi número de reclamo es ", f"{digits(2)}-{digits(4)}-{digits(1)}")])
        return [cue7, C(val7), "."]
    if k == 8:
        return ["el número que me dieron: ", C(bare_ident())]
    return [
        ["Mi ", cue, C(val), pick([" sigue pendiente.", " lo cerraron sin avisar.", "."])],
        ["(", cue, C(val), ")"],
        [cap(cue), C(val), pick([" - favor de revisar", ".", ""])],
        ["Me dieron ", art, " ", cue, C(val), " pero nadie me llama."],
        ["Perdieron mis papeles, el número que sale en la carta es ", C(bare_ident()), "."],
        ["tengo ", art, " ", cue, C(val), " y también ", art2, " ", cue2, C(val2), "."],
    ][k]


PII_EN = [s_name_en] * 5 + [s_phone_en] * 3 + [s_email_en] * 3 + [s_addr_en] * 3 + [s_dob_en] * 2 + [s_ssn_en] * 2 + [s_case_en] * 4
PII_ES = [s_name_es] * 5 + [s_phone_es] * 3 + [s_email_es] * 2 + [s_addr_es] * 3 + [s_dob_es] * 2 + [s_ssn_es] * 2 + [s_case_es] * 4


# ---------------------------------------------------------------- openers and sign-offs
OPEN_EN = ["Hi,", "Hello,", "Good morning.", "To whom it may concern:", "hi there", "Question:", "", "", "", "Hey all,",
           "Dear Community Voice team,", "Proposal:", "URGENT", "Not sure this is the right place but"]
OPEN_ES = ["Buenos días.", "Hola,", "Buenas tardes,", "", "", "", "A quien corresponda:", "Saludos.", "Pregunta:",
           "Perdón si este no es el lugar,", "Estimados señores:"]


def signoff_en(pii=True):
    if not pii:
        return pick(["\n\nThanks", "\nThank you!", "\n\n- a concerned resident", "\n\nSent from my iPhone", "",
                     "\nRegards,\nA neighbor in " + pick(COUNTY_SHORT), "\n\nthx"])
    k = r.randrange(9)
    g = pick(["h", "a", "n", "v"])
    c, z = city_zip()
    return [
        ["\n\n— ", N(first_name(g))],
        ["\nThanks, ", N(full_name(g))],
        ["\n\nSincerely,\n", N(full_name(g))],
        ["\n-", N(first_name(g).lower())],
        ["\n\n", N(full_name(g)), "\n", A(street_line()), "\n", c, ", NM ", z],
        ["\n\nRegards,\n", N(full_name(g)), "\n", P(phone())],
        ["\nThank you, ", N(full_name(g)), " (", E(email_plain()), ")"],
        ["\n\n", N(full_name(g)), ", ", pick(["Chair", "Volunteer", "Parent", "Board member"]), ", ",
         pick(["Friends of the Library", "South Valley Neighbors", "Mora Acequia Association", "PTA"])],
        ["\n\nBest,\n", N(first_name(g)), " & ", N(first_name(g))],
    ][k]


def signoff_es(pii=True):
    if not pii:
        return pick(["\n\nGracias", "\n¡Muchas gracias!", "\n\nUna vecina preocupada", "", "\nSaludos desde " +
                     pick(["Mora", "Taos", "Anthony", "Socorro", "Española"])])
    k = r.randrange(7)
    c, z = city_zip()
    return [
        ["\n\nAtentamente,\n", N(full_name("h", "es"))],
        ["\nGracias, ", N(first_name("h"))],
        ["\n\n— ", N(first_name(pick(["h", "n"])))],
        ["\n\nSaludos,\n", N(full_name("h", "es")), "\n", P(phone())],
        ["\n\n", N(full_name("h", "es")), "\n", A(calle_line()), "\n", c, ", NM ", z],
        (lambda sx: ["\nDios los bendiga,\n", "doña " if sx == "f" else "don ", N(first_name("h", sx))])(pick("fm")),
        ["\n\nSu servidora, ", N(full_name("h", "es", "f"))],
    ][k]


# ---------------------------------------------------------------- hand-shaped templates (multi-kind, realistic)
def t_letter_en():
    fn, ln = first_name("h"), last_name("h")
    c, z = city_zip()
    cue, val = ident_en()
    return ["To whom it may concern,\n\nMy name is ", N(f"{fn} {ln}"), ", DOB ", D(dob()), ". I applied for ",
            pick(["rental assistance", "LIHEAP", "the childcare subsidy", "SNAP"]), " on ", event_date(),
            " and my ", cue, C(val), " still shows pending. I live at ", A(street_line()), ", ", c, ", NM ", z,
            ". Please call ", P(phone()), ".\n\nThank you,\n", N(fn)]


def t_proposal_en():
    g = pick(["a", "h", "n", "v"])
    org = pick(["Valle Verde Youth Coalition", "Four Corners Health Collective", "Mesilla Valley Data Club",
                "Northern NM Acequia Network", "Route 66 Small Business Alliance"])
    parts = [pick(["Proposal: ", "Use case: ", "Idea - "]), f"combine {pick(TOPICS_EN)} with {pick(TOPICS_EN)} ",
             f"for {pick(COUNTIES)} so {org} can target outreach. We already have {pick(GRANTS)} ",
             f"covering {money()} and would report results under {pick(STATUTES)}. "]
    if chance(0.7):
        fn, ln = first_name(g), last_name(g)
        parts += ["Project lead: ", N(f"{fn} {ln}"), ", ", E(email_plain(fn, ln)), pick([", ", " / "]), P(phone()), "."]
    else:
        parts += ["Contact our office through the main line, 211 can also route calls."]
    return parts


def t_ssa_en():
    return [pick(["", "help!! "]), "they cut my ", pick(["SSI", "benefits", "food stamps"]), " after I sent the ",
            pick(FORMS), ". my name is ", N(full_name().upper() if chance(0.2) else full_name()), " ssn ",
            S(ssn_full()), " dob ", D(dob()), " i called ", pick(["211", "the hotline 1-800-432-6217", "ISD at 1-800-283-4465", "the 800 number"]),
            " 4 times and nobody answers"]


def t_child_en():
    kid, kid2 = first_name(), first_name()
    ln = last_name()
    return ["Our kids ", N(kid), " (", D(dob(year=r.randrange(2010, 2021))), ") and ", N(kid2), " (",
            D(dob(year=r.randrange(2010, 2021))), ") ", pick(["were dropped from Medicaid", "lost their school meals",
                                                              "are not in the enrollment count"]),
            ". Medicaid ID for ", N(kid), " is ", C(digits(10, True)), ". We are the ", N(ln), " family in ",
            pick(COUNTIES), "."]


def t_mixed_public_en():
    # lots of public look-alikes with a single personal item
    fn = full_name()
    k = r.randrange(3)
    if k == 0:
        tail = ["If anyone wants to help, I'm ", N(fn), " at ", P(phone()), "."]
    elif k == 1:
        tail = ["My own claim (", C(ident_en()[1]), ") is in the same pile."]
    else:
        tail = ["Reply to ", E(email_plain()), "."]
    return [f"{pick(BILLS)} passed with {money()} for {pick(TOPICS_EN)}, and {pick(STATUTES)} says it must be public. "
            f"{pick(OFFICIALS_EN)} promised {count()} would be served by {event_date()}. I-25 at Exit 227 to "
            f"{pick(['Santa Fe', 'Socorro', 'Belen'])} is where the pop-up site was. ", *tail]


def t_veteran_en():
    cue, val = pick([("VA file number ", digits(8, True)), ("claim # ", digits(9, True)), ("C-file ", f"C{digits(8)}")])
    return ["I'm a Vietnam vet, ", pick(["Army", "Marines", "Navy"]), ", living out on ", A(street_line(pick([6, 7, 8, 14, 15, 20]))),
            " near ", pick(["Mountainair", "Magdalena", "Cuba", "Hatch", "Quemado"]), ". Sent my DD-214 twice. ",
            cue, C(val), ". ", *(lambda sx: ["My wife " if sx == "f" else "My son ", N(first_name(None, sx)), " handles the computer, ",
            "her" if sx == "f" else "his", " cell ", P(phone()), "."])(pick("fm"))]


def t_ticket_en():
    name = full_name()
    return ["Re: ticket ", C(digits(8)), "\n\n", "Still not fixed. The streetlight on ", pick(["Central Ave", "Martin Luther King Jr. Ave", "Coors Blvd", "Main St"]),
            " by ", pick(PUBLIC_PLACES[:6]), " has been out since ", event_date(), ". 311 says it's the state's, NMDOT says it's the city's.\n\n",
            N(name)]


def t_notes_en():
    # a list/form-style post
    lines = ["Name: ", N(full_name()), "\nDOB: ", D(dob()), "\nAddress: ", A(street_line()), ", ", *(lambda cz: [cz[0], " ", cz[1]])(city_zip()),
             "\nPhone: ", P(phone()), "\nIssue: ", pick(["denied LIHEAP", "SNAP recert lost", "water shutoff",
                                                        "no response on IPRA request"])]
    if chance(0.5):
        lines += ["\nCase: ", C(ident_en()[1])]
    return lines


def t_letter_es():
    fn, ln = first_name("h"), last_name("h")
    c, z = city_zip()
    _art, cue, val = ident_es()
    return ["Buenas tardes,\n\nMi nombre es ", N(f"{fn} {ln}"), ", fecha de nacimiento ", D(dob("es")),
            ". Solicité ", pick(["la ayuda de renta", "LIHEAP", "el programa de guardería", "SNAP"]), " ",
            event_date("es"), " y mi ", cue, C(val), " sigue igual. Vivo en ", A(calle_line()), ", ", c, ", NM ", z,
            ". Mi teléfono es ", P(phone()), ".\n\nAtentamente,\n", N(f"{fn} {ln}")]


def t_spanglish_es():
    return [pick(["Oigan, ", "Mire, ", "Pues "]), "mi ", pick(["unemployment", "Medicaid", "food stamps"]),
            " claim lo negaron otra vez. El claim number es ", C(pick([f"{digits(3)}-{digits(2)}-{digits(4)}", digits(9, True),
                                                                      f"{letters(2)}{digits(7)}", f"{digits(4)}-{digits(5)}"])),
            " y mi DOB es ", D(dob(year=r.randrange(1945, 2000))), ". Llamé al ", pick(["877-664-6984", "211", "1-800-283-4465"]),
            " y nada. Mi hija ", N(pick(FIRST_HISP_F)), " les puede explicar mejor en inglés, su cel es ",
            P(phone()), "."]


def t_rural_es():
    return ["Vivimos en el ", A(street_line(pick([7, 8, 9, 14, 15, 6]))), " cerca de ", pick(["Peñasco", "Truchas", "Ojo Caliente", "Abiquiú", "Villanueva"]),
            " y no llega el internet. Según el mapa de ", pick(AGENCIES_ES), ", ", pick(["el 90%", "casi todo", "el 75 por ciento"]),
            " del condado tiene cobertura, pero no es cierto. La familia ", N(last_name("h")), " y la familia ",
            N(last_name("h")), " tampoco tienen.", pick(["", " Gracias."])]


def t_form_es():
    return ["Nombre: ", N(full_name("h", "es")), "\nFecha de nacimiento: ", D(dob("es")), "\nDomicilio: ",
            A(calle_line()), ", ", pick(CITIES)[0], "\nTel: ", P(phone()), "\nSeguro social: ", S(pick([ssn_full(), last4()])),
            "\nProblema: ", pick(["me cortaron el agua", "perdí mi SNAP", "no me han pagado el desempleo"])]


def t_senior_es():
    return ["Escribo por mi papá, don ", N(pick(FIRST_HISP_M)), ", que tiene ", str(r.randrange(70, 96)),
            " años. Nació el ", D(dob("es", r.randrange(1928, 1955))), " en ", pick(["Mora", "Wagon Mound", "Questa", "Córdova"]),
            ". Su número de Medicare es ", C(f"{digits(1, True)}{letters(2)}{digits(1)}-{letters(2)}{digits(1)}-{letters(2)}{digits(2)}"),
            ". El centro de ancianos en ", pick(COUNTIES_ES), " cerró y ", pick(OFFICIALS_ES),
            " prometió abrir otro en ", pick(["2025", "2026"]), "."]


def t_mixed_public_es():
    return [f"La ley {pick(BILLS)} dio {money()} y {pick(OFFICIALS_ES)} dijo que {pick(['3,400 familias', '12,000 personas'])} "
            f"recibirían ayuda antes de {event_date('es')}. En {pick(COUNTIES_ES)} nadie ha visto nada. ",
            pick(["Si quieren hablar conmigo, soy ", "Pregunten por "]), N(full_name("h", "es")), ", al ", P(phone()), "."]


def t_titled_en():
    sx = pick("fm")
    g = pick(["h", "a", "n", "v"])
    fn = first_name(g, sx)
    pro = "her" if sx == "f" else "his"
    title = [N(fn), pick([f" needs help with {pro} SNAP", f" lost {pro} Medicaid", " can't find the eviction data"]), "\n\n"]
    body = [f"Posting for my {pick(['neighbor', 'friend', 'cousin'])}. ", cap(pro), " recertification was due ",
            event_date(), f" and {pick(['HSD', 'ISD', 'the Health Care Authority', 'Income Support Division'])} says they never got it. "]
    if chance(0.6):
        body += [cap(pro), " case number is ", C(pick([digits(9, True), f"{digits(3)} {digits(3)} {digits(3)}", bare_ident()])), ". "]
    body += [pick(["Is there data on how many recerts get lost?", "How common is this in " + pick(COUNTIES) + "?"])]
    return title + body


def t_tenant_en():
    landlord = full_name()
    line = street_line(pick([0, 1, 2, 3, 11, 12, 17]))
    c, z = city_zip()
    return ["Our landlord, ", N(landlord), ", hasn't fixed the swamp cooler at ", A(line), " since ", pick(MONTHS), ". ",
            f"Is there a dataset of code complaints for {c}? I filed one through 311 and got ",
            pick(["ticket ", "reference ", "request #", "SR "]), C(pick([digits(8), f"{digits(3)}-{digits(5)}", f"SR-{digits(7)}"])),
            f". Around {pick(['40', '120', '1,300', '2,000'])} units in our ZIP ({z}) have the same problem."]


def t_deceased_en():
    sx = pick("fm")
    rel = "mother" if sx == "f" else "father"
    return [f"My {rel}, ", N(full_name(gender=sx)), ", passed in ", pick(YEARS), " (DOB ", D(dob(year=r.randrange(1930, 1960))),
            pick([", SSN ending ", ", last four of social "]), S(last4()), ") and ", pick(AGENCIES),
            " keeps sending letters to ", "her" if sx == "f" else "his",
            " old address. How are death records matched in your data?"]


def t_school_en():
    return [f"We are a 5th-grade class at {pick(['Dennis Chávez Elementary', 'Montoya Elementary', 'Lincoln Middle School', 'Zia Elementary'])} ",
            f"and want to graph {pick(TOPICS_EN)} in {pick(COUNTIES)}. Our teacher is ", pick(["Ms. ", "Mr. ", "Mrs. "]),
            N(last_name()), ". ", pick(["Students ", "Team members: "]), N(first_name()), ", ", N(first_name()), " and ",
            N(first_name()), ". ", f"Senator Luján visited us on {event_date()}!"]


TEMPLATES_EN = [t_titled_en, t_tenant_en, t_deceased_en, t_school_en, t_letter_en, t_proposal_en, t_ssa_en, t_child_en, t_mixed_public_en, t_veteran_en, t_ticket_en, t_notes_en]
def t_titled_es():
    fn = pick(FIRST_HISP_F)
    return ["Ayuda para mi mamá ", N(fn), "\n\n", "Mi mamá tiene ", str(r.randrange(70, 95)), " años y le quitaron el ",
            pick(["Medicaid", "SNAP", "LIHEAP"]), ". ", pick(["Su caseworker", "La trabajadora del caso"]), " se llama ",
            N(full_name("h", "es", pick("fm"))), " pero nunca contesta. ", "¿Cuántas personas mayores en ", pick(COUNTIES_ES),
            " perdieron sus beneficios en ", pick(YEARS), "?"]


def t_mixed_es():
    return ["Hi, soy ", N(first_name(pick(["h", "n"]))), " de ", pick(["Anthony", "Sunland Park", "Chaparral", "Deming", "Hobbs"]),
            ". My English no es muy bueno. Tengo un problema con mi ", pick(["licencia", "driver license", "permiso de trabajo"]),
            ", el número es ", C(pick([digits(9), f"{digits(3)}-{digits(3)}-{digits(3)}", f"{letters(1)}{digits(8)}"])),
            " y la MVD dice que ", pick(["está suspendida", "no existe", "tiene una multa"]), ". ",
            "Pueden llamarme al ", P(phone()), " o escribir a ", E(email_plain()), "."]


TEMPLATES_ES = [t_titled_es, t_mixed_es, t_letter_es, t_spanglish_es, t_rural_es, t_form_es, t_senior_es, t_mixed_public_es]


# ---------------------------------------------------------------- hand-shaped clean templates (look-alikes)
def c_long_en():
    return [f"{pick(OPEN_EN)} ".lstrip(), f"{clean_sentence_en()} {clean_sentence_en()} ",
            f"For context, {pick(HOTLINES_EN)} and they didn't know either. ",
            f"{pick(['Thanks', 'Appreciate it', 'Any help is welcome'])}."]


def c_numbers_en():
    return [f"Quick question about {pick(FORMS)}: the {pick(['2023', '2024'])} version lists box 4 as {money()}. "
            f"Is that included in the {pct()} figure on the dashboard? The statute is {pick(STATUTES)}, and "
            f"{pick(BILLS)} changed it. Office hours are 8-5, call 505-827-7750 (main line) or {pick(['211', '311', '988'])} after hours."]


def c_places_en():
    return [f"The intersection of {pick(['Martin Luther King Jr. Ave', 'Lomas Blvd', 'Coors Blvd', 'Rio Grande Blvd', 'Central Ave'])} "
            f"and {pick(['University Blvd', 'Broadway', '4th St', 'Girard'])} needs a signal. Crash data for {pick(COUNTIES)} "
            f"and {pick(COUNTIES)} would show it. Also the stretch of {pick(ROUTES)} past {pick(PUBLIC_PLACES)}."]


def c_officials_en():
    return [f"{pick(OFFICIALS_EN)} and {pick(OFFICIALS_EN)} announced the {money()} fund on {event_date()}. "
            f"Is there an open dataset with how many of the {count()} were in {pick(COUNTIES)}? "
            f"The press release cited {pick(GRANTS)}."]


def c_short_en():
    return [pick(["where is the SNAP data by county??", "Is 988 data public?", "Can I get HB 2 spending by county",
                  f"{pick(COUNTIES)} numbers wrong", "Please add Spanish versions of the reports.",
                  "How often is the unemployment data updated?",
                  f"Need data on {pick(TOPICS_EN)} for a grant due {event_date()}.",
                  f"What does {pick(STATUTES)} require?", "Broken link on the Medicaid page.",
                  f"Is the Route 66 corridor study from {pick(YEARS)} online?"])]


def c_long_es():
    return [f"{pick(OPEN_ES)} ".lstrip(), f"{clean_sentence_es()} {clean_sentence_es()} ",
            f"Para que sepan, {pick(HOTLINES_ES)} y tampoco sabían. ", pick(["Gracias.", "Saludos.", "Ojalá me contesten."])]


def c_short_es():
    return [pick(["¿dónde están los datos de SNAP por condado?", "¿Los datos del 988 son públicos?",
                  "¿Cuánto se gastó de la HB 2 en Mora?", "Pongan los reportes en español por favor.",
                  f"Los números de {pick(COUNTIES_ES)} están mal.", "El enlace de Medicaid no sirve.",
                  f"Necesito datos de {pick(TOPICS_ES)} para una propuesta que vence {event_date('es')}.",
                  "¿Cada cuándo actualizan los datos de desempleo?", "quiero saber cuantos niños hay en head start en Taos"])]


def c_mixed_lang_es():
    return [f"Hola, I'm writing en los dos idiomas porque la página está en inglés. ¿Tienen el dataset de {pick(TOPICS_ES)} "
            f"for {pick(COUNTIES)}? En {pick(YEARS)} eran {pick(['3,400 familias', '1,250 niños', '96 escuelas'])}, "
            f"now the dashboard says {pct()}. Gracias."]


CLEAN_T_EN = [c_long_en, c_numbers_en, c_places_en, c_officials_en, c_short_en]
CLEAN_T_ES = [c_long_es, c_short_es, c_mixed_lang_es]


# ---------------------------------------------------------------- composition
def distinct(fn, n):
    out = []
    while len(out) < n:
        x = fn()
        if all(x[:18] != y[:18] for y in out):
            out.append(x)
    return out


def join_sentences(chunks):
    """chunks: list of piece-lists; join with spaces (or newlines)."""
    out = []
    for i, ch in enumerate(chunks):
        if not ch:
            continue
        if out:
            out.append(pick([" ", " ", " ", "\n", "\n\n", "  "]))
        out.extend(ch)
    return out


def maybe_cap(chunk):
    if chunk and isinstance(chunk[0], str) and chunk[0] and chance(0.8):
        chunk = [chunk[0][0].upper() + chunk[0][1:]] + chunk[1:]
    return chunk


def compose_pii(lang):
    if chance(0.25):
        return pick(TEMPLATES_EN if lang == "en" else TEMPLATES_ES)()
    clean_fn = clean_sentence_en if lang == "en" else clean_sentence_es
    pii_pool = PII_EN if lang == "en" else PII_ES
    opener = pick(OPEN_EN if lang == "en" else OPEN_ES)
    chunks = []
    if opener:
        chunks.append([opener])
    n_clean = pick([0, 1, 1, 1, 2, 2])
    n_pii = pick([1, 1, 1, 2, 2, 3])
    body = [[x] for x in distinct(clean_fn, n_clean)] + [maybe_cap(pick(pii_pool)()) for _ in range(n_pii)]
    # keep at least one clean sentence first most of the time
    if n_clean and chance(0.7):
        first = body[0]
        rest = body[1:]
        r.shuffle(rest)
        body = [first] + rest
    else:
        r.shuffle(body)
    chunks += body
    parts = join_sentences(chunks)
    if chance(0.45):
        parts += signoff_en(True) if lang == "en" else signoff_es(True)
    elif chance(0.3):
        parts += [signoff_en(False) if lang == "en" else signoff_es(False)]
    if chance(0.08):
        # some residents type everything in lower case
        parts = [p.lower() if isinstance(p, str) else (p[0], p[1].lower()) for p in parts]
    return parts


def compose_clean(lang):
    if chance(0.45):
        return pick(CLEAN_T_EN if lang == "en" else CLEAN_T_ES)()
    clean_fn = clean_sentence_en if lang == "en" else clean_sentence_es
    opener = pick(OPEN_EN if lang == "en" else OPEN_ES)
    chunks = [[opener]] if opener else []
    chunks += [[x] for x in distinct(clean_fn, pick([1, 2, 2, 3]))]
    parts = join_sentences(chunks)
    parts += [signoff_en(False) if lang == "en" else signoff_es(False)]
    return parts


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def build(parts):
    text_pieces, spans, pos = [], [], 0
    for p in parts:
        if isinstance(p, str):
            text_pieces.append(p)
            pos += utf16_len(p)
        else:
            kind, val = p
            start = pos
            text_pieces.append(val)
            pos += utf16_len(val)
            spans.append({"kind": kind, "start": start, "end": pos, "_value": val})
    return "".join(text_pieces), spans


def self_check(rec, values):
    units = rec["text"].encode("utf-16-le")
    prev_end = -1
    for sp, v in zip(rec["spans"], values):
        seg = units[2 * sp["start"]:2 * sp["end"]].decode("utf-16-le")
        assert seg == v, (rec["id"], seg, v)
        assert seg == seg.strip() and seg, (rec["id"], repr(seg))
        assert sp["start"] >= prev_end, ("overlap", rec["id"])
        prev_end = sp["end"]
        assert sp["kind"] in (EMAIL, PHONE, ADDR, DOB, SSN, CASE, NAME)
    for ch in rec["text"]:
        assert ord(ch) < 0x10000, "non-BMP character"


def main():
    plan = [("en", True)] * 200 + [("en", False)] * 86 + [("es", True)] * 108 + [("es", False)] * 46
    r.shuffle(plan)
    records, seen = [], set()
    for lang, pii in plan:
        for _ in range(50):
            parts = compose_pii(lang) if pii else compose_clean(lang)
            text, spans = build(parts)
            text = text.strip("\n ") if not spans else text
            if text.strip() and text not in seen and (bool(spans) == pii):
                # leading/trailing whitespace trimming only when it cannot shift spans
                if spans and text != text.lstrip():
                    continue
                seen.add(text)
                break
        else:
            raise SystemExit("could not generate a unique text")
        rec = {"id": "heldout-%04d" % (len(records) + 1), "split": "heldout", "lang": lang, "text": text,
               "spans": [{"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in spans]}
        self_check(rec, [s["_value"] for s in spans])
        records.append(rec)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    kinds = {}
    for rec in records:
        for s in rec["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    summary = {"texts": len(records), "en": sum(1 for x in records if x["lang"] == "en"),
               "es": sum(1 for x in records if x["lang"] == "es"),
               "clean": sum(1 for x in records if not x["spans"]), "spans": kinds}
    print(json.dumps(summary, ensure_ascii=False, sort_keys=True), file=sys.stderr)


if __name__ == "__main__":
    main()
