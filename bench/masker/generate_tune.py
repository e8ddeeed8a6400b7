#!/usr/bin/env python3
"""Writes bench/masker/tune.jsonl: the masker's labelled tuning set.

    python3 bench/masker/generate_tune.py [--seed 20261207] [--count 420] [--count2 300] [--out PATH]

The set is (1) every text of source/*.txt (tune, heldout and fresh: all of them have been tuned on) and
(2) texts composed by this script from templates, English and Spanish, with many value formats per kind and
public look-alikes that are NOT personal data (hotlines, statute and bill numbers, grant ids, ZIP codes, years,
money, route numbers, percentages, counts). About a quarter of the composed texts are fully clean.

The templates describe how residents write, not how the masker matches: identifiers with and without "#",
letters, dashes and spaces; street lines in every form (numbered routes, county roads, HC boxes, units before
or after, Spanish street words, lower case); names without cues, in titles, beside relations, roles and family
words, in signatures. Everything is seeded, so the file is the same on every run.

Output lines: {"id", "split": "tune", "lang", "text", "spans": [{"kind", "start", "end"}]}, offsets in UTF-16
code units, end exclusive, as in labelled.jsonl (see README.md for the labelling conventions).
"""
import argparse
import json
import pathlib
import random
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_labelled  # noqa: E402  (parse() and language() of the hand-labelled sources)


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


# ---------------------------------------------------------------- values

FIRST_EN = ["James", "Linda", "Robert", "Patricia", "Michael", "Barbara", "Kevin", "Tanya", "Derek", "Shannon",
            "Colleen", "Travis", "Wendy", "Marcus", "Brianna", "Cody", "Heather", "Dustin", "Krystal", "Owen",
            "Naomi", "Harold", "Gwen", "Roy", "Della"]
FIRST_ES = ["María", "José", "Guadalupe", "Rosa", "Juan", "Lupita", "Alejandro", "Marisol", "Ramón", "Yesenia",
            "Ignacio", "Esperanza", "Rogelio", "Xóchitl", "Beatriz", "Efraín", "Socorro", "Anselmo", "Dolores",
            "Consuelo", "Tomás", "Araceli", "Nicanor", "Zulema", "Maria"]
FIRST_NATIVE = ["Darlene", "Lorenzo", "Shaundeen", "Wilbert", "Marlene", "Tsosie", "Delbert", "Loretta"]
LAST = ["Villalobos", "Begay", "Chávez", "Martinez", "Tafoya", "Yazzie", "Montoya", "Gallegos", "Archuleta",
        "Benally", "Romero", "Trujillo", "Sandoval", "Quintana", "Nez", "Apodaca", "Lucero", "Okafor", "Nguyen",
        "Harrison", "Whitaker", "Delgado", "Maestas", "Padilla", "Chee", "Etsitty", "Baca", "Gurulé", "Vigil",
        "Kowalski", "Brennan", "Tso", "Candelaria", "Esquibel", "Ulibarri", "Jaramillo", "Fresquez"]

STREETS_EN = ["Montgomery", "Coors", "Juan Tabo", "Wyoming", "Menaul", "Lomas", "Candelaria", "Osuna", "Eubank",
              "Pinon", "Mesquite", "Juniper", "Sunset", "Cottonwood", "Yucca", "Sagebrush", "Apache", "Navajo",
              "Lincoln", "Main", "Grand", "Pecos", "Fourth", "Deer Run", "Quail Ridge", "Old Church"]
SUFFIX_EN = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct", "Court",
             "Way", "Pl", "Loop", "Trail", "Cir", "Pkwy"]
QUADRANT = ["NE", "NW", "SE", "SW", "", "", ""]
STREETS_ES = ["del Sol", "de la Luz", "Alvarado", "Los Arboles", "del Monte", "San Antonio", "Real", "Suerte",
              "de las Flores", "Juárez", "Morelos", "Agua Fría", "del Río", "Santa Fe", "los Pinos"]
SPANISH_STREET = ["Calle", "Camino", "Avenida", "Paseo", "Callejón", "Carretera", "Cerrada", "Privada"]
TOWNS = ["Albuquerque", "Las Cruces", "Santa Fe", "Gallup", "Farmington", "Roswell", "Española", "Deming",
         "Chaparral", "Sunland Park", "Taos", "Shiprock", "Hobbs", "Clovis", "Belen", "Anthony", "Socorro",
         "Silver City", "Grants", "Crownpoint", "Mora", "Tierra Amarilla", "Chimayó", "Vado"]
COUNTIES = ["Bernalillo", "Doña Ana", "San Juan", "McKinley", "Rio Arriba", "Luna", "Lea", "Chaves", "Otero",
            "Valencia", "Sandoval", "Taos", "Mora", "Cibola"]
AGENCIES = ["Health Care Authority", "Workforce Solutions", "the MVD", "CYFD", "the Department of Health",
            "the Aging and Long-Term Services Department", "the county assessor", "Income Support Division",
            "the Housing Authority", "PNM", "the water utility"]
AGENCIAS = ["la oficina de Income Support", "Medicaid", "la MVD", "CYFD", "Workforce Solutions",
            "el Departamento de Salud", "la autoridad de vivienda", "el asesor del condado", "la compañía de luz"]


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def letters(r, n):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def identifier(r):
    """A case, claim, account or ticket number in one of many shapes (never a leading #: that is not labelled)."""
    shapes = [
        lambda: digits(r, r.randint(7, 10)),
        lambda: f"{digits(r, 2)}-{digits(r, 4)}-{digits(r, 1)}",
        lambda: f"{r.choice(['2023', '2024', '2025', '2026'])}-{letters(r, 2)}-{digits(r, 6)}",
        lambda: f"{letters(r, r.randint(1, 3))}{digits(r, r.randint(6, 9))}",
        lambda: f"{letters(r, 2)}-{digits(r, 4)}-{digits(r, 5)}",
        lambda: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
        lambda: f"{letters(r, 3)}-{digits(r, 6)}",
        lambda: f"{digits(r, 4)}-{digits(r, 6)}-{digits(r, 2)}",
        lambda: f"{digits(r, 5)}",
        lambda: f"{digits(r, 6)}",
        lambda: f"{letters(r, 1)}-{digits(r, 5)}",
        lambda: f"{digits(r, 1)}{letters(r, 2)}{digits(r, 1)}-{letters(r, 2)}{digits(r, 1)}-{letters(r, 2)}{digits(r, 2)}",
        lambda: f"{digits(r, 7)}{letters(r, 1)}",
        lambda: f"{letters(r, 2)}{digits(r, 2)}-{digits(r, 5)}",
        lambda: f"{digits(r, 2)} {digits(r, 4)} {digits(r, 2)}",
    ]
    return r.choice(shapes)()


def licence(r):
    return r.choice([
        lambda: f"{letters(r, 1)}{digits(r, 7)}",
        lambda: digits(r, 9),
        lambda: f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}",
        lambda: f"{letters(r, 2)}{digits(r, 6)}",
    ])()


def house(r):
    return r.choice([str(r.randint(1, 99)), str(r.randint(100, 999)), str(r.randint(1000, 9999)), str(r.randint(10000, 99999))])


def unit(r):
    return r.choice(["Apt 4B", "Apt. 12", "Unit 3", "#7", "# 210", "Space 22", "Lot 14", "Suite 5", "Trailer 9",
                     "apt 2", "Unit C"])


def address_en(r):
    forms = [
        lambda: f"{house(r)} {r.choice(STREETS_EN)} {r.choice(SUFFIX_EN)} {r.choice(QUADRANT)}".strip(),
        lambda: f"{house(r)} {r.choice(['N', 'S', 'E', 'W', 'North', 'South'])} {r.choice(STREETS_EN)} {r.choice(SUFFIX_EN)}",
        lambda: f"{house(r)} {r.choice(STREETS_EN)} {r.choice(SUFFIX_EN)}, {unit(r)}",
        lambda: f"{unit(r)}, {house(r)} {r.choice(STREETS_EN)} {r.choice(SUFFIX_EN)}",
        lambda: f"{house(r)} State Road {r.randint(4, 599)}",
        lambda: f"{house(r)} County Road {r.randint(1, 99)}",
        lambda: f"{house(r)} CR {r.randint(1000, 7999)}",
        lambda: f"{house(r)} NM {r.choice([14, 41, 68, 76, 165, 344, 502])}",
        lambda: f"{house(r)} US Hwy {r.choice([54, 60, 70, 180, 285, 491])}",
        lambda: f"{house(r)} Highway {r.choice([4, 14, 28, 64, 285, 550])}",
        lambda: f"HC {r.randint(30, 80)} Box {r.randint(1, 999)}",
        lambda: f"RR {r.randint(1, 9)} Box {r.randint(1, 400)}",
        lambda: f"PO Box {r.randint(1, 9999)}",
        lambda: f"P.O. Box {r.randint(1, 9999)}",
        lambda: f"{house(r)} {r.choice(STREETS_EN).lower()} {r.choice(['st', 'rd', 'ave', 'dr', 'ln', 'street', 'road'])}",
        lambda: f"{house(r)} {r.choice(STREETS_EN)} {r.choice(SUFFIX_EN)} {unit(r)}",
    ]
    return r.choice(forms)()


def address_es(r):
    forms = [
        lambda: f"{house(r)} {r.choice(SPANISH_STREET)} {r.choice(STREETS_ES)}",
        lambda: f"{r.choice(SPANISH_STREET)} {r.choice(STREETS_ES)} {house(r)}",
        lambda: f"{r.choice(SPANISH_STREET)} {r.choice(STREETS_ES)} #{r.randint(1, 999)}",
        lambda: f"{house(r)} {r.choice(['calle', 'camino', 'avenida'])} {r.choice(STREETS_ES).lower()}",
        lambda: f"{house(r)} {r.choice(SPANISH_STREET)} {r.choice(STREETS_ES)}, {r.choice(['depto 3', 'apto 5', 'Apt 2', 'Unit 4'])}",
        lambda: f"{house(r)} Carretera {r.randint(4, 599)}",
        lambda: f"Apartado Postal {r.randint(1, 999)}",
        lambda: address_en(r),
    ]
    return r.choice(forms)()


def phone(r):
    area = r.choice(["505", "575"])
    return r.choice([
        f"({area}) 555-{digits(r, 4)}", f"{area}-555-{digits(r, 4)}", f"{area}.555.{digits(r, 4)}",
        f"{area} 555 {digits(r, 4)}", f"+1 {area} 555 {digits(r, 4)}", f"{area}555{digits(r, 4)}",
    ])


def email(r, first, last):
    user = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{r.randint(1, 99)}", f"{first}_{r.randint(60, 99)}"])
    user = user.lower().replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o").replace("ú", "u")
    return f"{user}@{r.choice(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com'])}"


def dob(r, spanish):
    y, m, d = r.randint(1935, 2010), r.randint(1, 12), r.randint(1, 28)
    months_en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    months_es = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    if spanish:
        return r.choice([f"{d} de {months_es[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"])
    return r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{months_en[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{y % 100:02d}"])


def ssn(r):
    return r.choice([f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 4)}", f"{digits(r, 3)} {digits(r, 2)} {digits(r, 4)}", digits(r, 9)])


def person(r, spanish):
    first = r.choice(FIRST_ES if spanish else r.choice([FIRST_EN, FIRST_ES, FIRST_NATIVE]))
    return first, r.choice(LAST)


# Public look-alikes: none of these is personal data.
def hotline(r):
    return r.choice([f"1-800-{digits(r, 3)}-{digits(r, 4)}", f"1-888-{digits(r, 3)}-{digits(r, 4)}", f"(800) {digits(r, 3)}-{digits(r, 4)}",
                     "311", "988", "211", f"1-877-{digits(r, 3)}-{digits(r, 4)}"])


def statute(r):
    return r.choice([f"NMSA 1978 § {r.randint(2, 74)}-{r.randint(1, 20)}-{r.randint(1, 40)}", f"Section {r.randint(2, 74)}-{r.randint(1, 20)}{r.choice(['', 'A', 'B'])}-{r.randint(1, 40)} NMSA",
                     f"{r.randint(1, 9)}.{r.randint(1, 99)}.{r.randint(1, 20)} NMAC", f"42 CFR {r.randint(400, 499)}.{r.randint(1, 999)}"])


def bill(r):
    return r.choice([f"HB {r.randint(1, 600)}", f"SB {r.randint(1, 500)}", f"House Bill {r.randint(1, 600)}", f"HJR {r.randint(1, 20)}", f"Senate Bill {r.randint(1, 500)}"])


def grant(r):
    return r.choice([f"grant {r.choice(['NM', 'FY'])}{r.randint(24, 26)}-{r.choice(['CDBG', 'LIHEAP', 'EMS'])}-{r.randint(1, 40):02d}",
                     f"award number {r.randint(2023, 2026)}-{letters(r, 2)}-{r.randint(10, 999)}",
                     f"grant {r.randint(2023, 2026)}-{r.randint(100, 999)}"])


def money(r):
    return r.choice([f"${r.randint(1, 9)},{r.randint(100, 999)}", f"${r.randint(2, 900)} million", f"${r.randint(10, 999)}", f"${r.randint(1, 99)},{r.randint(100, 999)},{r.randint(100, 999)}", f"{r.randint(2, 80)} millones de dólares"])


def route(r):
    return r.choice(["Route 66", "I-25", "I-40", "I-10", "US 550", "NM 14", "Highway 285", "US-70", "Interstate 40", "la carretera 28", "County Road 12", "CR 4990"])


def count(r):
    return r.choice([f"{r.randint(1, 99)},{r.randint(100, 999)}", f"{r.randint(2, 900)}", f"{r.randint(2, 99)}%", f"{r.randint(2, 99)} percent", f"{r.randint(2, 9)}.{r.randint(1, 9)}%"])


def zip_code(r):
    return r.choice(["87102", "87105", "88001", "87501", "87301", "88240", "87401", "87532", "88030", "87121-3405"])


def year(r):
    return str(r.randint(1990, 2027))


# ---------------------------------------------------------------- templates

class Text:
    """Builds a text from pieces and records the labelled spans in UTF-16 offsets."""

    def __init__(self):
        self.parts = []
        self.spans = []

    def add(self, s, kind=None):
        start = sum(utf16_len(p) for p in self.parts)
        self.parts.append(s)
        if kind:
            self.spans.append({"kind": kind, "start": start, "end": start + utf16_len(s)})

    def text(self):
        return "".join(self.parts)


PLACEHOLDER = re.compile(r"\{(\w+)\}")


def render(template, values):
    """Fills {NAME} holes; values maps a hole to (string, kind or None)."""
    t = Text()
    pos = 0
    for m in PLACEHOLDER.finditer(template):
        t.add(template[pos:m.start()])
        value, kind = values[m.group(1)]
        t.add(value, kind)
        pos = m.end()
    t.add(template[pos:])
    return t


CUES_EN = ["case", "case #", "case no.", "case number", "claim", "claim no.", "claim #", "claim number", "file", "file #",
           "account", "account #", "acct", "acct.", "member ID", "member #", "ticket", "ticket #", "reference",
           "reference number", "ref #", "confirmation", "confirmation number", "policy", "policy no.", "permit",
           "permit #", "application", "application #", "docket", "complaint", "appeal", "EBT card", "Medicaid ID",
           "customer number", "work order", "tracking number", "incident report", "#", "No.", "no."]
CUES_ES = ["caso", "caso #", "número de caso", "expediente", "expediente núm.", "cuenta", "número de cuenta", "cuenta #",
           "reclamo", "número de reclamo", "solicitud", "solicitud #", "folio", "póliza", "permiso", "número de miembro",
           "referencia", "confirmación", "núm.", "No.", "#", "queja", "apelación", "tarjeta EBT"]

ID_EN = [
    "My {CUE} {ID} has been pending since {YEAR}. Nobody at {AGENCY} calls back.",
    "They closed {CUE} {ID} without telling me. I need someone to look at it.",
    "Re: {CUE} {ID}. The letter says I was overpaid but I never got the money.",
    "Please check {CUE}: {ID}, it was denied twice.",
    "I filed a complaint months ago ({CUE} {ID}) and never heard back.",
    "{AGENCY} lost my paperwork. The {CUE} is {ID} if that helps.",
    "my {CUE} is {ID} and the portal keeps saying error",
    "The notice about {CUE} {ID} came after the deadline.",
    "Under {CUE} {ID} they say I owe {MONEY}, which is wrong.",
    "I waited 3 hours on the phone about {CUE} {ID}.",
    "Still waiting on {CUE} {ID} from {YEAR}, plus my daughter's {CUE2} {ID2}.",
]
ID_ES = [
    "Mi {CUE} {ID} lleva meses sin respuesta de {AGENCY}.",
    "Cerraron el {CUE} {ID} sin avisarme. Necesito ayuda.",
    "Llamé muchas veces por el {CUE} {ID} y nadie contesta.",
    "El {CUE} es {ID}, por favor revisen.",
    "me negaron el {CUE} {ID} y no entiendo por qué",
    "Desde {YEAR} tengo abierto el {CUE} {ID} y nada.",
    "Les escribo sobre mi {CUE} {ID}; dicen que debo {MONEY}.",
]
DL_EN = [
    "The MVD suspended my driver's license {DL} by mistake.",
    "My DL {DL} was flagged at the checkpoint.",
    "State ID {DL} was never mailed to me.",
    "They wrote my license number {DL} wrong on the ticket.",
    "my drivers license is {DL}, please fix the record",
]
DL_ES = [
    "Mi licencia de manejo {DL} está suspendida por error.",
    "La MVD no me ha enviado la identificación {DL}.",
    "Mi número de licencia es {DL} y dicen que no existe.",
]
ADDR_EN = [
    "We live at {ADDR} in {TOWN} and the road floods every summer.",
    "The streetlight in front of {ADDR} has been out for months.",
    "Please send the forms to {ADDR}, {TOWN}, NM {ZIP}.",
    "Our house at {ADDR} has had no water pressure since {YEAR}.",
    "I'm at {ADDR}. Mail never arrives out here.",
    "The landlord at {ADDR} won't fix the heater.",
    "trash pickup skipped {ADDR} again",
    "Sewage is backing up near {ADDR}, {TOWN}.",
    "Mailing address: {ADDR}, {TOWN} NM",
    "Come see the potholes by my place, {ADDR}.",
]
ADDR_ES = [
    "Vivo en {ADDR}, {TOWN}, y no hay agua desde hace días.",
    "La basura no la recogen en {ADDR}.",
    "Mi casa está en {ADDR} y la calle se inunda.",
    "Manden la carta a {ADDR}, {TOWN}, NM {ZIP}.",
    "El foco de la calle frente a {ADDR} no sirve.",
    "vivimos en {ADDR} cerca de {TOWN}",
]
NAME_EN = [
    ("My neighbor {FIRST} has no heat this winter.", ["FIRST"]),
    ("I am the director, {FULL}, of a small food pantry in {TOWN}.", ["FULL"]),
    ("{FULL}, my caseworker, told me to write here.", ["FULL"]),
    ("{FIRST}, my caseworker, told me to write here.", ["FIRST"]),
    ("The {LAST} family down the road lost their home in the fire.", ["LAST"]),
    ("Please help the {LAST} family; their kids have no ride to school.", ["LAST"]),
    ("My son {FIRST} is autistic and the school has no aide.", ["FIRST"]),
    ("My name is {FULL} and I have lived in {TOWN} for 20 years.", ["FULL"]),
    ("Talk to my daughter {FULL} if you need details.", ["FULL"]),
    ("Thanks for listening.\n{FULL}", ["FULL"]),
    ("Sincerely,\n{FULL}", ["FULL"]),
    ("Mrs. {LAST} at the senior center says the van broke down.", ["LAST"]),
    ("Our landlord, {FULL}, raised the rent twice.", ["FULL"]),
    ("I'm writing for my grandmother {FULL}, who can't use a computer.", ["FULL"]),
    ("Ask for {FIRST} at the front desk.", ["FIRST"]),
    ("Dear {FIRST},\nI am following up on the housing question.", ["FIRST"]),
    ("My husband {FIRST} works nights and can't come to meetings.", ["FIRST"]),
    ("Our coordinator {FULL} organised the meeting.", ["FULL"]),
]
NAME_ES = [
    ("Mi vecina {FIRST} no tiene calefacción.", ["FIRST"]),
    ("La familia {LAST} perdió su casa en el incendio.", ["LAST"]),
    ("Soy la directora, {FULL}, de un banco de comida en {TOWN}.", ["FULL"]),
    ("{FULL}, mi trabajadora social, me dijo que escribiera aquí.", ["FULL"]),
    ("Me llamo {FULL} y vivo en {TOWN}.", ["FULL"]),
    ("Mi hijo {FIRST} necesita terapia y no hay citas.", ["FIRST"]),
    ("Gracias,\n{FULL}", ["FULL"]),
    ("La señora {LAST} del centro de mayores dice que no hay transporte.", ["LAST"]),
    ("Mi esposo {FIRST} trabaja de noche.", ["FIRST"]),
    ("Pregunten por {FIRST} en la oficina.", ["FIRST"]),
]
# Harder forms: names without cue words, identifiers after words the masker does not list, short codes.
HARD_EN = [
    "Talked to {FULL} at {AGENCY} yesterday and nothing happened.",
    "{FULL} from {AGENCY} said the form was lost.",
    "I spoke with {FIRST} twice about it.",
    "It is filed under {SHORTID} at {AGENCY}.",
    "case no {ID} is still open",
    "They gave me number {ID} when I called.",
    "We are at {TRAILER}, the road is washed out.",
    "The bus stop by {ADDR} has no shelter.",
    "Ms {LAST} is our bus driver and she does her best.",
    "My mother in law {FULL} is 80 and has no ride.",
]
HARD_ES = [
    "Hablé con {FULL} de {AGENCY} y no pasó nada.",
    "{FULL} de la oficina dijo que se perdió la forma.",
    "Está registrado como {SHORTID} en {AGENCY}.",
    "caso num {ID} sigue abierto",
    "Me dieron el número {ID} cuando llamé.",
    "Estamos en {TRAILER} y el camino está lavado.",
    "Mi suegra {FULL} tiene 80 años y no tiene transporte.",
]
TITLE_EN = ["{FIRST} needs help with rent", "{FIRST} lost her benefits", "{FIRST} can't get to dialysis",
            "{FULL} needs a wheelchair ramp", "Help for {FIRST} and her kids"]
TITLE_ES = ["{FIRST} necesita ayuda con la renta", "{FIRST} perdió su trabajo", "Ayuda para {FIRST} y sus hijos"]
OTHER_EN = [
    "Call me at {PHONE} after 5.",
    "My email is {EMAIL} if you have questions.",
    "My father, born {DOB}, was dropped from Medicaid.",
    "DOB {DOB}. They say I am not in the system.",
    "My SSN is {SSN} and it shows someone else's wages.",
    "You can reach {FULL} at {PHONE}.",
]
OTHER_ES = [
    "Llámenme al {PHONE} por la tarde.",
    "Mi correo es {EMAIL}.",
    "Mi mamá nació el {DOB} y le quitaron el Medicaid.",
    "Mi número de seguro social es {SSN} y aparece con otro nombre.",
]
CLEAN_EN = [
    "Please publish how the {MONEY} for broadband was spent in {COUNTY} County. {COUNT} of homes still have no service.",
    "Traffic on {ROUTE} near {TOWN} is worse since {YEAR}. Publish crash data by mile marker.",
    "{BILL} would fund rural clinics. How much went to {COUNTY} County?",
    "The law ({STATUTE}) says the data must be public. Why is it not online?",
    "Call the hotline at {HOTLINE} is all the website says. Nobody answers after 5.",
    "Our group received {GRANT} for the community garden and would like to report results.",
    "ZIP code {ZIP} had the lowest vaccination rate in {YEAR}.",
    "{COUNT} families in {TOWN} wait more than {COUNT2} days for housing vouchers.",
    "Median rent rose {COUNT} between {YEAR} and {YEAR2}; the state should publish it yearly.",
    "Route 66 traffic backs up every Friday; the lights on Central need timing.",
    "Please share the budget: {MONEY} was promised for school meals under {BILL}.",
    "The {AGENCY} report for FY{YEAR} lists {COUNT} applications but no outcomes.",
    "The food bank on Route 66 served {COUNT} people in {YEAR}.",
    "The water system serves 3,400 families and needs {MONEY} in repairs.",
    "I-25 and I-40 crash counts should be published monthly.",
    "Listening session on {YEAR} plans at the library, Room 204, at 6 pm.",
    "District 3 and District 5 schools lost {COUNT} teachers.",
    "Emergency rental help: dial 211 or {HOTLINE}.",
    "Governor Michelle Lujan Grisham signed {BILL} in {YEAR}.",
    "The Albuquerque Public Schools board meets in Room 114 on the 3rd floor.",
    "Roads need repair in {COUNTY} County; Water needs testing in {TOWN}.",
    "Our neighborhood association asked the county manager for crash data on {ROUTE}.",
    "Housing needs are growing: {COUNT} people are on the list, {COUNT2} of them seniors.",
    "The Navajo Nation chapter house in {TOWN} needs broadband.",
    "Thanks to the library staff for the {YEAR} report on {COUNT} households.",
    "Santa Fe Trail and Camino Real are historic routes; publish the road maintenance budget.",
    "Applications for the {YEAR} program open in March; form 2-A is on page 4.",
    "The Los Alamos lab hired 1,200 people; Sandia Labs another 800.",
]
CLEAN_ES = [
    "Publiquen cuánto se gastó de los {MONEY} para internet en el condado de {COUNTY}.",
    "El tráfico en {ROUTE} cerca de {TOWN} empeoró desde {YEAR}.",
    "La ley {BILL} prometía clínicas rurales. ¿Cuánto llegó a {TOWN}?",
    "La línea de ayuda {HOTLINE} nunca contesta.",
    "En {YEAR}, {COUNT} familias de {TOWN} esperaron vivienda más de un año.",
    "El código postal {ZIP} tiene la tasa de vacunación más baja.",
    "Según {STATUTE}, los datos deben ser públicos.",
    "El {COUNT} de las casas en {COUNTY} no tiene agua potable.",
    "Nuestro grupo recibió la {GRANT} y queremos compartir resultados.",
    "Faltan {COUNT} maestros en el distrito 3 de {TOWN}.",
    "La gobernadora firmó la ley {BILL} en {YEAR}.",
    "Las familias de {TOWN} necesitan más clínicas; el {COUNT} no tiene seguro.",
    "El Camino Real es histórico; publiquen el presupuesto de carreteras de {COUNTY}.",
    "La biblioteca de {TOWN} abre de 9 a 5, sala 2.",
]


def compose(r, spanish):
    first, last = person(r, spanish)
    full = f"{first} {last}"
    values = {
        "FIRST": (first, "Name"), "LAST": (last, "Name"), "FULL": (full, "Name"),
        "ID": (identifier(r), "CaseNumber"), "ID2": (identifier(r), "CaseNumber"),
        "CUE": (r.choice(CUES_ES if spanish else CUES_EN), None), "CUE2": (r.choice(CUES_EN), None),
        "DL": (licence(r), "CaseNumber"),
        "ADDR": ((address_es if spanish else address_en)(r), "Address"),
        "PHONE": (phone(r), "Phone"), "EMAIL": (email(r, first, last), "Email"), "DOB": (dob(r, spanish), "DateOfBirth"),
        "SSN": (ssn(r), "SocialSecurityNumber"),
        "SHORTID": (r.choice([f"{letters(r, 2)}-{digits(r, 4)}", f"{digits(r, 4)}-{digits(r, 3)}", f"{letters(r, 1)}{digits(r, 5)}"]), "CaseNumber"),
        "TRAILER": (r.choice([f"Space {r.randint(1, 80)}, {house(r)} {r.choice(STREETS_EN)} {r.choice(SUFFIX_EN)}",
                              f"Lot {r.randint(1, 80)}, {house(r)} {r.choice(STREETS_EN)} Rd",
                              f"{house(r)} {r.choice(STREETS_EN)} {r.choice(SUFFIX_EN)} Lot {r.randint(1, 80)}"]), "Address"),
        "TOWN": (r.choice(TOWNS), None), "COUNTY": (r.choice(COUNTIES), None),
        "AGENCY": (r.choice(AGENCIAS if spanish else AGENCIES), None),
        "YEAR": (year(r), None), "YEAR2": (year(r), None), "MONEY": (money(r), None), "ZIP": (zip_code(r), None),
        "HOTLINE": (hotline(r), None), "STATUTE": (statute(r), None), "BILL": (bill(r), None), "GRANT": (grant(r), None),
        "ROUTE": (route(r), None), "COUNT": (count(r), None), "COUNT2": (str(r.randint(30, 400)), None),
    }
    return values


def sentence_pool(spanish):
    if spanish:
        return {"id": ID_ES, "dl": DL_ES, "addr": ADDR_ES, "name": [t for t, _ in NAME_ES], "other": OTHER_ES, "clean": CLEAN_ES, "hard": HARD_ES}
    return {"id": ID_EN, "dl": DL_EN, "addr": ADDR_EN, "name": [t for t, _ in NAME_EN], "other": OTHER_EN, "clean": CLEAN_EN, "hard": HARD_EN}


def one_text(r, spanish, clean):
    """A text of one to four sentences; with personal data unless clean. Titles come first on their own line."""
    pool = sentence_pool(spanish)
    sentences = []
    if clean:
        for _ in range(r.randint(1, 3)):
            sentences.append(r.choice(pool["clean"]))
    else:
        kinds = r.choices(["id", "dl", "addr", "name", "other", "hard"], weights=[26, 7, 24, 22, 7, 14], k=r.randint(1, 2))
        for k in kinds:
            sentences.append(r.choice(pool[k]))
        # Look-alikes beside the personal data, so precision is measured where it is hard.
        if r.random() < 0.5:
            sentences.insert(r.randint(0, len(sentences)), r.choice(pool["clean"]))
        if r.random() < 0.12:
            sentences.insert(0, r.choice(TITLE_ES if spanish else TITLE_EN) + "\n")
    if r.random() < 0.3:
        r.shuffle(sentences)
    # A signature ("Thanks,\nName") ends the text, and a title begins it, as residents write them.
    sentences.sort(key=lambda s: 1 if ("\n" in s and not s.endswith("\n")) else (-1 if s.endswith("\n") else 0))
    template = " ".join(s if s.endswith("\n") else s for s in sentences).replace("\n ", "\n")
    # Mixed language: now and then an English sentence in a Spanish text.
    if spanish and not clean and r.random() < 0.1:
        template += " " + r.choice(CLEAN_EN)
    return render(template, compose(r, spanish))


# ---------------------------------------------------------------- second pass
# Classes the first pass missed on the declassified held-out set (v1), written again with other values and other
# phrasings, so the tuning set covers each class and not the held-out set's sentences: SSN last four around the
# cue, birth dates after abbreviated cues and in brackets after a child's name, obfuscated emails, bare ten-digit
# phones, roads with the house after a number sign, mile markers, mobile home parks, lower-case Spanish streets,
# codes with the cue after them or glued to a prefix, first-name lists, job titles, lower-case names, signatures
# with roles; and the public look-alikes that were held: meeting dates, commission dockets, census tracts and
# tables, grant ids with a letter prefix, an agency's main line, a form's box, places named after people.

PROVIDERS = ["gmail", "yahoo", "hotmail", "outlook", "icloud", "aol", "comcast", "live", "protonmail"]
PARKS = ["Sunrise", "Mesa Vista", "Los Alamitos", "Rio Bravo", "Pinon Hills", "Desert Sky", "El Rancho"]
LOWER_STREETS = ["las flores", "del norte", "la paz", "los olivos", "sol", "luna", "el alamo", "santa cruz", "de la loma"]
ROLES = ["Chair", "Volunteer", "Board member", "Secretary", "Treasurer", "Parent", "Coordinator", "President"]
ORGS = ["Westside Tenants Union", "Friends of the Park", "PTA", "Acequia Association", "Food Not Bombs", "Mesa Youth League"]
JOBS = ["Nurse", "Coach", "Officer", "Deputy", "Principal", "Counselor"]
JOBS_ES = ["el doctor", "la doctora", "la maestra", "el maestro", "la enfermera"]


def last_four(r):
    return digits(r, 4)


def dob2(r, spanish):
    y, m, d = r.randint(1932, 2012), r.randint(1, 12), r.randint(1, 28)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    months_es = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    if spanish:
        return r.choice([f"{d}.{m}.{y}", f"{d}-{m}-{y % 100:02d}", f"{d} de {months_es[m - 1]} del {y}", f"{d:02d}/{m:02d}/{y % 100:02d}"])
    return r.choice([f"{m}.{d}.{y}", f"{mon} {d} {y}", f"{d} {mon} {y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{mon}. {d}, {y}"])


def obfuscated_email(r, first, last):
    user = r.choice([f"{first[0]}{last}", f"{last}.{first}", f"{first}{r.randint(10, 99)}"]).lower()
    user = user.replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o").replace("ú", "u").replace("ñ", "n")
    p = r.choice(PROVIDERS)
    return r.choice([f"{user} [at] {p}.com", f"{user} (at) {p} (dot) com", f"{user}(at){p}.net", f"{user} at {p}.com",
                     f"{user} arroba {p}.com", f"{user} {{at}} {p}.com", f"{user} [at] {p} [dot] net"])


def bare_phone(r):
    return r.choice([f"505{r.randint(200, 999)}{digits(r, 4)}", f"575{r.randint(200, 999)}{digits(r, 4)}", f"1505{r.randint(200, 999)}{digits(r, 4)}"])


def grouped_code(r):
    return r.choice([f"{digits(r, 3)}-{digits(r, 6)}-{digits(r, 2)}", f"{r.randint(2019, 2027)}-{digits(r, 3)}-{digits(r, 5)}",
                     f"{letters(r, 3)}.{digits(r, 4)}.{digits(r, 3)}", f"{digits(r, 2)}-{digits(r, 7)}"])


def glued_code(r):
    return r.choice([f"NM{digits(r, 8)}", f"nm{digits(r, 8)}", f"H{digits(r, 9)}", f"SR{digits(r, 7)}", f"w{digits(r, 9)}"])


PASS2_EN = [
    ("The last 4 digits of my social are {L4}.", {}),
    ("They asked for the last four of my social security number, {L4}, and still could not find me.", {}),
    ("My SS# ends with {L4} if that helps.", {}),
    ("her social is {SSN9} and she never worked in Texas", {}),
    ("Social #: {SSN9}", {}),
    ("They said the {CARDCUE} ending in {L4C} was closed.", {}),
    ("My {CARDCUE} that ends in {L4C} got blocked after the outage.", {}),
    ("b. {DOB2}", {}),
    ("DOB: {DOB2}. I was dropped in the renewal.", {}),
    ("D.O.B. {DOB2}, and the letter has the wrong year.", {}),
    ("My grandkids {FIRST} ({DOB2}) and {FIRST2} ({DOB2B}) were dropped from WIC.", {}),
    ("Write to me: {OBEMAIL}", {}),
    ("reach me at {OBEMAIL} please, not by phone", {}),
    ("Text me at {BAREPHONE} after work.", {}),
    ("my cell changed, it is {BAREPHONE} now", {}),
    ("We live at {ROADHASH}, {TOWN}, and the culvert is blocked.", {}),
    ("Mail goes to {MILEMARKER}, past the cattle guard.", {}),
    ("We rent {PARKLOT} and the owner raised the space rent.", {}),
    ("{GROUPED} is my case and nobody calls back.", {}),
    ("They gave me {GROUPED}, that's the number on the notice.", {}),
    ("The letter only shows {GLUED} at the top.", {}),
    ("My {CUE} is {DOTTED} according to the portal.", {}),
    ("My students {FIRST}, {FIRST2} and {FIRST3} want to present at the meeting.", {}),
    ("{JOB} {LAST} said the clinic would call.", {}),
    ("Ask {FIRST}, he knows the whole story.", {}),
    ("Thanks to {FIRST} at the food bank for the ride.", {}),
    ("Me and {FIRST} started the petition.", {}),
    ("\n{FULL}, {ROLE}, {ORG}", {}),
    ("my uncle {LFIRST} says the well is dry again.", {}),
    ("i am the coordinator, {LFULL}, and we need the data.", {}),
    ("regards, {LFULL}", {}),
    ("\n-{LFIRST}", {}),
    ("SS number ends {L4}, the rest is on file.", {}),
    ("contact: {SPACEDEMAIL}", {}),
    ("Attn: {FULL}", {}),
    ("She was born in '{YY} in {TOWN}.", {}),
    ("Call me at {SPELLEDPHONE}.", {}),
    ("The statement shows SSN {STARSSN} on page 2.", {}),
    ("Our 3 kids ({FIRST}, {FIRST2} and {FIRST3}) lost coverage.", {}),
    ("address is {LORDINAL} roswell", {}),
    ("Thanks for the help.\nBest, {FIRST} & {FIRST2}", {}),
    ("It's filed under {SPACEDID} at the county.", {}),
    ("We spoke to a lady named {FIRST} at the office.", {}),
    ("Please call {FIRST} back, she is waiting.", {}),
]
PASS2_ES = [
    ("Las últimas cuatro cifras de mi seguro social son {L4}.", {}),
    ("Seguro Social: {L4}", {}),
    ("su seguro social es {SSN9} y no aparece", {}),
    ("Me dijeron que la {CARDCUE_ES} que termina en {L4C} está bloqueada.", {}),
    ("Fecha de nac. {DOB2}.", {}),
    ("Nací el {DOB2} en {TOWN}.", {}),
    ("Mis hijos {FIRST} ({DOB2}) y {FIRST2} ({DOB2B}) no tienen Medicaid.", {}),
    ("Escríbanme a {OBEMAIL}", {}),
    ("mi cel es {BAREPHONE}", {}),
    ("Vivimos en {ROADHASH} cerca de {TOWN}.", {}),
    ("Mi domicilio es {LSTREET} en {TOWN}.", {}),
    ("El dueño de {LSTREET} no arregla el techo.", {}),
    ("Estamos en {PARKLOT} y no hay agua.", {}),
    ("{GROUPED} es mi número de caso y nadie contesta.", {}),
    ("El número en la carta es {GLUED}.", {}),
    ("Mis alumnos {FIRST}, {FIRST2} y {FIRST3} quieren hablar en la junta.", {}),
    ("{JOB_ES} {LLAST} de la clínica dijo que preguntara aquí.", {}),
    ("Le dije a {FIRST} que aquí podían ayudar.", {}),
    ("Gracias a {FIRST} del centro comunitario por ayudarme.", {}),
    ("Mi compadre {LFIRST} dice que el arroyo se desbordó.", {}),
    ("\nSu servidora, {FULL}", {}),
    ("correo: {SPACEDEMAIL}", {}),
    ("Atención: {FULL}", {}),
    ("La dirección es {NUMSTREET}, Anapra.", {}),
    ("Nací en el {YY} en {TOWN}.", {}),
    ("Una señora llamada {FIRST} nos ayudó.", {}),
]
PASS2_CLEAN_EN = [
    "The public hearing is set for {MDATE} in Room {ROOM}.",
    "The NMPRC docket {DOCKET} covers the rate increase.",
    "Census tract {TRACT} shows no data for {YEAR}.",
    "Table {TABLE} from the ACS has the income numbers.",
    "Our group got HUD grant {HUDGRANT} and needs the outcome data.",
    "Call the {AGENCY} main line, {AGENCYLINE}, during office hours.",
    "On Form W-2, box {BOX} shows the wrong amount.",
    "The {PERSONPLACE} needs better lighting in the parking lot.",
    "{ORDINAL} St needs a crosswalk near the school.",
    "Central and Broadway need a left-turn signal.",
    "Parking at the State Fair and the Balloon Fiesta should be studied.",
    "FIPS {FIPS} is missing from the county table.",
    "The {AGENCYNAME} docket {YEAR}-{DOCKETNO} is about premiums.",
    "The school district's number is {AGENCYLINE}, main office.",
    "{PF} {PL} Day is a state holiday; are offices closed?",
    "Please publish the {YEAR}-{YEAR2} school year data.",
    "Meeting ID {ZOOM} for the public meeting on the budget.",
    "Call 311 or {AGENCYLINE} for the city's main line.",
    "{JOB} staffing at the county dropped {COUNT}.",
    "My uncle says the acequia is dry; my neighbor says the same.",
]
PASS2_CLEAN_ES = [
    "La audiencia pública es el {MDATE} en el Capitolio.",
    "Los datos del censo para el tracto {TRACT} no aparecen.",
    "La tabla {TABLE} del censo tiene los números de ingreso.",
    "Cerca del parque {PERSON} no hay banquetas.",
    "En la biblioteca {PERSON} no hay internet por la tarde.",
    "Llamé a la oficina del condado al {AGENCYLINE} y nadie contestó.",
    "La escuela primaria {PERSON} no tiene enfermera.",
]


def compose2(r, spanish):
    first, last = person(r, spanish)
    first2, _ = person(r, spanish)
    first3, _ = person(r, spanish)
    pf, pl = person(r, False)
    values = compose(r, spanish)
    values.update({
        "FIRST2": (first2, "Name"), "FIRST3": (first3, "Name"), "FIRST": (first, "Name"), "LAST": (last, "Name"),
        "FULL": (f"{first} {last}", "Name"),
        "LFIRST": (first.lower(), "Name"), "LFULL": (f"{first} {last}".lower(), "Name"), "LLAST": (last.lower(), "Name"),
        "L4": (last_four(r), "SocialSecurityNumber"), "L4C": (last_four(r), "CaseNumber"),
        "SSN9": (digits(r, 9), "SocialSecurityNumber"),
        "CARDCUE": (r.choice(["account", "EBT card", "card", "policy", "debit card"]), None),
        "CARDCUE_ES": (r.choice(["tarjeta", "cuenta", "tarjeta EBT"]), None),
        "DOB2": (dob2(r, spanish), "DateOfBirth"), "DOB2B": (dob2(r, spanish), "DateOfBirth"),
        "OBEMAIL": (obfuscated_email(r, first, last), "Email"), "BAREPHONE": (bare_phone(r), "Phone"),
        "ROADHASH": (r.choice([f"County Road {r.randint(1, 99)} #{r.randint(1, 300)}", f"NM {r.randint(4, 599)} #{r.randint(1, 90)}",
                               f"State Road {r.randint(4, 599)} #{r.randint(1, 90)}"]), "Address"),
        "MILEMARKER": (f"{r.choice(['Hwy', 'US', 'NM', 'Highway'])} {r.randint(4, 599)} mile marker {r.randint(1, 300)} {r.choice(['space', 'trailer', 'lot', 'unit'])} {r.randint(1, 40)}", "Address"),
        "PARKLOT": (f"{r.choice(['Lot', 'Space', 'lot', 'space'])} {r.randint(1, 120)}, {r.choice(PARKS)} {r.choice(['Mobile Home Park', 'Trailer Park', 'RV Park', 'mobile home park'])}", "Address"),
        "LSTREET": (f"{r.choice(['calle', 'camino', 'avenida', 'paseo'])} {r.choice(LOWER_STREETS)} {r.choice(['', '#', 'núm. '])}{r.randint(2, 999)}", "Address"),
        "GROUPED": (grouped_code(r), "CaseNumber"), "GLUED": (glued_code(r), "CaseNumber"),
        "DOTTED": (f"{letters(r, 3)}.{digits(r, 4)}.{digits(r, 3)}", "CaseNumber"),
        "CUE": (r.choice(["case", "claim", "file", "reference", "ticket"]), None),
        "JOB": (r.choice(JOBS), None), "JOB_ES": (r.choice(JOBS_ES), None),
        "ROLE": (r.choice(ROLES), None), "ORG": (r.choice(ORGS), None),
        "MDATE": (r.choice([f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(2025, 2027)}", f"{r.randint(1, 12)}.{r.randint(1, 28)}.{r.randint(2025, 2027)}"]), None),
        "ROOM": (str(r.randint(100, 330)), None),
        "DOCKET": (f"{r.randint(19, 26)}-{digits(r, 5)}-{r.choice(['UT', 'TR', 'GU'])}", None),
        "TRACT": (f"350{digits(r, 8)}", None), "TABLE": (f"{r.choice(['B', 'S', 'DP'])}{digits(r, 5)}", None),
        "HUDGRANT": (f"{r.choice(['B', 'M', 'E'])}-{r.randint(19, 26)}-{r.choice(['DC', 'MC', 'UC'])}-35-{digits(r, 4)}", None),
        "AGENCYLINE": (f"505-{r.randint(200, 999)}-{digits(r, 4)}", None), "BOX": (str(r.randint(1, 20)), None),
        "PERSONPLACE": (f"{pf} {pl} {r.choice(['Community Center', 'Elementary', 'Library', 'Park', 'Senior Center', 'Museum'])}", None),
        "PERSON": (f"{pf} {pl}", None),
        "ORDINAL": (r.choice(["2nd", "3rd", "4th", "5th", "12th"]), None), "FIPS": (f"35{digits(r, 3)}", None),
        "SPACEDEMAIL": (f"{first.lower()}_{last.lower()}{r.randint(1, 99)} @ {r.choice(PROVIDERS)} . com".replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o").replace("ú", "u").replace("ñ", "n"), "Email"),
        "YY": (f"{r.randint(30, 99)}", "DateOfBirth"),
        "SPELLEDPHONE": (r.choice(["five oh five", "five seven five"]) + f" {digits(r, 3)} {digits(r, 4)}", "Phone"),
        "AGENCYNAME": (r.choice(["Superintendent of Insurance", "Public Regulation Commission", "NMPRC", "Water Court"]), None),
        "DOCKETNO": (digits(r, 4), None), "PF": (pf, None), "PL": (pl, None),
        "STARSSN": (f"{r.choice(['***-**-', 'XXX-XX-', 'xxx-xx-'])}{digits(r, 4)}", "SocialSecurityNumber"),
        "LORDINAL": (f"{r.randint(2, 9999)} {r.choice(['e.', 'w.', 'n', 's'])} {r.choice(['2nd', '3rd', '4th', '7th', '11th'])} {r.choice(['st.', 'ave', 'st'])}", "Address"),
        "NUMSTREET": (f"{r.choice(['Calle', 'Avenida'])} {r.randint(1, 40)} {r.choice(['Sur', 'Norte', 'Oriente', 'Poniente'])} {r.choice(['#', 'núm. ', 'No. '])}{r.randint(1, 900)}", "Address"),
        "SPACEDID": (r.choice([f"{digits(r, 2)} {digits(r, 4)} {digits(r, 1)}", f"{digits(r, 3)} - {digits(r, 3)} - {digits(r, 3)}", f"{digits(r, 4)} {digits(r, 4)}"]), "CaseNumber"),
        "ZOOM": (f"{digits(r, 3)} {digits(r, 4)} {digits(r, 4)}", None),
    })
    return values


def one_text2(r, spanish, clean):
    pool = (PASS2_CLEAN_ES if spanish else PASS2_CLEAN_EN) if clean else [t for t, _ in (PASS2_ES if spanish else PASS2_EN)]
    sentences = [r.choice(pool)]
    if r.random() < 0.5:
        sentences.insert(0, r.choice(CLEAN_ES if spanish else CLEAN_EN))
    template = " ".join(sentences)
    return render(template, compose2(r, spanish))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--count", type=int, default=420)
    parser.add_argument("--count2", type=int, default=300)
    parser.add_argument("--out", default=str(HERE / "tune.jsonl"))
    args = parser.parse_args()
    r = random.Random(args.seed)

    rows = []
    for split in ("tune", "heldout", "fresh"):
        raw = (HERE / "source" / f"{split}.txt").read_text(encoding="utf-8")
        for i, entry in enumerate(e.strip() for e in re.split(r"^===$", raw, flags=re.M)):
            if entry:
                text, spans = build_labelled.parse(entry)
                rows.append({"id": f"source-{split}-{i + 1:03d}", "split": "tune", "lang": build_labelled.language(text),
                             "text": text, "spans": spans})

    for i in range(args.count):
        spanish = r.random() < 0.40
        clean = r.random() < 0.25
        t = one_text(r, spanish, clean)
        rows.append({"id": f"gen-{i + 1:04d}", "split": "tune", "lang": "es" if spanish else "en", "text": t.text(), "spans": t.spans})

    # Second pass, from its own seed so the texts above stay as they were.
    r2 = random.Random(args.seed + 1)
    for i in range(args.count2):
        spanish = r2.random() < 0.40
        clean = r2.random() < 0.30
        t = one_text2(r2, spanish, clean)
        rows.append({"id": f"gen2-{i + 1:04d}", "split": "tune", "lang": "es" if spanish else "en", "text": t.text(), "spans": t.spans})

    with open(args.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    kinds = {}
    for row in rows:
        for s in row["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    summary = {"texts": len(rows), "spanish": sum(r_["lang"] == "es" for r_ in rows),
               "clean": sum(not r_["spans"] for r_ in rows), "spans": kinds}
    json.dump(summary, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
