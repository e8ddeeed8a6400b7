#!/usr/bin/env python3
"""Held-out v2 test set for the Community Voice personal-data masker.

Written by a separate author who never read the masker, its lexicon, its tests or any other
labelled set. Standard library only, seeded, deterministic: running it twice writes the same file.

Every text is built from pieces: a piece is either a plain string or a (kind, value) tuple.
Offsets are recorded while concatenating, never by searching afterwards. All characters are in
the BMP, so Python indexes equal UTF-16 code units.
"""
import json
import os

import random

r = random.Random(8675309)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout-v2.jsonl")

N_TEXTS = 460
SHARE_ES = 0.35
SHARE_PII = 0.65


def ch(seq):
    return r.choice(seq)


def digits(n):
    return "".join(r.choice("0123456789") for _ in range(n))


def nz_digits(n):
    return str(r.randint(1, 9)) + digits(n - 1)


# ---------------------------------------------------------------- places (not personal data)
COUNTIES = [
    "Bernalillo", "Catron", "Chaves", "Cibola", "Colfax", "Curry", "De Baca", "Doña Ana", "Eddy", "Grant",
    "Guadalupe", "Harding", "Hidalgo", "Lea", "Lincoln", "Los Alamos", "Luna", "McKinley", "Mora", "Otero",
    "Quay", "Rio Arriba", "Roosevelt", "Sandoval", "San Juan", "San Miguel", "Santa Fe", "Sierra", "Socorro",
    "Taos", "Torrance", "Union", "Valencia",
]
CITIES = [
    "Albuquerque", "Las Cruces", "Santa Fe", "Rio Rancho", "Roswell", "Farmington", "Gallup", "Española",
    "Taos", "Los Lunas", "Deming", "Clovis", "Hobbs", "Carlsbad", "Silver City", "Socorro", "Belen", "Chimayó",
    "Truth or Consequences", "Shiprock", "Anthony", "Sunland Park", "Las Vegas", "Raton", "Tucumcari", "Grants",
    "Zuni", "Mora", "Peñasco", "Alamogordo", "Portales", "Lovington", "Bernalillo", "Corrales", "Tierra Amarilla",
    "Questa", "Crownpoint", "Hatch", "Moriarty", "Estancia",
]
ZIPS = ["87105", "87501", "88005", "87401", "88201", "87301", "87532", "87571", "88030", "88101", "88240",
        "87002", "87031", "88061", "87124", "87420", "87701", "87021", "87552", "88310"]

# ---------------------------------------------------------------- names (private persons)
FIRST_HISP = ["María", "José", "Tomás", "Gloria", "Lupe", "Ramón", "Juanita", "Ernesto", "Dolores", "Rubén",
              "Yolanda", "Adán", "Inés", "Félix", "Rosario", "Alberto", "Margarita", "Eloy", "Celestina", "Arturo",
              "Josefina", "Reynaldo", "Marisol", "Ezequiel", "Bernadette", "Fidel", "Amalia", "Orlando", "Teresa",
              "Benito", "Consuelo", "Isidro", "Priscilla", "Santiago", "Leticia", "Ángel", "Socorro",
              "Guadalupe", "Mercedes", "Lorenzo", "Dolores", "Jesús", "Trinidad"]
FIRST_ANGLO = ["Ruth", "Dave", "Jennifer", "Kevin", "Tammy", "Bill", "Sarah", "Michael", "Linda", "Cody",
               "Brandi", "Gary", "Heather", "Dustin", "Karen", "Wade", "Shelby", "Doug", "Amanda", "Travis",
               "Colleen", "Ethan", "Marjorie", "Kyle", "Grant", "Hope", "Dusty", "Sierra", "Chance",
               "Dakota", "Mesa"]
FIRST_NATIVE = ["Darlene", "Wilson", "Shandiin", "Nizhoni", "Kee", "Loretta", "Marvin", "Ahiga", "Delbert",
                "Winona", "Tsosie", "Lorenzo", "Verna", "Hoskie", "Bidtah"]
LAST_HISP = ["Abeyta", "Villalobos", "Trujillo", "Montoya", "Baca", "Chávez", "Gallegos", "Archuleta", "Sena",
             "Martínez", "Lucero", "Maestas", "Quintana", "Romero", "Ortega", "Valdez", "Gurulé", "Apodaca",
             "Córdova", "Vigil", "Jaramillo", "Sandoval", "Padilla", "Mondragón", "Salazar", "Griego", "Tafoya",
             "Ulibarrí", "Olguín", "Esquibel", "Lovato", "Herrera", "Duran", "Benavídez", "Candelaria",
             "Luna", "Mora", "Sierra", "Lujan", "Otero", "Santa Cruz", "De Baca", "Socorro", "Grant", "Rio"]
LAST_NATIVE = ["Yazzie", "Begay", "Tsosie", "Benally", "Nez", "Chee", "Etsitty", "Lente", "Shendo", "Tsinajinnie",
               "Manuelito", "Attakai", "Peshlakai", "Harjo", "Chavarria", "Toya", "Loretto", "Yepa", "Cata"]
LAST_ANGLO = ["Henderson", "Miller", "Kowalski", "O'Brien", "Whitfield", "Schmidt", "Dunn", "McAllister",
              "Pruitt", "Hargrove", "Lindqvist", "Baxter", "Fenwick", "Sorensen", "Tate"]
VIET = [("Minh", "Nguyen"), ("Lan", "Tran"), ("Hoa", "Pham"), ("Tuan", "Le"), ("Thu", "Vo"), ("Khanh", "Dang")]
VIET_FULL = ["Nguyen Van Minh", "Tran Thi Lan", "Pham Thi Hoa", "Le Hoang Tuan", "Dang Quoc Khanh"]
ARAB = [("Fatima", "Al-Haddad"), ("Omar", "Haddad"), ("Yusuf", "Rahman"), ("Layla", "Nasser"),
        ("Khalid", "Mansour"), ("Samira", "El-Amin"), ("Tariq", "Abdullah")]
NICK = ["Chuy", "Beto", "Lalo", "Nena", "Pancho", "Tito", "Bubba", "Nacho", "Chepe", "Lencho", "Memo", "Junior",
        "Güera", "Flaco", "Tata Fermín"]


def first():
    g = r.random()
    if g < 0.45:
        return ch(FIRST_HISP)
    if g < 0.7:
        return ch(FIRST_ANGLO)
    if g < 0.85:
        return ch(FIRST_NATIVE)
    if g < 0.93:
        return ch(VIET)[0]
    return ch(ARAB)[0]


def last():
    g = r.random()
    if g < 0.5:
        return ch(LAST_HISP)
    if g < 0.72:
        return ch(LAST_NATIVE)
    if g < 0.88:
        return ch(LAST_ANGLO)
    if g < 0.94:
        return ch(VIET)[1]
    return ch(ARAB)[1]


MALE = {"José", "Tomás", "Ramón", "Ernesto", "Rubén", "Adán", "Félix", "Alberto", "Eloy", "Arturo", "Reynaldo",
        "Ezequiel", "Fidel", "Orlando", "Benito", "Isidro", "Santiago", "Ángel", "Lorenzo", "Jesús", "Dave", "Kevin",
        "Bill", "Michael", "Cody", "Gary", "Dustin", "Wade", "Doug", "Travis", "Ethan", "Kyle", "Grant", "Wilson",
        "Kee", "Marvin", "Ahiga", "Delbert", "Hoskie", "Minh", "Tuan", "Khanh", "Omar", "Yusuf", "Khalid", "Tariq",
        "Chance", "Dusty", "Dakota", "Trinidad", "Tsosie", "Bidtah", "Socorro"}


def first_g(male):
    while True:
        f = first()
        if (f in MALE) == male:
            return f


def full_g(male):
    f = first_g(male)
    g = r.random()
    if g < 0.6:
        return f + " " + last()
    if g < 0.75:
        return f + " " + ch("ABCDEFGJLMRST") + ". " + last()
    return f + " " + ch(LAST_HISP) + " " + ch(LAST_HISP)


def full():
    g = r.random()
    if g < 0.45:
        return first() + " " + last()
    if g < 0.55:
        return first() + " " + ch("ABCDEFGJLMRST") + ". " + last()
    if g < 0.68:
        return ch(FIRST_HISP) + " " + ch(LAST_HISP) + " " + ch(LAST_HISP)
    if g < 0.73:
        return ch(FIRST_HISP) + " " + ch(["Elena", "Luisa", "de Jesús", "Antonio", "Guadalupe"]) + " " + ch(LAST_HISP) + " de " + ch(LAST_HISP)
    if g < 0.80:
        return ch(FIRST_NATIVE) + " " + ch(LAST_NATIVE)
    if g < 0.85:
        return ch(VIET_FULL)
    if g < 0.90:
        f, l = ch(ARAB)
        return f + " " + l
    if g < 0.95:
        return ch(FIRST_ANGLO) + " " + ch(LAST_ANGLO) + "-" + ch(LAST_HISP)
    return ch(FIRST_HISP) + " " + ch(LAST_HISP)


# ---------------------------------------------------------------- values


def area():
    return ch(["505", "575", "505", "575", "505"])


def phone():
    a, e, n = area(), str(r.randint(2, 9)) + digits(2), digits(4)
    f = r.randint(0, 15)
    return [
        f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a}{e}{n}", f"{a} {e} {n}", f"+1 {a}-{e}-{n}",
        f"1-{a}-{e}-{n}", f"{e}-{n}", f"({a}){e}-{n}", f"{a}/{e}-{n}", f"{a} - {e} - {n}",
        f"{a}-{e}-{n[:2]}-{n[2:]}", f"1 ({a}) {e} {n}", f"+1{a}{e}{n}", f"{a}-{e}{n}", f"({a}) {e} - {n}",
    ][f]


SPELL = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
         "8": "eight", "9": "nine"}
SPELL_ES = {"0": "cero", "1": "uno", "2": "dos", "3": "tres", "4": "cuatro", "5": "cinco", "6": "seis",
            "7": "siete", "8": "ocho", "9": "nueve"}


def phone_spelled(es=False):
    d = area() + str(r.randint(2, 9)) + digits(6)
    m = SPELL_ES if es else SPELL
    w = [m[c] for c in d]
    return " ".join(w[:3]) + ", " + " ".join(w[3:6]) + ", " + " ".join(w[6:])


DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "comcast.net", "outlook.com", "msn.com",
           "icloud.com", "q.com", "live.com", "plateautel.net", "windstream.net", "nmsu.edu", "unm.edu"]


def plain(s):
    t = s.lower()
    for a, b in (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n"), ("ü", "u"), ("'", ""),
                 (" ", ""), ("-", ""), (".", "")):
        t = t.replace(a, b)
    return t


def email():
    f, l = plain(first()), plain(last())
    d = ch(DOMAINS)
    g = r.randint(0, 11)
    user = [f + "." + l, f[0] + l, f + l + digits(2), f + "_" + l, l + f[0] + digits(3), f + digits(4),
            "the" + l + "s", f + "." + l + "." + digits(2), ch(["nmcowgirl", "burqueboy", "chile_queen", "rezdog",
                                                                "lobofan", "greenchilelover", "abuelita", "desertrat"]) + digits(2),
            f[0] + "." + l, l + "family", f + "-" + l][g]
    return user + "@" + d


def email_obf(es=False):
    f, l = plain(first()), plain(last())
    d = ch(["gmail", "yahoo", "hotmail", "aol", "outlook"])
    g = r.randint(0, 4)
    if es and r.random() < 0.5:
        return f + l + " arroba " + d + " punto com"
    return [f + " at " + d + " dot com", f + l + "(at)" + d + ".com", f + "." + l + " [at] " + d + " [dot] com",
            f + "_" + l + " AT " + d + " DOT com", f + l + digits(2) + " @ " + d + " . com"][g]


STREETS = ["Juniper Rd", "Calle del Sol", "Camino Real", "Mesa Verde Dr", "Coronado Ave", "Piñon St",
           "Calle Ocho", "Arroyo Seco Rd", "Sandia Vista Ct", "Los Poblanos Ln", "Tramway Blvd NE", "Isleta Blvd SW",
           "Calle Encantada", "Camino de los Abuelos", "Bosque Loop", "Sagebrush Trl", "Yucca Ave",
           "Paseo del Norte NE", "Avenida César Chávez SE", "Cottonwood Dr", "Acequia Madre", "Calle Luna",
           "Old Pecos Trl", "Chamisa Rd", "Lomas Blvd NE", "Valley View Dr", "Camino Don Tomás", "Rodeo Rd",
           "Mountain View Ave", "Calle de la Paz", "Alameda Blvd NW", "Missouri Ave", "Solano Dr",
           "Picacho Ave", "El Paseo Rd", "Sudderth Dr", "Main St", "Navajo Dr", "Aztec Ave", "Sunset Ave"]


def unit():
    return ch(["Apt 3", "Apt. 12B", "#4", "Unit 7", "Apt 210", "Space 22", "Trlr 5", "Ste 2", "Apt B", "#116"])


def street_line(po=True):
    num = str(r.randint(1, 9999))
    g = r.randint(0, 24)
    while not po and g in (10, 12, 15):
        g = r.randint(0, 24)
    if g <= 6:
        return num + " " + ch(STREETS)
    if g == 7:
        return num + " " + ch(STREETS) + " " + unit()
    if g == 8:
        return unit() + ", " + num + " " + ch(STREETS)
    if g == 9:
        return num + " State Road " + str(r.randint(4, 599))
    if g == 10:
        return "HC " + str(r.randint(30, 80)) + " Box " + str(r.randint(1, 999))
    if g == 11:
        return num[:3] + " CR " + str(r.randint(1000, 6999))
    if g == 12:
        return "Rt " + str(r.randint(1, 9)) + " Box " + str(r.randint(1, 400))
    if g == 13:
        return num + " " + ch(["W.", "E.", "N.", "S."]) + " " + ch(["Picacho Ave.", "Second St.", "Pine St.", "Country Club Rd."]) + " " + ch(["Apt 3", "Apt. 7", "Unit C"])
    if g == 14:
        return num + " " + ch(["4th", "12th", "2nd", "Broadway", "Edith"]) + " " + ch(["St NW", "St SW", "Blvd SE", "Ave NE"])
    if g == 15:
        return ch(["PO Box ", "P.O. Box ", "P O Box ", "Box "]) + str(r.randint(1, 9999))
    if g == 16:
        return "Lot " + str(r.randint(1, 90)) + " " + ch(["Sunset Mobile Home Park", "Dos Amigos MHP", "Valle Verde Trailer Court", "Mesa Vista Mobile Park"])
    if g == 17:
        return num + " " + ch(["County Road", "Co Rd", "CR"]) + " " + ch(["A", "B", "E", "27", "41", "91"]) + str(r.randint(0, 9))
    if g == 18:
        return num + " NM-" + str(r.randint(4, 599))
    if g == 19:
        return num + " " + ch(STREETS).lower()
    if g == 20:
        return num + " Hwy " + ch(["64", "84", "285", "60", "70", "180", "491"])
    if g == 21:
        return num + " " + ch(["US Hwy 550", "Hwy 14", "Old Route 66"])
    if g == 22:
        return num + " 1/2 " + ch(STREETS)
    if g == 23:
        return num + " " + ch(STREETS) + ", " + ch(["Apt 3", "Unit 5", "Bldg 2 Apt 14"])
    return num + " Calle " + ch(["San Francisco", "Ocho", "Real", "Nueva", "Sin Nombre"])


def street_es():
    num = str(r.randint(1, 999))
    g = r.randint(0, 6)
    return [
        "calle ocho " + num, "Calle " + ch(["del Sol", "Luna", "Encantada", "de la Paz", "Los Pinos"]) + " #" + num,
        "Apdo. Postal " + str(r.randint(1, 300)), "Camino " + ch(["del Rio", "Real", "de la Sierra"]) + " " + num,
        num + " " + ch(STREETS), "Apartado Postal " + str(r.randint(1, 900)),
        "Lote " + str(r.randint(1, 60)) + " del parque de trailas " + ch(["Valle Verde", "Dos Amigos", "La Loma"]),
    ][g]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dob(kind="adult"):
    if kind == "child":
        y = r.randint(2008, 2022)
    elif kind == "old":
        y = r.randint(1928, 1955)
    else:
        y = r.randint(1940, 2004)
    m, d = r.randint(1, 12), r.randint(1, 28)
    g = r.randint(0, 13)
    mn = MONTHS[m - 1]
    sfx = "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d]
    return [
        f"{m}/{d}/{y % 100:02d}", f"{m:02d}-{d:02d}-{y}", f"{mn[:3]} {d}{sfx} {y}", f"{mn} {d}, {y}",
        f"{y}-{m:02d}-{d:02d}", f"{d} {mn[:3]} {y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}.{d}.{y % 100:02d}",
        f"{mn} {d} {y}", f"{mn[:3]}. {d}, {y}", f"{m}-{d}-{y % 100:02d}", f"{d:02d}/{m:02d}/{y}", f"{mn} {d}{sfx}, {y}",
    ][g]


def dob_es(kind="adult"):
    if kind == "child":
        y = r.randint(2008, 2022)
    elif kind == "old":
        y = r.randint(1928, 1955)
    else:
        y = r.randint(1940, 2004)
    m, d = r.randint(1, 12), r.randint(1, 28)
    g = r.randint(0, 6)
    return [f"{d} de {MES[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d} de {MES[m - 1]} del {y % 100:02d}",
            f"{d}-{m}-{y}", f"{d} {MES[m - 1]} {y}", f"{d} de {MES[m - 1].capitalize()} de {y}",
            f"{m}/{d}/{y}"][g]


def ssn_core():
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"


def ssn():
    a, b, c = ssn_core()
    g = r.randint(0, 6)
    return [f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} - {b} - {c}",
            f"{a}-{b}{c}"][g]


def case_value():
    g = r.randint(0, 19)
    return [
        f"{r.randint(2019, 2025)}-{digits(3)}-{digits(4)}", f"{digits(2)}-{digits(4)}", f"{digits(4)}-{ch('ABCDK')}",
        "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + digits(7), ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(1) + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)),
        "0" + digits(8), nz_digits(9), nz_digits(10), f"{r.randint(19, 25)}-CV-{digits(5)}",
        f"D-{ch(['202', '307', '101', '412', '1116'])}-CV-{r.randint(2019, 2025)}-{digits(5)}",
        f"UI-{digits(7)}", f"{digits(3)}-{digits(3)}-{digits(3)}", f"NM{digits(8)}", f"{nz_digits(6)}",
        f"{ch('ABCDEFGHJKLMNPRSTW')}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}", f"{digits(2)}{ch('ABCDEFGH')}{digits(5)}",
        f"CYFD-{digits(6)}", f"{r.randint(2020, 2025)}{digits(6)}", f"W{digits(8)}", f"{digits(4)}-{digits(4)}-{digits(4)}",
    ][g]


def ebt():
    return ch(["5077", "6004", "5081"]) + " " + digits(4) + " " + digits(4) + " " + digits(4)


# cue + value pairs for case numbers (cue stays outside the span)
CASE_CUES_EN = ["claim no. ", "my file # is ", "case number ", "member ID: ", "ref ", "reference number ",
                "ticket #", "policy number ", "permit ", "application ID ", "UI claim ", "confirmation # ",
                "account #", "SNAP case ", "case # ", "case no ", "Case No. ", "claim ", "my case is ",
                "the case # they gave me was ", "file number ", "ID# ", "tracking number ", "work order ",
                "Medicaid ID ", "client ID ", "customer # ", "docket "]
CASE_CUES_ES = ["caso número ", "número de caso ", "mi número de reclamo es ", "folio ", "expediente ", "caso # ",
                "núm. de caso ", "mi número de cliente es ", "número de solicitud ", "el número de referencia es ",
                "número de cuenta ", "reclamo ", "no. de caso ", "número de miembro "]


# ---------------------------------------------------------------- builder


class Text:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []

    def add(self, piece, style):
        if isinstance(piece, tuple):
            kind, val = piece
            val = style(val, True)
            self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(val), "_v": val})
            self.buf.append(val)
            self.n += len(val)
        else:
            s = style(piece, False)
            self.buf.append(s)
            self.n += len(s)

    def text(self):
        return "".join(self.buf)


def N(v):
    return ("Name", v)


def A(v):
    return ("Address", v)


def PH(v):
    return ("Phone", v)


def E(v):
    return ("Email", v)


def D(v):
    return ("DateOfBirth", v)


def S(v):
    return ("SocialSecurityNumber", v)


def C(v):
    return ("CaseNumber", v)


def typo(s):
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and w.isalpha() and r.random() < 0.08:
            i = r.randint(1, len(w) - 2)
            w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif len(w) > 5 and w.isalpha() and r.random() < 0.03:
            i = r.randint(1, len(w) - 1)
            w = w[:i] + w[i + 1:]
        out.append(w)
    s = " ".join(out)
    if r.random() < 0.5:
        s = s.replace(". ", " ").replace(", ", " ")
    return s.replace("'", "") if r.random() < 0.5 else s


def make_style(name):
    if name == "lower":
        return lambda s, v: s.lower()
    if name == "upper":
        return lambda s, v: s.upper()
    if name == "sloppy":
        return lambda s, v: s if v else typo(s)
    if name == "sloppylower":
        return lambda s, v: s.lower() if v else typo(s.lower())
    return lambda s, v: s


# ================================================================= English fragments
TOPICS_EN = [
    "the broadband coverage map", "well water testing results", "school bus routes", "SNAP participation by county",
    "wildfire smoke alerts", "the eviction data", "road maintenance requests", "the COVID dashboard",
    "child care availability", "acequia water rights records", "the behavioral health provider list",
    "senior meal site locations", "MVD wait times", "air quality in the Permian", "the housing voucher waitlist",
    "crime statistics for our neighborhood", "Medicaid renewal numbers", "unemployment claim backlogs",
    "the rural hospital closures", "dam safety inspections", "the food desert map", "overdose data",
]


def t_en():
    return ch(TOPICS_EN)


def en_clean_frags():
    c = ch(COUNTIES)
    city = ch(CITIES)
    return ch([
        ["I would like to see ", t_en(), " broken down by ZIP code, especially ", ch(ZIPS), " and ", ch(ZIPS), "."],
        ["Our group wants to use ", t_en(), " for a grant application due ", ch(MONTHS), " ", str(r.randint(1, 28)), ", ", str(r.randint(2025, 2027)), "."],
        ["If anyone needs help with rent they can call 211, it worked for my cousin."],
        ["The 988 line is there if you are in crisis."],
        ["I called the Governor's office at (505) 476-2200 and nobody called back."],
        ["The ISD help line 1-800-283-4465 just hangs up after 40 minutes."],
        ["NMSA 1978 § 27-2-12 is supposed to cover this."],
        ["Didn't HB 2 put $", str(r.randint(2, 90)), " million into this?"],
        ["SB ", str(r.randint(4, 400)), " was supposed to fix this in the ", str(r.randint(2021, 2025)), " session."],
        ["Traffic on Route 66 through ", ch(["Nob Hill", "Tucumcari", "Grants", "Gallup"]), " is terrible since the construction."],
        ["Take I-25 Exit ", str(r.randint(100, 450)), " and the road is washed out past the cattle guard."],
        ["US 550 near Cuba had ", str(r.randint(3, 40)), " crashes last year according to the DOT."],
        ["The potholes on Rio Grande Blvd have been there since ", str(r.randint(2015, 2023)), "."],
        ["About ", f"{r.randint(1, 40)},{digits(3)}", " households in ", c, " County don't have internet."],
        ["That's ", str(r.randint(5, 85)), "% of the kids in our school district."],
        ["Governor Lujan Grisham said in her State of the State this would be a priority."],
        ["Senator Heinrich's office sent a form letter."],
        ["Representative Stansbury held a town hall about this last spring."],
        ["The public meeting is on ", ch(MONTHS), " ", str(r.randint(1, 28)), " at 6 pm at the ", city, " public library."],
        ["I had to fill out Form 1099-G and a W-2 just to get the rebate."],
        ["Our grant (NM-DOH-", str(r.randint(2021, 2025)), "-0", digits(3), ") requires us to report outcomes by census tract."],
        ["We met at the Cesar Chavez Community Center and nobody from the state came."],
        ["Kids swim at Tingley Beach even though the signs say not to."],
        ["The Allsup's on ", ch(["Main", "2nd Street", "the highway"]), " is the only place to buy food for ", str(r.randint(12, 60)), " miles."],
        ["My kids go to Dennis Chávez Elementary and the wifi there is better than at home."],
        ["The Walmart on Coors had a line out the door for the flu shots."],
        ["In ", str(r.randint(1995, 2020)), " the well was fine, now it smells like sulfur."],
        ["We are ", str(r.randint(3, 12)), " families on this ditch and nobody has tested the water since ", str(r.randint(1990, 2015)), "."],
        ["The Capitol is at 490 Old Santa Fe Trail if anyone wants to go protest."],
        ["The form says to mail it to the ISD office in ", city, ", which closed in ", str(r.randint(2018, 2024)), "."],
        ["Table 3 in your report lists ", c, " County twice."],
        ["It costs $", str(r.randint(40, 900)), ".", digits(2), " a month for internet out here and it barely works."],
        ["We drive ", str(r.randint(30, 140)), " miles to the nearest dialysis center in ", city, "."],
        ["Is there an API or just the CSV download?"],
        ["The 2020 census undercounted our pueblo, everyone knows it."],
        ["Section 8 vouchers take 3 years here."],
        ["The PNM outage map showed ", str(r.randint(200, 9000)), " customers out on our side of town."],
        ["Please put the data in a format that works on a phone, not a 40 page PDF."],
        ["The Kit Carson Park restrooms have been locked since ", ch(MONTHS), "."],
        ["Mile marker ", str(r.randint(10, 300)), " on I-40 is where the trucks always jackknife."],
        ["Presbyterian and Lovelace both told us they don't share that data."],
        ["The county commission voted 3-2 on this on ", ch(MONTHS), " ", str(r.randint(1, 28)), "."],
        ["Our nonprofit serves about ", str(r.randint(150, 4000)), " people a year across ", c, " and ", ch(COUNTIES), " counties."],
        ["Version 2.1 of the dataset dropped the tribal lands column."],
        ["Call 1-800-432-6217 they told me, and that number is disconnected."],
        ["The Secretary of State's site says early voting starts October ", str(r.randint(5, 20)), "."],
        ["Attorney General Torrez should look into this."],
        ["The NM Department of Health main line is (505) 827-2613 but you never get a person."],
        ["Ticket prices at Isotopes Park went up again, not that it matters for this."],
        ["Room 317 at the Roundhouse was packed for the hearing."],
        ["PRC docket 22-00270-UT is the rate case everyone should read."],
        ["Executive Order 2024-003 from the Governor declared the emergency."],
        ["In case 211 is busy, try the 988 line."],
        ["The claims backlog was ", f"{r.randint(2, 40)},{digits(3)}", " in ", str(r.randint(2020, 2024)), " according to the LFC report."],
        ["The Joseph Montoya Building in Santa Fe is where you go for the MVD hearing."],
        ["I'm ", str(r.randint(60, 90)), " years old and I still can't figure out the portal."],
        ["Form W-4 and Form SS-4 are on the IRS site, not yours."],
        ["The hearing was moved to ", ch(MONTHS), " ", str(r.randint(1, 28)), ", ", str(r.randint(2025, 2026)), "."],
        ["The Bataan Memorial Building parking lot is full by 8 am."],
        ["My ZIP is ", ch(ZIPS), " and the map shows us as served, which is a lie."],
        ["I've called ", str(r.randint(4, 30)), " times."],
        ["KOB did a story on this in ", str(r.randint(2015, 2024)), "."],
        ["Is the data under CC BY 4.0?"],
        ["Call the Aging and Long-Term Services line at 1-800-432-2080."],
        ["The Tax & Rev call center is (505) 827-0700."],
        ["There were three shootings on the 1400 block of San Mateo last year."],
        ["Grant #", f"{r.randint(2019, 2025)}-{digits(3)}-{digits(4)}", " from the USDA ran out in June."],
        ["Up by La Bajada the wind knocked the line down again."],
        ["The Sangre de Cristo side of the county got nothing from the broadband money."],
        ["Our Lady of Guadalupe parish in ", ch(["Peñasco", "Taos", "Villanueva"]), " hosts the food drive every Saturday."],
        ["The MLK Jr. Blvd bus stop has no shade."],
        ["Cesar Chavez Day is a state holiday now, right?"],
        ["Luna County and Grant County should be compared side by side."],
        ["Mesa del Sol still doesn't have a clinic."],
        ["The Hope Center in ", ch(CITIES), " closed after ", str(r.randint(2, 20)), " years."],
        ["My kid's teacher at Mesa Vista High said the state has this data already."],
        ["NMSA 1978, Section 14-2-1 (IPRA) lets me request this."],
        ["IPRA request #", f"{r.randint(2023, 2025)}-{digits(4)}", " to the department is still open after 15 days."],
        ["Applications are due 5/1/2025."],
        ["The ditch association meets the 2nd Tuesday at 7 pm."],
        ["The sheriff's non-emergency number is 575-648-2343, not 911."],
        ["Case in point: the Gallup water project took ", str(r.randint(10, 40)), " years."],
        ["My claim is that the map is wrong, not that anyone is lying."],
        ["Ben's Lotaburger on Rio Grande Blvd has better wifi than the library."],
        ["Mayor Keller keeps saying the city is working on it."],
        ["Rep. Leger Fernández's staff told us to go through the state."],
        ["Commissioner ", ch(["Baca", "Quezada", "Sanchez"]), " said at the county meeting that the data would be public by summer."],
        ["Secretary Armijo from Health presented these numbers to the LHHS committee."],
        ["Ask the folks at UNM's BBER, they publish the county population numbers."],
    ])


def age():
    return str(r.randint(2, 16))


def en_pii_frags():
    city = ch(CITIES)
    g = r.randint(0, 69)
    x = r.random()
    if x < 0.08:
        return ssn_frag_en()
    if x < 0.17:
        return addr_frag_en(city)
    if x < 0.27:
        return case_frag_en()
    if g >= 50:
        return en_pii_more(g, city)
    if g == 0:
        return ["My name is ", N(full()), " and I live in ", city, "."]
    if g == 1:
        return ["I live at ", A(street_line()), ", ", city, " NM ", ch(ZIPS), "."]
    if g == 2:
        return ["You can reach me at ", PH(phone()), " after 5pm."]
    if g == 3:
        return ["my email is ", E(email())]
    if g == 4:
        return ["My mother ", N(full_g(False)), " (DOB ", D(dob("old")), ") has been waiting since March for her Medicaid renewal."]
    if g == 5:
        return ["They keep asking for my social, its ", S(ssn()), ", I already gave it twice."]
    if g == 6:
        cue = ch(CASE_CUES_EN)
        return ["Here is the info you asked for: ", cue, C(case_value()), "."]
    if g == 7:
        return [N(ch(FIRST_ANGLO + FIRST_HISP)), " from the clinic said the data would be shared with the county."]
    if g == 8:
        return ["I am the director, ", N(full()), ", of a small food pantry in ", city, "."]
    if g == 9:
        return ["The ", N(last()), " family next door has the same problem with their well."]
    if g == 10:
        return [ch(["Mrs. ", "Mr. ", "Ms. ", "Dr. "]), N(last()), " at the senior center helped me fill this out."]
    if g == 11:
        return ["my son ", N(first_g(True)), " was born ", D(dob("child")), " and he still can't get on the waiver list."]
    if g == 12:
        return ["they lost ", C(case_value()), " twice and now say I never applied."]
    if g == 13:
        return ["text me ", PH(phone()), " or email ", E(email()), "."]
    if g == 14:
        return ["I was born ", D(dob()), " in ", city, " so I remember when the mine was still open."]
    if g == 15:
        return ["ssn last four ", S(digits(4)), " if you need to find me in the system."]
    if g == 16:
        return ["Medicaid #", C(nz_digits(9)), " is under my grandmother ", N(full()), "."]
    if g == 17:
        return ["Mailing address: ", A(ch(["PO Box ", "P.O. Box ", "Box "]) + str(r.randint(1, 4999))), ", ", city, ", NM ", ch(ZIPS)]
    if g == 18:
        return ["My lawsuit, case ", C(ch([f"{r.randint(19, 25)}-CV-{digits(5)}", f"D-202-CV-{r.randint(2019, 2025)}-{digits(5)}"])), ", is about exactly this data."]
    if g == 19:
        return ["My EBT card ", C(ebt()), " got skimmed at the Walmart on Coors."]
    if g == 20:
        return ["we're the blue trailer at ", A("mile marker " + str(r.randint(3, 90)) + " on Hwy " + ch(["285", "64", "380", "60"])), ", you can't miss it."]
    if g == 21:
        return ["Call my daughter ", N(first_g(False)), " at ", PH(phone()), ", she handles my paperwork."]
    if g == 22:
        return ["DL# ", C(nz_digits(9)), " exp ", str(r.randint(2025, 2030)), ", in case you need to verify me."]
    if g == 23:
        return ["My dad, ", N(full_g(True)), ", b. ", D(str(r.randint(1925, 1950))), ", served in Korea and the VA lost his file."]
    if g == 24:
        return ["Ask for ", N(ch(NICK)), " at the feed store, he knows everyone in ", ch(COUNTIES), " County."]
    if g == 25:
        return ["acct ending in ", C(digits(4)), " was charged twice for the water bill."]
    if g == 26:
        return ["My neighbor ", N(full()), " at ", A(street_line(False)), " has been burning trash every night."]
    if g == 27:
        return ["i live at ", A(str(r.randint(1, 200)) + " " + ch(STREETS).lower()), " in ", city.lower(), " and the road floods every monsoon"]
    if g == 28:
        return ["birthday is ", D(dob()), " if that helps find my record."]
    if g == 29:
        return ["My husband ", N(first_g(True)), " and I (", N(first_g(False)), ") both lost our jobs at the mine."]
    if g == 30:
        return ["Please contact ", N(full_g(False)), " at ", E(email()), " — she coordinates our volunteers."]
    if g == 31:
        return ["email is ", E(email_obf()), " (spelled out so the bots dont get it)"]
    if g == 32:
        return ["call me: ", PH(phone_spelled()), "."]
    if g == 33:
        return ["Driver's license ", C(ch([nz_digits(9), "0" + digits(8)])), " was suspended by mistake."]
    if g == 34:
        return [ch(["SSN: ", "Social: ", "SS# ", "social security number "]), S(ssn()), "."]
    if g == 35:
        return [S("".join(ssn_core())), " is my social, please fix the record."]
    if g == 36:
        return ["My grandson ", N(full_g(True)), ", DOB: ", D(dob("child")), ", was turned away at the clinic."]
    if g == 37:
        return ["I'm ", N(first()), ", I run the after-school program at the chapter house."]
    if g == 38:
        return ["The landlord, ", N(full()), ", won't fix the heater at ", A(street_line(False)), "."]
    if g == 39:
        return ["My tribal ID is ", C(ch([digits(3) + "-" + digits(6), "CN" + digits(6), nz_digits(7)])), " and the MVD still refused it."]
    if g == 40:
        return ["Reach ", N(full()), " at ", PH(phone()), "."]
    if g == 41:
        return ["We live out at ", A(ch(["HC ", "Rt "]) + str(r.randint(1, 80)) + " Box " + str(r.randint(1, 300))), ", no street address, so the census never finds us."]
    if g == 42:
        return ["She was born on ", D(dob("old")), " and the system says she's 12."]
    if g == 43:
        return ["My caseworker ", N(full()), " retired and now nobody answers."]
    if g == 44:
        return ["Permit ", C(f"{r.randint(2021, 2025)}-{digits(4)}"), " for my well was approved but the OSE lost it."]
    if g == 45:
        return ["Our daughter ", N(first_g(False)), " (", D(dob("child")), ") has asthma from the dust."]
    if g == 46:
        return ["New address as of ", ch(MONTHS), " is ", A(street_line()), ", please update it."]
    if g == 47:
        return ["You have my number already, ", PH(phone()), ", I've left ", str(r.randint(3, 20)), " messages."]
    if g == 48:
        return ["policy # ", C(ch(["H" + digits(9), digits(3) + "-" + digits(4) + "-" + digits(3)])), " with BCBS says they don't cover it."]
    return ["member ID: ", C("".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + nz_digits(7)), " on my Centennial Care card."]


def ssn_frag_en():
    return ch([
        ["my social is ", S(ssn()), " and they have it wrong on the 1099-G."],
        ["SSN#: ", S(ssn())],
        ["ss # ", S(ssn()), " dob ", D(dob())],
        ["SSN (last 4): ", S(digits(4))],
        ["Last 4 of my SS are ", S(digits(4)), "."],
        ["They wanted my social over the phone (", S(ssn()), ") is that normal??"],
        ["Social Security No. ", S(ssn()), ", name ", N(full()), "."],
        ["soc sec ", S(ssn())],
    ])


def alnum(n):
    return "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def case_frag_en():
    return ch([
        ["they lost ", C(f"{r.randint(2020, 2025)}-{digits(4)}-{digits(4)}"), " twice"],
        ["my file # is ", C(f"{digits(2)}-{digits(4)}"), ", been waiting since spring"],
        ["Case No. ", C(f"D-{ch(['202', '307', '101', '412', '1329'])}-CV-{r.randint(2019, 2025)}-{digits(5)}"), " is my eviction case, it's still open."],
        ["reference: ", C(alnum(6)), " (from the online portal)"],
        ["confirmation code ", C(alnum(3) + "-" + alnum(3))],
        ["SNAP case ", C(nz_digits(10)), " closed without notice."],
        ["child support case ", C(nz_digits(9)), " — they garnished the wrong person."],
        ["WIC ID ", C("00" + digits(5))],
        ["Medicaid #", C(nz_digits(9))],
        ["my voter registration number is ", C(nz_digits(9)), " and it shows the wrong precinct"],
        ["my son's NMCD number is ", C(digits(6)), ", he gets out in June."],
        ["claim no. ", C(f"{r.randint(2019, 2025)}-{digits(3)}-{digits(4)}")],
        ["Ticket ", C("INC" + digits(7)), " was closed but nothing was fixed."],
        ["LIHEAP application ", C(f"LH{r.randint(24, 26)}-{digits(5)}"), " was denied."],
        ["the permit # on my septic is ", C(f"{ch(['SF', 'TA', 'RA', 'DA'])}-{digits(4)}-{digits(3)}")],
        ["MVD customer number ", C(nz_digits(9)), " / plate doesn't matter"],
        ["My Real ID was rejected, license number ", C(nz_digits(9)), "."],
        ["Housing voucher ", C(f"HCV-{digits(6)}"), " expires in 60 days."],
    ])


def addr_frag_en(city):
    num = str(r.randint(1, 999))
    return ch([
        ["we moved to #", A(num + " " + ch(["Calle del Sol", "Camino Real", "Calle Luna", "Juniper Rd"])), " last spring"],
        ["I'm at ", A(street_line(False)), " ", city, " NM"],
        ["address ", A(street_line()), " ", city, " ", ch(ZIPS)],
        ["Our house, ", A(street_line(False)), ", is the one with the green roof."],
        ["the water main broke in front of ", A(street_line(False)), " three times this year"],
        ["Send it to ", A(ch(["PO Box ", "P.O. Box ", "Apdo. Postal "]) + str(r.randint(1, 2000))), ", ", city, " NM ", ch(ZIPS), "."],
        ["My mom lives at ", A(str(r.randint(100, 9999)) + " " + ch(["State Road 14", "NM-76", "State Rd 68", "CR 4990", "County Road 41"])), " and has no internet."],
        ["we're in ", A("Space " + str(r.randint(1, 60)) + ", " + ch(["Sunset Mobile Home Park", "Dos Amigos MHP"])), ". the park owner won't fix the water"],
    ])


def en_pii_more(g, city):
    if g == 50:
        return ["I went with ", N(first()), " and ", N(full()), " to the meeting in ", city, " and we both had questions."]
    if g == 51:
        return ["my kids ", N(first()), " (", age(), "), ", N(first()), " (", age(), ") and ", N(first()), " all need the free lunch form"]
    if g == 52:
        return ["the letter only shows SSN ", S(ch(["XXX-XX-", "xxx-xx-", "***-**-"]) + digits(4)), " so I can't tell if it's mine."]
    if g == 53:
        return ["I'm ", str(r.randint(62, 91)), " years old, born ", D(dob("old")), ", and I don't have a computer."]
    if g == 54:
        return ["The DOB on file is wrong: it says ", D(dob()), " but it should be ", D(dob()), "."]
    if g == 55:
        return ["Call (505) 827-2000, the Governor's office, or call me at ", PH(phone()), "."]
    if g == 56:
        return ["the ticket they gave me at MVD was ", C(ch(["T", "W", "Q"]) + digits(7)), " and the 1-888-683-4636 line said to wait 10 days."]
    if g == 57:
        return ["our ", ch(["landline", "home phone", "house phone"]), " is ", PH(str(r.randint(2, 9)) + digits(2) + "-" + digits(4)), ", no cell service out here."]
    if g == 58:
        return ["Please don't publish this but my ex ", N(full_g(True)), " is using my address, ", A(street_line(False)), ", for his mail."]
    if g == 59:
        return ["ref ", C("".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))), ", submitted online on ", ch(MONTHS), " ", str(r.randint(1, 28)), " — no response."]
    if g == 60:
        return ["My account number with the water co-op is ", C(digits(5) + "-" + digits(2)), "."]
    if g == 61:
        return ["I applied on ", f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(2023, 2025)}", " and my mom's DOB ", D(dob("old")), " got entered as mine."]
    if g == 62:
        return ["I'm at ", A("Lot " + str(r.randint(1, 80)) + " " + ch(["Sunset Mobile Home Park", "Dos Amigos MHP", "Valle Verde Trailer Court"])), " in ", city, ", the park manager is ", N(full()), "."]
    if g == 63:
        return ["cell: ", PH(phone()), " | home: ", PH(phone())]
    if g == 64:
        return ["Add me to the mailing list: ", E(email()), " — ", N(full())]
    if g == 65:
        return ["The hearing for my case ", C(f"{r.randint(2019, 2025)}-{digits(5)}"), " is on ", ch(MONTHS), " ", str(r.randint(1, 28)), "."]
    if g == 66:
        return ["My brother-in-law, ", N(full()), ", said the county has this data already."]
    if g == 67:
        return ["my name is ", N(first().lower() + " " + last().lower()), " and i cant read the small print on the form"]
    if g == 68:
        return ["I'm the grandma of ", N(full_g(False)), " and she still doesn't have services."]
    return ["Hablé con ", N(first()), " — sorry, I spoke with ", N(full()), " at the chapter house and she said to post here."]


OPEN_EN = ["Hi,", "Hello Community Voice team,", "To whom it may concern:", "hey", "Good afternoon.", "",
           "RE: data request", "Question about " + "the data portal", "Dear Data Office,", "Hi there", "hello",
           "Good morning,", "Attn: Community Voice", "Hi all,", "Not sure if this is the right place but",
           "URGENT", "I have a question.", "Ok so", "Greetings from southern NM,"]

CLOSE_CLEAN_EN = ["Thanks.", "Thank you", "Sent from my iPhone", "— a concerned resident", "thx",
                  "-- a tired mom in " + "Luna County", "Please respond.", "God bless", "Regards", "",
                  "Sent from my Galaxy", "Thanks for reading this far lol"]


def close_pii_en():
    g = r.randint(0, 9)
    if g == 0:
        return ["Thanks, ", N(full())]
    if g == 1:
        return ["— ", N(first())]
    if g == 2:
        return ["Sincerely,\n", N(full())]
    if g == 3:
        return ["--\n", N(full()), "\n", PH(phone()), "\n", E(email())]
    if g == 4:
        return ["Respectfully,\n", N(full()), "\n", A(street_line()), "\n", ch(CITIES), ", NM ", ch(ZIPS)]
    if g == 5:
        return ["thank you\n", N(first().lower())]
    if g == 6:
        return ["- ", N(full()), " (", ch(["grandmother", "veteran", "farmer", "retired teacher", "parent"]), ")"]
    if g == 7:
        return ["Best,\n", N(full()), "\n", ch(["Program Coordinator", "Volunteer", "Board Member"]), ", ", ch(["Valle Verde Food Bank", "Acequia Association", "Parent Council", "Chapter Youth Program"]), "\ncell ", PH(phone())]
    if g == 8:
        return ["Thx ", N(ch(NICK))]
    return [N(full()), "\n", PH(phone())]


# ================================================================= Spanish fragments
TOPICS_ES = ["el mapa de internet", "los resultados del agua de los pozos", "las rutas del camión escolar",
             "los datos de SNAP por condado", "las alertas de humo", "los datos de desalojos",
             "las listas de espera de vivienda", "los datos de las acequias", "la calidad del aire",
             "las clínicas de salud mental", "los sitios de comida para ancianos", "los tiempos de espera en la MVD",
             "las renovaciones de Medicaid", "los reclamos de desempleo", "los datos de sobredosis"]


def es_clean_frags():
    c = ch(COUNTIES)
    city = ch(CITIES)
    return ch([
        ["Quisiera ver ", ch(TOPICS_ES), " por código postal, sobre todo el ", ch(ZIPS), "."],
        ["Si alguien necesita ayuda con la renta puede llamar al 211."],
        ["La línea 988 es para crisis, por si alguien la necesita."],
        ["Llamé a la oficina de la Gobernadora al (505) 476-2200 y nadie me regresó la llamada."],
        ["La ley NMSA 1978 § 27-2-12 dice que tienen que dar el servicio."],
        ["¿No que el HB 2 ponía $", str(r.randint(2, 90)), " millones para esto?"],
        ["En el condado de ", c, " hay como ", f"{r.randint(1, 30)},{digits(3)}", " familias sin internet."],
        ["Eso es el ", str(r.randint(5, 85)), "% de los niños de la escuela."],
        ["La Gobernadora Lujan Grisham dijo que esto era prioridad."],
        ["La junta pública es el ", str(r.randint(1, 28)), " de ", ch(MES), " a las 6 de la tarde en la biblioteca de ", city, "."],
        ["Tuve que llenar la Forma 1099-G para el reembolso."],
        ["El Allsup's es la única tienda en ", str(r.randint(12, 60)), " millas."],
        ["La carretera US 550 cerca de Cuba está bien peligrosa."],
        ["Por la I-25 salida ", str(r.randint(100, 450)), " el camino está lavado."],
        ["Desde ", str(r.randint(1990, 2015)), " nadie ha medido el agua de la acequia."],
        ["Somos ", str(r.randint(3, 15)), " familias en la acequia de ", ch(["Chimayó", "Córdova", "Truchas", "El Rito", "Dixon"]), "."],
        ["El internet cuesta $", str(r.randint(40, 300)), " al mes y ni funciona."],
        ["Manejamos ", str(r.randint(30, 140)), " millas a ", city, " para la diálisis."],
        ["La línea de ISD 1-800-283-4465 nunca contesta, puro mensaje grabado."],
        ["El senador Heinrich mandó una carta pero no resolvió nada."],
        ["Hicimos la reunión en el centro comunitario César Chávez."],
        ["¿Hay forma de bajar los datos en Excel?"],
        ["El censo de 2020 no contó bien a la gente del norte."],
        ["Los vouchers de Sección 8 tardan 3 años aquí."],
        ["La clínica de Presbyterian ya no tiene doctor los viernes."],
        ["El SB ", str(r.randint(4, 400)), " se supone que arreglaba esto."],
        ["Por favor pongan la información también en español, mi mamá no lee inglés."],
        ["La comisión del condado votó 3 a 2 el ", str(r.randint(1, 28)), " de ", ch(MES), "."],
        ["Nuestro grupo atiende como ", str(r.randint(100, 3000)), " personas al año."],
        ["El Capitolio está en el 490 Old Santa Fe Trail por si quieren ir a la audiencia."],
        ["Ya van ", str(r.randint(3, 14)), " meses esperando respuesta."],
        ["El Walmart de Coors tenía una fila larguísima para las vacunas."],
        ["La Ruta 66 en Tucumcari está llena de baches."],
        ["Mi abuelo decía que en los años 50 el río llegaba hasta la plaza."],
        ["El expediente de la PRC 22-00270-UT es el caso de las tarifas."],
        ["La Orden Ejecutiva 2024-003 declaró la emergencia."],
        ["Tengo ", str(r.randint(60, 90)), " años y no le entiendo al portal."],
        ["La cuadra 1400 de la Coors es peligrosa."],
        ["Mi código postal es ", ch(ZIPS), " y el mapa dice que tenemos servicio, pura mentira."],
        ["La subvención ", f"{r.randint(2019, 2025)}-{digits(3)}-{digits(4)}", " del USDA ya se acabó."],
        ["La fiesta de San Lorenzo en Bernalillo es en agosto, ojalá arreglen el camino antes."],
        ["En la iglesia del Santo Niño de Atocha juntan comida los sábados."],
        ["El condado de Luna y el de Grant deberían compararse."],
        ["Los de Sierra County tienen el mismo problema."],
        ["Las Trampas y Truchas casi no tienen señal."],
        ["El alcalde Keller dice que la ciudad ya está trabajando en eso."],
        ["La representante Leger Fernández vino a Las Vegas y prometió el internet."],
        ["El comisionado ", ch(["Baca", "Quezada", "Sanchez"]), " dijo en la junta que los datos iban a ser públicos."],
        ["Ya llamé ", str(r.randint(4, 30)), " veces."],
        ["Hay que entregar la solicitud antes del 1 de mayo."],
        ["El edificio Joseph Montoya en Santa Fe es donde hacen las audiencias."],
        ["La línea de Aging and Long-Term Services es 1-800-432-2080."],
        ["En caso de emergencia llamen al 911, no a la oficina."],
        ["Mi reclamo es que el mapa está mal, nada más."],
        ["La Feria de Santa Fe del ", str(r.randint(2018, 2024)), " fue lo mismo."],
    ])


def es_pii_frags():
    city = ch(CITIES)
    g = r.randint(0, 47)
    x = r.random()
    if x < 0.07:
        return ch([["mi seguro social es ", S(ssn())], ["Seguro Social: ", S(ssn()), "."],
                   ["los últimos 4 de mi social son ", S(digits(4))], ["No. de Seguro Social ", S(ssn()), ", a nombre de ", N(full())]])
    if 0.15 <= x < 0.24:
        return ch([["caso número ", C(f"{digits(4)}-{ch('ABCDK')}")],
                   ["mi matrícula consular es ", C(nz_digits(8)), ", no me la aceptaron"],
                   ["número de residente ", C("A" + nz_digits(9))],
                   ["el expediente de la corte es ", C(f"D-{ch(['101', '202', '117'])}-DM-{r.randint(2019, 2025)}-{digits(5)}"), " (divorcio)"],
                   ["perdieron mi solicitud ", C(f"{r.randint(2020, 2025)}-{digits(4)}-{digits(4)}"), " dos veces"],
                   ["folio ", C(alnum(7)), " del portal"],
                   ["mi número de SNAP es ", C(nz_digits(10))],
                   ["la multa ", C(ch(["T", "W"]) + digits(7)), " no es mía"],
                   ["número de cuenta de la luz ", C(digits(4) + "-" + digits(5) + "-" + digits(1)), ", PNM me cobró doble"]])
    if x < 0.15:
        return ch([["nos cambiamos al #", A(str(r.randint(1, 300)) + " " + ch(["Calle del Sol", "Camino Real", "Calle Luna"])), " en ", city],
                   ["la casa de mi mamá está en ", A(street_line(False)), ", ", city, "."],
                   ["manden la carta a ", A(ch(["Apdo. Postal ", "PO Box ", "Apartado Postal "]) + str(r.randint(1, 2000))), ", ", city, " NM ", ch(ZIPS)],
                   ["vivimos en ", A(street_es()), " desde hace 20 años"],
                   ["mi licencia de conducir No. ", C(nz_digits(9)), " tiene la dirección vieja, ", A(street_line(False)), "."]])
    if g >= 36:
        return es_pii_more(g, city)
    if g == 0:
        return ["Me llamo ", N(full()), " y vivo en ", city, "."]
    if g == 1:
        return ["Vivo en ", A(ch([street_line(), street_es()])), ", ", city, ", NM ", ch(ZIPS), "."]
    if g == 2:
        return ["Mi teléfono es ", PH(phone()), ", llámenme en la tarde."]
    if g == 3:
        return ["mi correo es ", E(email())]
    if g == 4:
        return ["Mi mamá, ", N(full_g(False)), ", nació el ", D(dob_es("old")), " y todavía no le llega su Medicaid."]
    if g == 5:
        return ["Ya les di mi seguro social ", S(ssn()), " dos veces."]
    if g == 6:
        return ["Sobre mi trámite: ", ch(CASE_CUES_ES), C(case_value()), ", y nadie me da razón."]
    if g == 7:
        return ["La señora ", N(last()), " de la clínica dijo que los datos se comparten con el condado."]
    if g == 8:
        return ["Soy la directora, ", N(full_g(False)), ", de la despensa de comida de ", city, "."]
    if g == 9:
        return ["La familia ", N(last()), " de al lado tiene el mismo problema con el pozo."]
    if g == 10:
        return ["Mi hijo ", N(first_g(True)), " nació el ", D(dob_es("child")), " y no lo aceptan en el programa."]
    if g == 11:
        return ["nací el ", D(dob_es()), " en ", city, " y nunca había visto esto."]
    if g == 12:
        return ["últimos cuatro del social ", S(digits(4)), " por si me buscan."]
    if g == 13:
        return ["Mi tarjeta EBT ", C(ebt()), " la clonaron en la tienda."]
    if g == 14:
        return ["Háblenle a mi hija ", N(first_g(False)), " al ", PH(phone()), ", ella me ayuda con los papeles."]
    if g == 15:
        return ["Mi licencia de manejar ", C(ch([nz_digits(9), "0" + digits(8)])), " salió suspendida por error."]
    if g == 16:
        return ["Mi número de Medicaid es ", C(nz_digits(9)), "."]
    if g == 17:
        return ["Pregunten por ", N(ch(NICK)), " en la tienda, él conoce a todos en ", ch(COUNTIES), "."]
    if g == 18:
        return ["mi cel es ", PH(phone()), " y el de mi esposo ", PH(phone()), "."]
    if g == 19:
        return ["Mi correo: ", E(email_obf(True)), "."]
    if g == 20:
        return ["Mi vecino ", N(full()), " en ", A(street_line(False)), " quema basura cada noche."]
    if g == 21:
        return ["Vivimos en ", A(ch(["HC ", "Rt "]) + str(r.randint(1, 80)) + " Box " + str(r.randint(1, 300))), ", no tenemos dirección de calle."]
    if g == 22:
        return ["Mi fecha de nacimiento es ", D(dob_es()), "."]
    if g == 23:
        return ["El doctor ", N(last()), " me dijo que pidiera los datos aquí."]
    if g == 24:
        return ["Mi esposo ", N(first_g(True)), " y yo, ", N(first_g(False)), ", perdimos el trabajo."]
    if g == 25:
        return ["Me pueden escribir a ", E(email()), " o llamar al ", PH(phone()), "."]
    if g == 26:
        return ["el caso de mi demanda es ", C(f"D-{ch(['101', '202', '117'])}-CV-{r.randint(2019, 2025)}-{digits(5)}"), "."]
    if g == 27:
        return ["Mi dirección postal: ", A(ch(["Apdo. Postal ", "PO Box ", "Apartado "]) + str(r.randint(1, 3000))), ", ", city, "."]
    if g == 28:
        return ["Mi abuelo, ", N(full_g(True)), ", nació en ", D(str(r.randint(1925, 1945))), " y dice que el agua nunca estuvo así."]
    if g == 29:
        return ["marqué: ", PH(phone_spelled(True)), "."]
    if g == 30:
        return ["El dueño, ", N(full()), ", no arregla el calentón."]
    if g == 31:
        return ["S.S. ", S(ssn()), " — lo pongo aquí porque ya no sé qué hacer."]
    if g == 32:
        return ["Mi nieta ", N(first_g(False)), " (nacida el ", D(dob_es("child")), ") tiene asma por el polvo."]
    if g == 33:
        return ["Estamos en la ", ch(["traila", "casa"]), " azul en la ", A("milla " + str(r.randint(3, 90)) + " de la carretera " + ch(["285", "64", "84"])), "."]
    if g == 34:
        return ["cuenta terminada en ", C(digits(4)), " me cobraron doble."]
    return ["Me ayudó ", N(ch(FIRST_HISP)), " de la oficina del condado."]


def es_pii_more(g, city):
    if g == 36:
        return ["Mi número de México es ", PH("+52 " + ch(["656", "614", "639"]) + " " + digits(3) + " " + digits(4)), " por si no contesto el de aquí."]
    if g == 37:
        return ["Fui con ", N(first()), " y ", N(full()), " a la junta de ", city, "."]
    if g == 38:
        return ["mis hijos ", N(ch(FIRST_HISP)), " (", age(), " años), ", N(ch(FIRST_HISP)), " (", age(), ") y ", N(ch(FIRST_HISP)), " necesitan la forma del lonche"]
    if g == 39:
        return ["La fecha de nacimiento que tienen está mal: dice ", D(dob_es()), " y es ", D(dob_es()), "."]
    if g == 40:
        return ["Tengo ", str(r.randint(62, 91)), " años, nací el ", D(dob_es("old")), ", y no tengo computadora."]
    if g == 41:
        return ["Llamen a la oficina de la Gobernadora (505) 476-2200 o a mí al ", PH(phone()), "."]
    if g == 42:
        return ["Mi tarjeta de Medicaid dice ", C("".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + nz_digits(7)), " pero el sistema no la encuentra."]
    if g == 43:
        return ["Agréguenme a la lista: ", E(email()), " — ", N(full())]
    if g == 44:
        return ["mi ex, ", N(full_g(True)), ", usa mi dirección, ", A(street_line(False)), ", para su correo."]
    if g == 45:
        return ["me llamo ", N(first().lower() + " " + last().lower()), " y no entiendo la letra chiquita"]
    if g == 46:
        return ["El folio que me dieron en la MVD es ", C(ch(["T", "W", "Q"]) + digits(7)), "."]
    return ["Número de reclamo de desempleo: ", C("UI-" + digits(7)), ". Llevo 9 semanas sin pago."]


OPEN_ES = ["Hola,", "Buenas tardes.", "Buenos días,", "A quien corresponda:", "", "Estimados señores:", "hola",
           "Saludos,", "Buen día", "Perdón por escribir tanto pero", "URGENTE", "Tengo una pregunta.",
           "Hola, disculpen,"]
CLOSE_CLEAN_ES = ["Gracias.", "Muchas gracias", "Que Dios los bendiga", "Saludos", "Enviado desde mi iPhone",
                  "— una vecina preocupada", "", "Espero su respuesta.", "Gracias de antemano"]


def close_pii_es():
    g = r.randint(0, 7)
    if g == 0:
        return ["Atentamente,\n", N(full())]
    if g == 1:
        return ["— ", N(first())]
    if g == 2:
        return ["Gracias, ", N(full())]
    if g == 3:
        return ["Saludos,\n", N(full()), "\nTel. ", PH(phone())]
    if g == 4:
        return ["Su servidora,\n", N(full_g(False)), "\n", A(ch([street_line(), street_es()])), "\n", ch(CITIES), ", NM"]
    if g == 5:
        return ["gracias\n", N(first().lower())]
    if g == 6:
        return ["Cordialmente,\n", N(full()), "\n", E(email())]
    return ["Con respeto, la familia ", N(last())]


# ================================================================= whole templates


def tpl_forward(es):
    fn = full()
    em = email()
    subj = ch(["Re: solicitud de datos", "Fwd: my claim", "RE: broadband survey", "Fw: agua del pozo", "question"])
    body_frag = es_pii_frags() if es else en_pii_frags()
    return ["---------- Forwarded message ---------\nFrom: ", N(fn), " <", E(em), ">\nDate: ",
            ch(["Tue, Mar 5, 2024 at 9:14 AM", "Mon, Jan 13, 2025 at 4:02 PM", "Fri, Oct 18, 2024 at 11:47 AM"]),
            "\nSubject: ", subj, "\nTo: <communityvoice@state.nm.us>\n\n",
            ch(["Por favor vean lo de abajo.", "See below, this is what I sent them.", "Lo mando otra vez."]) + "\n\n",
            *body_frag]


def tpl_list(es):
    if es:
        return ["Nombre: ", N(full()), "\nFecha de nacimiento: ", D(dob_es()), "\nDomicilio: ", A(ch([street_line(), street_es()])),
                "\nCiudad: ", ch(CITIES), "\nTel: ", PH(phone()), "\nCorreo: ", E(email()), "\nMotivo: ",
                ch(["no me llega el SNAP", "quiero los datos del pozo", "me negaron el Medicaid", "queja de la carretera"])]
    return ["Name: ", N(full()), "\nDOB: ", D(dob()), "\nAddress: ", A(street_line()), "\nCity/ZIP: ", ch(CITIES), " ",
            ch(ZIPS), "\nPhone: ", PH(phone()), "\nCase #: ", C(case_value()), "\nIssue: ",
            ch(["benefits stopped", "need the water data", "wrong address on file", "denied for no reason"])]


def tpl_blunt(es):
    if es:
        return ch([
            ["¿POR QUÉ MI CASO ", C(case_value()), " SIGUE PENDIENTE?"],
            ["llámenme ", PH(phone())],
            ["ya estoy harta. ", N(full()), " ", PH(phone())],
            ["mi seguro ", S(ssn()), " pónganlo bien"],
        ])
    return ch([
        ["WHY IS MY CLAIM ", C(case_value()), " STILL PENDING"],
        ["call me ", PH(phone())],
        ["fix it. ", N(full()), " ", PH(phone())],
        [C(case_value()), " ??? 6 weeks now"],
        ["social is ", S(ssn()), " get it right this time"],
        ["email me at ", E(email()), " not the old one"],
    ])


def tpl_mixed():
    # Spanish-led, code-switching, labelled es
    return ch([
        ["Hola, mi nombre es ", N(full()), ". I tried calling pero nadie contesta. Mi número es ", PH(phone()),
         ", and my case number is ", C(case_value()), ". Gracias."],
        ["Buenas, le escribo por mi mamá ", N(full()), ", she was born ", D(dob("old")),
         " y no le han renovado el Medicaid. Vivimos en ", A(street_line()), ", ", ch(CITIES), "."],
        ["oigan the water at ", A(street_line(False)), " sale café, ya llamé al 211 y nada. — ", N(first())],
        ["Mi hija ", N(first_g(False)), " goes to the school en ", ch(CITIES), " y el bus never shows up. Email: ", E(email())],
        ["Soy ", N(full()), " from the acequia association. Queremos los datos del agua, please send to ", E(email()), "."],
    ])


def tpl_mixed_clean():
    return ch([
        ["Hola, I wanted to ask si tienen los datos de ", ch(TOPICS_ES), " for ", ch(COUNTIES), " County. Gracias."],
        ["Buenas, the meeting en la biblioteca was great pero faltó traducción. ¿Van a hacer otra?"],
        ["oigan, la I-25 Exit ", str(r.randint(100, 450)), " is closed otra vez, anybody know por qué?"],
    ])


def tpl_reply(es):
    wrote = " escribió:\n" if es else " wrote:\n"
    on = ch(["El jue, 3 oct 2024 a las 15:40, ", "El lun, 13 ene 2025, 9:02 a.m., "]) if es else ch(["On Tue, Feb 4, 2025 at 10:12 AM ", "On Mon, Sep 9, 2024, "])
    quoted = ch(["> Thank you for contacting Community Voice. Please reply with the details of your request.",
                 "> Gracias por escribirnos. ¿Nos puede dar más detalles?",
                 "> We received your proposal and will review it within 10 business days."])
    body = (es_pii_frags() if es else en_pii_frags()) if r.random() < 0.6 else (es_clean_frags() if es else en_clean_frags())
    return [ch(["Ok here you go.", "Aquí está.", "see below", "Sí, aquí van los datos."]), "\n\n", *body, "\n\n", on, N(full()), " <", E(email()), ">", wrote, quoted]


def tpl_household(es):
    head = ch(["Miembros del hogar:", "Personas en la casa:"]) if es else ch(["Household members:", "People in my house:", "Family:"])
    parts = [head, "\n"]
    bstyle = r.randint(0, 3)
    for i in range(r.randint(2, 5)):
        bullet = [f"{i + 1}. ", "- ", "* ", f"{i + 1}) "][bstyle]
        kind = "old" if i == 0 else "child"
        parts += [bullet, N(first() + (" " + last() if r.random() < 0.5 else "")), ch([" - ", ", ", " — ", " dob "]),
                  D(dob_es(kind) if es else dob(kind)), "\n"]
    parts += [ch(["Necesitamos ayuda con la renta.", "¿Calificamos para LIHEAP?"]) if es else ch(["Do we qualify for LIHEAP?", "We need help with rent.", "All of us lost coverage in June."])]
    return parts


def tpl_proposal(es, pii):
    org = ch(["Valle Verde Food Bank", "Acequia de la Otra Banda", "Gallup Youth Coalition", "Southwest Seniors Network",
              "Mora Valley Clinic", "Pueblo Broadband Cooperative", "Las Cruces Tenants Union"])
    if es:
        parts = ["Propuesta: uso de ", ch(TOPICS_ES), "\nOrganización: ", org, "\nPropósito: ",
                 ch(["ver dónde faltan servicios", "pedir una subvención federal", "informar a la comunidad"]),
                 "\nCondados: ", ch(COUNTIES), ", ", ch(COUNTIES), "\nFecha límite: ", f"{r.randint(1, 28)} de {ch(MES)} de {r.randint(2025, 2026)}", "\n"]
        if pii:
            parts += ["Contacto: ", N(full()), ", ", E(email()), ", ", PH(phone())]
        else:
            parts += ["Contacto: la mesa directiva de ", org]
        return parts
    parts = ["Proposal: using ", t_en(), "\nOrganization: ", org, "\nPurpose: ",
             ch(["map service gaps", "support a USDA ReConnect application", "share with our members", "a class project at NMSU"]),
             "\nCounties: ", ch(COUNTIES), ", ", ch(COUNTIES), "\nBudget: $", f"{r.randint(5, 250)},000", "\nTimeline: ",
             ch(MONTHS), " ", str(r.randint(2025, 2026)), " to ", ch(MONTHS), " ", str(r.randint(2026, 2027)), "\n"]
    if pii:
        parts += ["Contact: ", N(full()), ch([", ", " / ", "\n"]), E(email()), ch([", ", "\n", " ph "]), PH(phone())]
    else:
        parts += ["Contact: the ", org, " board, through our website"]
    return parts


def tpl_agency_forward(es):
    # clean: an agency mailbox and agency numbers only
    return ["---------- Forwarded message ---------\nFrom: NM Data Office <communityvoice@state.nm.us>\nDate: ",
            ch(["Wed, Apr 2, 2025 at 8:00 AM", "Thu, Nov 14, 2024 at 2:30 PM"]), "\nSubject: ",
            ch(["Your request", "Su solicitud"]), "\n\n",
            ("Gracias por su mensaje. Para preguntas de beneficios llame al 1-800-283-4465." if es else
             "Thank you for your submission. For benefits questions call 1-800-283-4465. For crisis support dial 988."),
            "\n\n", ("¿Por qué me mandan esto? Pregunté por " if es else "Why did I get this? I asked about "),
            ch(TOPICS_ES) if es else t_en(), "."]





def tpl_long(es, pii=True):
    # long rambling message, personal data (if any) buried in the middle
    o = ch(OPEN_ES if es else OPEN_EN)
    parts = [o, "\n\n"] if o else []
    frags = distinct(es_clean_frags if es else en_clean_frags, r.randint(3, 12))
    if pii:
        frags += distinct(es_pii_frags if es else en_pii_frags, r.randint(1, 2))
    r.shuffle(frags)
    joins = [" ", " ", "  ", "\n", " y ", "... ", " pero "] if es else [" ", " ", "  ", "\n", " and ", "... ", " but "]
    for i, f in enumerate(frags):
        if i and parts[-1].strip() in ("and", "but", "y", "pero") and isinstance(f[0], str) and f[0]:
            f = [f[0][0].lower() + f[0][1:]] + f[1:]
        parts += f + [ch(joins) if i < len(frags) - 1 else ch([" ", "\n"])]
    parts += [ch(["Bueno, es todo.", "En fin.", "Ojalá me contesten."]) if es else ch(["Anyway that's my two cents.", "anyway thats my two cents", "Sorry for the long message."]), "\n\n"]
    if pii and r.random() < 0.5:
        parts += close_pii_es() if es else close_pii_en()
    else:
        parts += [ch(CLOSE_CLEAN_ES if es else CLOSE_CLEAN_EN)]
    return parts


# ================================================================= composition


def distinct(fn, k):
    out, seen = [], set()
    while len(out) < k:
        f = fn()
        key = next((p for p in f if isinstance(p, str)), "")
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def compose(es, pii):
    opens = OPEN_ES if es else OPEN_EN
    cleanf = es_clean_frags if es else en_clean_frags
    piif = es_pii_frags if es else en_pii_frags
    closes_clean = CLOSE_CLEAN_ES if es else CLOSE_CLEAN_EN
    closep = close_pii_es if es else close_pii_en
    if pii:
        g = r.random()
        if g < 0.04:
            return tpl_reply(es)
        if g < 0.07:
            return tpl_household(es)
        if g < 0.10:
            return tpl_proposal(es, True)
        if g < 0.14:
            return tpl_forward(es)
        if g < 0.20:
            return tpl_list(es)
        if g < 0.28:
            return tpl_blunt(es)
        if es and g < 0.36:
            return tpl_mixed()
        if g < 0.43:
            return tpl_long(es)
    else:
        g = r.random()
        if es and g < 0.12:
            return tpl_mixed_clean()
        if g < 0.20:
            return tpl_proposal(es, False)
        if g < 0.25:
            return tpl_agency_forward(es)
        if g < 0.35:
            return tpl_long(es, False)
    parts = []
    o = ch(opens)
    if o:
        parts += [o, ch(["\n", " ", "\n\n"])]
    frags = distinct(cleanf, r.randint(0 if pii else 1, 4))
    sign_pii = False
    if pii:
        k = ch([1, 1, 1, 2, 2, 3])
        frags += distinct(piif, k)
        sign_pii = r.random() < 0.35
    r.shuffle(frags)
    if not frags:
        frags = [cleanf()]
    for i, f in enumerate(frags):
        parts += f
        if i < len(frags) - 1:
            parts.append(ch([" ", " ", " ", "\n", "\n\n", "  "]))
    if sign_pii:
        parts += ["\n\n"] + closep()
    else:
        c = ch(closes_clean)
        if c:
            parts += [ch(["\n", "\n\n", " "]), c]
    return parts


def build(parts, style_name):
    t = Text()
    style = make_style(style_name)
    for p in parts:
        t.add(p, style)
    return t


def main():
    n_es = round(N_TEXTS * SHARE_ES)
    n_pii = round(N_TEXTS * SHARE_PII)
    langs = ["es"] * n_es + ["en"] * (N_TEXTS - n_es)
    piis = [True] * n_pii + [False] * (N_TEXTS - n_pii)
    r.shuffle(langs)
    r.shuffle(piis)
    rows = []
    for i, (lang, pii) in enumerate(zip(langs, piis)):
        es = lang == "es"
        while True:
            parts = compose(es, pii)
            has = any(isinstance(p, tuple) for p in parts)
            if has == pii:
                break
        s = r.random()
        style = "plain" if s < 0.68 else "lower" if s < 0.80 else "upper" if s < 0.86 else "sloppy" if s < 0.95 else "sloppylower"
        t = build(parts, style)
        text = t.text()
        spans = []
        for sp in t.spans:
            assert text[sp["start"]:sp["end"]] == sp["_v"], (i, sp)
            assert sp["_v"] == sp["_v"].strip() and sp["_v"], (i, sp)
            spans.append({"kind": sp["kind"], "start": sp["start"], "end": sp["end"]})
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        assert all(ord(c) < 0x10000 for c in text)
        rows.append({"id": f"heldout2-{i + 1:04d}", "split": "heldout", "lang": lang, "text": text, "spans": spans})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = {}
    for row in rows:
        for sp in row["spans"]:
            kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
    print(f"{len(rows)} texts, es={sum(r_['lang'] == 'es' for r_ in rows)}, "
          f"clean={sum(not r_['spans'] for r_ in rows)}, spans={kinds}")


if __name__ == "__main__":
    main()
