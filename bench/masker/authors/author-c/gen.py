#!/usr/bin/env python3
"""Small seeded generator for the last third of the set (stdlib only). Writes generated.txt."""
import random, os
R = random.Random(20261208)
HERE = os.path.dirname(os.path.abspath(__file__))

FIRST = ["Alicia", "Benito", "Cruz", "Dolores", "Esteban", "Filomena", "Gregorio", "Hilda", "Isidro", "Jacinta",
         "Leandro", "Magdalena", "Nicanor", "Olivia", "Procopio", "Remedios", "Severo", "Trinidad", "Ursula", "Wilfredo",
         "Darrell", "Shawna", "Tyler", "Brittany", "Marvin", "Loretta", "Quang", "Thuy", "Omar", "Layla", "Tso", "Nizhoni",
         "Ahiga", "Dezbah", "Kimi", "Tsosie", "Yolanda", "Graciela", "Arturo", "Efraín"]
LAST = ["Archuleta", "Baca", "Chávez", "Duran", "Esquibel", "Fresquez", "Gallegos", "Herrera", "Jaramillo", "Lucero",
        "Maestas", "Naranjo", "Ortega", "Padilla", "Quintana", "Roybal", "Salazar", "Trujillo", "Valdez", "Zamora",
        "Begay", "Yazzie", "Tsinnijinnie", "Benally", "Chee", "Nguyen", "Tran", "Haddad", "Mansour", "Smith", "Whitaker",
        "Romero-Lujan", "Sisneros", "Tenorio", "Shije", "Pecos", "Aragon", "de Herrera", "Montoya y Vigil", "Lovato"]
TOWNS = ["Española", "Taos", "Las Vegas", "Socorro", "Deming", "Gallup", "Farmington", "Roswell", "Clovis", "Belen",
         "Los Lunas", "Anthony", "Chaparral", "Questa", "Peñasco", "Mora", "Cuba", "Grants", "Silver City", "Raton",
         "Truth or Consequences", "Portales", "Artesia", "Hobbs", "Lordsburg", "Moriarty", "Estancia", "Chimayó",
         "Alcalde", "Velarde", "Vado", "Hatch", "Crownpoint", "Shiprock", "Zuni", "Tohatchi", "Bernalillo", "Corrales"]
COUNTIES = ["Rio Arriba", "Taos", "San Miguel", "Socorro", "Luna", "McKinley", "San Juan", "Chaves", "Curry",
            "Valencia", "Doña Ana", "Mora", "Sandoval", "Cibola", "Grant", "Colfax", "Sierra", "Roosevelt", "Eddy", "Lea"]
STREET_EN = ["Alamosa", "Pinon", "Mesa Verde", "Juniper", "Cottonwood", "Sage", "Arroyo", "Yucca", "Main", "Railroad"]
STREET_ES = ["Calle del Río", "Camino del Pueblo", "Avenida de los Pinos", "Calle Estrella", "Camino de la Acequia",
             "Calle Luna", "Camino Viejo", "Avenida Hidalgo", "Calle San Antonio", "Camino Los Abuelos"]
SUF = ["St", "Rd", "Dr", "Ave", "Ln", "Blvd", "Street", "Road", ""]

def name():
    f, l = R.choice(FIRST), R.choice(LAST)
    r = R.random()
    if r < 0.55: return f"{f} {l}"
    if r < 0.7: return f
    if r < 0.8: return f"{f} {l}".lower()
    if r < 0.9: return f"{f[0]}. {l}"
    return f"{f} {l} {R.choice(LAST)}"

def address(es):
    n = R.randint(2, 9899); r = R.random()
    if r < 0.3 and es: s = f"{R.choice(STREET_ES)} {n}"
    elif r < 0.5: s = f"{n} {R.choice(STREET_EN)} {R.choice(SUF)}".strip()
    elif r < 0.6: s = f"County Road {R.randint(1, 120)}" + (f" #{R.randint(1, 40)}" if R.random() < 0.5 else "")
    elif r < 0.68: s = f"CR {R.randint(1000, 6999)}"
    elif r < 0.75: s = f"HC {R.randint(30, 80)} Box {R.randint(1, 300)}"
    elif r < 0.83: s = f"PO Box {R.randint(10, 2999)}"
    elif r < 0.88: s = f"RR {R.randint(1, 5)} Box {R.randint(1, 99)}"
    elif r < 0.94: s = f"{n} NM-{R.choice([4, 14, 68, 76, 75, 502, 554])}"
    else: s = f"{n} State Road {R.choice([68, 518, 76, 96])}"
    u = R.random()
    if u < 0.15: s = f"{s} Apt {R.randint(1, 30)}{R.choice('ABC')}"
    elif u < 0.22: s = f"Unit {R.randint(1, 40)}, {s}"
    elif u < 0.28: s = f"{s} #{R.randint(1, 12)}"
    if R.random() < 0.1: s = s.lower()
    return s

def phone():
    a = R.choice(["505", "575"]); b = R.randint(200, 999); c = R.randint(0, 9999)
    f = R.choice(["{a}-{b}-{c:04d}", "({a}) {b}-{c:04d}", "{a}.{b}.{c:04d}", "{a} {b} {c:04d}", "{a}{b}{c:04d}",
                  "+1 {a} {b} {c:04d}", "+1-{a}-{b}-{c:04d}", "{b}-{c:04d}"])
    return f.format(a=a, b=b, c=c)

MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def dob(es):
    y = R.randint(1932, 2012); m = R.randint(1, 12); d = R.randint(1, 28)
    if es:
        f = R.choice(["{d} de {M} de {y}", "{d:02d}/{m:02d}/{y}", "{d}-{m}-{y}", "{d} {M} {y}", "{d}/{m}/{yy:02d}"])
    else:
        f = R.choice(["{m}/{d}/{y}", "{m:02d}/{d:02d}/{y}", "{Mo} {d}, {y}", "{d} {Mo} {y}", "{y}-{m:02d}-{d:02d}",
                      "{m}/{d}/{yy:02d}", "{Mo3} {d} {y}", "{m}-{d}-{y}"])
    return f.format(d=d, m=m, y=y, yy=y % 100, M=MES[m - 1], Mo=MON[m - 1], Mo3=MON[m - 1][:3])

def ssn():
    a = R.choice([525, 585, 648, 649]); b = R.randint(10, 99); c = R.randint(1000, 9999)
    return R.choice(["{a}-{b}-{c}", "{a} {b} {c}", "{a}{b}{c}"]).format(a=a, b=b, c=c)

def email(nm):
    base = "".join(ch for ch in nm.lower().replace(" ", ".") if ch.isalnum() or ch == ".")
    base = base.strip(".") or "resident"
    base = (base.replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o").replace("ú", "u").replace("ñ", "n"))
    dom = R.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "msn.com", "nmsu.edu", "q.com"])
    r = R.random()
    if r < 0.6: return f"{base}{R.randint(1, 99)}@{dom}"
    if r < 0.75: return f"{base}@{dom}".upper()
    u, d = dom.split(".")
    return f"{base} at {u} dot {d}"

def caseno():
    L = "ABCDEFGHJKLMNPRSTWXZ"
    return R.choice([
        lambda: f"{R.randint(2019, 2025)}-{R.randint(10000, 99999)}",
        lambda: f"{R.choice(L)}{R.choice(L)}{R.randint(100000, 9999999)}",
        lambda: f"{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(1, 9)}",
        lambda: f"{R.randint(100000000, 999999999)}",
        lambda: f"D-{R.randint(101, 1333)}-CV-{R.randint(2019, 2025)}-{R.randint(100, 9999):05d}",
        lambda: f"{R.choice(L)}-{R.randint(2019, 2025)}/{R.randint(100, 9999)}",
        lambda: f"{R.randint(10, 99)} {R.randint(100, 999)} {R.randint(1000, 9999)}",
    ])()

TOPICS_EN = ["my SNAP renewal", "my Medicaid renewal", "my unemployment claim", "the rental assistance application",
             "my LIHEAP application", "my child care assistance", "a water shutoff", "my license suspension"]
TOPICS_ES = ["mi renovación de SNAP", "mi Medicaid", "mi reclamo de desempleo", "la ayuda de renta",
             "la ayuda para la calefacción", "el cuidado infantil", "el corte de agua", "mi licencia suspendida"]
IDCUE_EN = ["case", "case #", "case no.", "claim number", "application ID", "member ID", "ref", "account ending in", "client id"]
IDCUE_ES = ["expediente", "folio", "número de caso", "número de cliente", "solicitud", "número de reclamo", "no. de miembro"]

def m(k, v): return "{{%s:%s}}" % (k, v)

def idval(cue):
    if "ending" in cue: return str(R.randint(1000, 9999))
    return caseno()

def t_en():
    nm, town, topic = name(), R.choice(TOWNS), R.choice(TOPICS_EN)
    cue = R.choice(IDCUE_EN)
    fs = [
        lambda: f"Hi, this is about {topic}. {cue} {m('C', idval(cue))}. I live at {m('A', address(False))} in {town}. Call {m('P', phone())}. - {m('N', nm)}",
        lambda: f"Name: {m('N', nm)}\nDOB: {m('D', dob(False))}\nPhone: {m('P', phone())}\nQuestion: how long does {topic} usually take in {R.choice(COUNTIES)} County? I called 1-800-283-4465 already.",
        lambda: f"{m('N', nm)} here from {town}. My SSN {m('S', ssn())} shows on a letter about {topic} that I never applied for. Email me {m('E', email(nm))}",
        lambda: f"my neighbor {m('N', nm)} has been waiting on {topic} since {R.randint(2022, 2025)}. shes {R.randint(60, 92)} years old, born {m('D', dob(False))}. she lives at {m('A', address(False))}. the office on Main St in {town} never answers",
        lambda: f"PLEASE HELP WITH {topic.upper()}. {cue.upper()} {m('C', idval(cue).upper())}. {m('N', nm.upper())}, {m('P', phone())}",
        lambda: f"Proposal: publish wait times for {topic.replace('my ', '')} by county. Mine took {R.randint(30, 200)} days ({cue} {m('C', idval(cue))}). Thanks, {m('N', nm)}",
        lambda: f"Question re {topic}: I moved to {m('A', address(False))}, {town} NM {R.choice(['87501', '87532', '88001', '87301', '87801'])}. Please update. {cue} {m('C', idval(cue))}. Email {m('E', email(nm))}.",
    ]
    return "en", R.choice(fs)()

def t_es():
    nm, town, topic = name(), R.choice(TOWNS), R.choice(TOPICS_ES)
    cue = R.choice(IDCUE_ES)
    fs = [
        lambda: f"Buenas tardes, les escribo por {topic}. Mi {cue} es {m('C', caseno())}. Vivo en {m('A', address(True))}, {town}. Mi cel {m('P', phone())}. Gracias, {m('N', nm)}",
        lambda: f"Nombre: {m('N', nm)}\nFecha de nacimiento: {m('D', dob(True))}\nTeléfono: {m('P', phone())}\nPregunta: ¿cuánto tarda {topic} en el condado de {R.choice(COUNTIES)}? Ya llamé al 1-800-283-4465.",
        lambda: f"hola soy {m('N', nm)} de {town}, nací el {m('D', dob(True))}. tengo problema con {topic}, {cue} {m('C', caseno())}. mi correo {m('E', email(nm))}",
        lambda: f"Mi vecina {m('N', nm)} lleva meses esperando {topic}. Ella vive en {m('A', address(True))} y no tiene teléfono, pero el mío es {m('P', phone())}. La oficina de {town} no contesta.",
        lambda: f"Oigan, alguien usó mi seguro social {m('S', ssn())} para pedir {topic}. Soy {m('N', nm)}, de {town}. ¿Qué datos tiene el estado de mí?",
        lambda: f"Propuesta: que publiquen cuánto tarda {topic.replace('mi ', 'la ')} por oficina. A mí me tardó {R.randint(30, 200)} días ({cue} {m('C', caseno())}). Saludos, {m('N', nm)}",
        lambda: f"Estimados: my relative {m('N', nm)} no habla inglés y le llegó una carta sobre {topic}. Su {cue} es {m('C', caseno())}. ¿Pueden llamarle al {m('P', phone())}? Gracias.",
    ]
    return "es", R.choice(fs)()

def t_clean():
    town, county = R.choice(TOWNS), R.choice(COUNTIES)
    fs = [
        ("en", f"Does {county} County publish road repair data? The 1400 block of {R.choice(STREET_EN)} in {town} has been torn up since {R.randint(2021, 2025)}. Called 311 and the county at 505-827-{R.randint(1000, 9999)}."),
        ("es", f"¿Cuántas familias de {county} County recibieron ayuda de renta en {R.randint(2020, 2025)}? Quiero el dato por condado, nada más. Vi algo sobre la HB {R.randint(2, 400)} en las noticias."),
        ("en", f"Proposal: publish broadband speed tests by ZIP code ({R.choice(['87501', '88030', '87301', '87532'])}) and by chapter. I-40 exit {R.randint(20, 330)} area has no signal at all."),
        ("es", f"La clínica de {town} cerró los viernes. Propongo que publiquen los horarios de las clínicas como datos abiertos. El número de la oficina de salud es 1-888-{R.randint(200, 999)}-{R.randint(1000, 9999)}."),
    ]
    return R.choice(fs)

def main():
    out = []
    for i in range(110):
        r = R.random()
        if r < 0.1: lang, t = t_clean()
        elif r < 0.55: lang, t = t_es()
        else: lang, t = t_en()
        out.append(f"#lang {lang}\n{t}\n")
    with open(os.path.join(HERE, "generated.txt"), "w", encoding="utf-8") as f:
        f.write("---\n".join(out))
    print(f"generated {len(out)} texts")

if __name__ == "__main__":
    main()
