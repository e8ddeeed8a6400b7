#!/usr/bin/env python3
"""Small seeded generator (stdlib only) for the non-hand part of the set.
Writes generated.txt in the same {{K:value}} format as texts.txt."""
import random, os

R = random.Random(20261208)
here = os.path.dirname(os.path.abspath(__file__))

FIRST = ["marisela", "Rudy", "Cheyenne", "Orlando", "Hanh", "Fatima", "Darlene", "Leroy", "Yolanda", "Naomi",
         "Efrain", "Shandiin", "Tuan", "Rashid", "Bernadette", "Gabe", "Dolores", "Kee", "Amalia", "Ezekiel",
         "Mai", "Layla", "Benny", "Graciela", "Wendell", "Marlena", "Delbert", "Araseli", "Joaquín", "Ahmad"]
LAST = ["Archuleta", "Tsinajinnie", "Nguyen", "Haddad", "Lucero", "Quintana-Ruiz", "Begay", "Romero", "Sanchez",
        "Chino", "Pham", "Vigil", "Maestas", "Yellowhorse", "Garcia y Griego", "Martínez", "Tafoya", "Atencio",
        "Mansour", "Lovato", "Kaye", "Herrera", "Shije", "Duran", "Coriz", "Etcitty", "Bustamante", "Tran"]
TOWNS = ["Gallup", "Deming", "Española", "Taos", "Hobbs", "Clovis", "Socorro", "Belen", "Raton", "Chama",
         "Lordsburg", "Anthony", "Moriarty", "Truth or Consequences", "Crownpoint", "Peñasco", "Cuba",
         "Tularosa", "Portales", "Santa Rosa", "Bloomfield", "Aztec", "Grants", "Hatch", "Las Vegas"]
COUNTIES = ["Rio Arriba", "McKinley", "Luna", "Sierra", "Chaves", "Torrance", "Cibola", "San Miguel",
            "Lea", "Otero", "Taos", "Doña Ana", "Valencia", "Grant", "Socorro"]
STREETS = ["Calle Alegre", "Camino del Monte", "Avenida Juan Tabo", "Mesa Verde Dr", "Pinon St", "Sunset Rd",
           "Los Arboles Ave", "Calle de Arroyo", "Main St", "Cedar Ln", "Camino Rancho", "Lomita"]
HOTLINES = ["1-800-283-4465", "211", "911", "505-827-2855", "1-877-664-6984", "311", "1-855-697-4625"]
LOOKS = ["HB 2", "SB 145", "NMSA 27-2-12", "I-25 exit 242", "Route 66", "the 1400 block of Isleta Blvd",
         "form HSD 100", "87505", "$1,250", "2023", "42%", "NM-14 mile marker 30", "grant 2023-BB-0117",
         "Executive Order 2024-004"]
TOPICS_EN = ["snap renewal", "medicaid card", "rental assistance", "unemployment", "the water bill", "broadband sign up",
             "school bus route", "the clinic appointment", "LIHEAP", "my eviction hearing", "pre-k spot"]
TOPICS_ES = ["la renovación de snap", "la tarjeta de medicaid", "la ayuda de renta", "el desempleo",
             "el recibo del agua", "el internet", "la ruta del camión escolar", "la cita en la clínica"]
BILLS = ["HB 2", "SB 145", "EXECUTIVE ORDER 2024-004"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MONTHS = ["January", "Feb", "march", "Apr.", "May", "june", "July", "Aug", "Sept", "October", "nov", "Dec."]

def name():
    f, l = R.choice(FIRST), R.choice(LAST)
    k = R.random()
    if k < 0.25: return f
    if k < 0.4: return (f + " " + l).lower()
    if k < 0.5: return f[0] + ". " + l
    return f + " " + l

def phone():
    a = R.choice(["505", "575"]); b = R.randint(200, 989); c = R.randint(0, 9999)
    fmt = R.randrange(8)
    return [f"{a}-{b}-{c:04d}", f"({a}) {b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}", f"{a}{b}{c:04d}",
            f"+1 {a} {b} {c:04d}", f"{b}-{c:04d}", f"+1-{a}-{b}-{c:04d}"][fmt]

def email(n):
    base = "".join(ch for ch in n.lower().replace(" ", R.choice([".", "_", ""])) if ch.isascii() and (ch.isalnum() or ch in "._"))
    base = base.strip("._") or "user"
    dom = R.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "msn.com", "q.com"])
    e = f"{base}{R.randint(1, 99) if R.random() < 0.5 else ''}@{dom}"
    k = R.random()
    if k < 0.15: return e.upper()
    if k < 0.3: return e.replace("@", " at ").replace(".com", " dot com")
    return e

def address():
    n = R.randint(2, 9800); s = R.choice(STREETS)
    k = R.randrange(9)
    return [f"{n} {s}", f"{n} {s} Apt {R.randint(1, 40)}{R.choice('ABC')}", f"Unit {R.randint(1, 30)}, {n} {s}",
            f"PO Box {R.randint(10, 3999)}", f"HC {R.randint(30, 80)} Box {R.randint(1, 300)}",
            f"{n} County Road {R.randint(1, 99)}", f"{n} NM-{R.choice([4, 14, 41, 68, 76, 502])}",
            f"{n} {s.lower()} #{R.randint(1, 9)}", f"{n} CR {R.randint(1000, 6000)}"][k]

def dob(es=False):
    y = R.randint(1932, 2020); m = R.randint(1, 12); d = R.randint(1, 28)
    if es:
        return R.choice([f"{d} de {MESES[m-1]} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{MESES[m-1][:3]}-{y}"])
    return R.choice([f"{m}/{d}/{y % 100:02d}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d} {MONTHS[m-1]} {y}", f"{m}-{d}-{y}"])

def ssn():
    a, b, c = R.randint(100, 665), R.randint(10, 99), R.randint(1000, 9999)
    return R.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])

def ident():
    return R.choice([str(R.randint(100000000, 999999999)), f"{R.randint(2019, 2025)}-{R.randint(1, 99999):05d}",
                     f"{R.choice('ABCDXQ')}{R.choice('KJMT')}{R.randint(100000, 999999)}",
                     f"{R.randint(10, 99)}/{R.randint(1000, 9999)}", f"NM-{R.randint(10000, 99999)}-{R.choice('ABC')}",
                     f"{R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}"])

def ID_LABEL(es):
    return R.choice(["caso", "numero de caso", "expediente", "reclamo", "solicitud", "número de cliente", "id de miembro"]) if es \
        else R.choice(["case", "case #", "claim no.", "member id", "application", "ref", "account", "client id", "ticket"])

def en_text():
    t = []; k = R.randrange(10)
    top = R.choice(TOPICS_EN); town = R.choice(TOWNS)
    if k == 0:
        t += [f"hi my name is ", ("N", name()), f" from {town}, question about {top}. call me ", ("P", phone()),
              f" not {R.choice(HOTLINES)} they never answer"]
    elif k == 1:
        lab = ID_LABEL(False)
        pre = "#" if lab.endswith("#") else ""
        t += [f"{lab.rstrip(' #')} {pre}", ("C", ident()), f" for {top} still pending since {R.choice(MONTHS)}. ", ("N", name())]
    elif k == 2:
        t += ["Name: ", ("N", name()), "\nDOB: ", ("D", dob()), "\nAddress: ", ("A", address()), f", {town} NM",
              "\nPhone: ", ("P", phone()), f"\nRequest: data on {top} wait times in {R.choice(COUNTIES)} County"]
    elif k == 3:
        n = name()
        t += [f"my {R.choice(['mom', 'grandma', 'uncle', 'neighbor', 'son', 'cousin'])} ", ("N", n),
              " was born ", ("D", dob()), f" and still cant get {top} fixed. ssn ", ("S", ssn())]
    elif k == 4:
        n = name()
        t += [f"pls send the {R.choice(COUNTIES).lower()} county numbers on {top} to ", ("E", email(n)), " thx ", ("N", n if "." in n else n.split()[0])]
    elif k == 5:
        t += [f"WHY IS {top.upper()} TAKING SO LONG. I LIVE AT ", ("A", address().upper()), f" IN {town.upper()}. {R.choice(BILLS)} WAS SUPPOSED TO FIX THIS"]
    elif k == 6:
        t += [f"propose: use {R.choice(['census', 'school', 'clinic', 'transit', '911 call'])} data to plan {top} in {R.choice(COUNTIES)} county. ",
              f"see {R.choice(LOOKS)}. no names pls"]
    elif k == 7:
        t += ["tell ", ("N", name()), " at the office i sent the papers for ", ("C", ident()), ". my cel ", ("P", phone())]
    elif k == 8:
        t += [f"my {R.choice(['landlord', 'caseworker', 'kids teacher', 'neighbor'])} ", ("N", name()),
              f" says {top} data is public. is it? im at ", ("A", address())]
    else:
        t += [f"question on {top}: how many ppl in {town} are waiting. {R.choice(LOOKS)}, {R.choice(LOOKS)}"]
    return "en", t

def es_text():
    t = []; k = R.randrange(8)
    top = R.choice(TOPICS_ES); town = R.choice(TOWNS)
    if k == 0:
        t += ["hola soy ", ("N", name()), f" de {town}, pregunta sobre {top}. mi cel ", ("P", phone())]
    elif k == 1:
        t += [f"mi {ID_LABEL(True)} es ", ("C", ident()), f" y nadie me contesta sobre {top}. ya llame al {R.choice(HOTLINES)}"]
    elif k == 2:
        t += ["Nombre: ", ("N", name()), "\nFecha de nacimiento: ", ("D", dob(True)), "\nDirección: ", ("A", address()),
              f"\nPregunta: {top} en el condado de {R.choice(COUNTIES)}"]
    elif k == 3:
        t += [f"nací el ", ("D", dob(True)), " y mi seguro social es ", ("S", ssn()), f", necesito ayuda con {top}"]
    elif k == 4:
        n = name()
        t += [f"mándenme los datos sobre {top} a ", ("E", email(n)), ". gracias, ", ("N", n)]
    elif k == 5:
        t += [f"propuesta: publiquen los datos de {top} por pueblo, no solo por condado. en {town} no sabemos nada ({R.choice(LOOKS)})"]
    elif k == 6:
        t += [f"mi {R.choice(['vecina', 'tía', 'abuelo', 'hijo', 'dueño'])} ", ("N", name()), " vive en ", ("A", address()),
              f" y no tiene {R.choice(['agua', 'luz', 'internet', 'transporte'])}"]
    else:
        t += [f"{top.upper()} ES UN DESASTRE EN {town.upper()}. LLAMEN AL ", ("P", phone()), " PREGUNTEN POR ", ("N", name().upper())]
    return "es", t

def render(segs, lower):
    out = []
    for s in segs:
        if isinstance(s, tuple):
            v = s[1].lower() if lower else s[1]
            out.append("{{%s:%s}}" % (s[0], v))
        else:
            out.append(s.lower() if lower else s)
    return "".join(out)

def main(n=100):
    blocks = []
    seen = set()
    while len(blocks) < n:
        lang, segs = es_text() if R.random() < 0.35 else en_text()
        body = render(segs, lower=R.random() < 0.3)
        if body in seen:
            continue
        seen.add(body)
        blocks.append(f"#lang {lang}\n{body}")
    with open(os.path.join(here, "generated.txt"), "w", encoding="utf-8") as f:
        f.write("\n---\n".join(blocks) + "\n")

if __name__ == "__main__":
    main()
