"""Small seeded generator (stdlib only) for the remaining third of the set."""
import random

R = random.Random(20250317)
FIRST = ["Adelina","Benito","Cruz","Dolores","Efrén","Felicia","Gregorio","Hortencia","Isaías","Jolene","Kee","Lucinda",
         "Manuel","Nizhoni","Orlando","Priscilla","Quentin","Reyna","Sergio","Tallulah","Ubaldo","Vanessa","Wyatt","Ximena",
         "Yusuf","Zoraida","Hieu","Fatima","Darnell","Shandiin","Aurora","Cipriano","Maribel","Elijah","Leota","Thuy"]
LAST = ["Apodaca","Begay","Cordova","Durán","Estrada","Fresquez","Gonzales","Herrera","Irigoyen","Jojola","Kinlicheenie",
        "Lovato","Maestas","Naranjo","Ortega","Pino","Quintana","Romero","Salazar","Trujillo","Ulibarri","Valdez","Werito",
        "Yepa","Zamora","Pham","Nasser","Chavez-Lucero","Harvier","Silversmith","Lente","Montoya y Montoya"]
TOWNS = ["Grants","Belen","Raton","Socorro","Portales","Artesia","Lovington","Aztec","Bayard","Tularosa","Moriarty",
         "Santa Rosa","Springer","Questa","Cuba","Milan","Hagerman","Jal","Eunice","Peralta","Tijeras","Corrales"]
STREETS = ["Main St","Elm Ave","Camino del Rio","Calle Mariposa","Avenida Cesar Chavez","Bosque Loop","Sierra Vista Dr",
           "Calle Mesita","Cedar Ln","N Railroad Ave","Pinon Trail","Arroyo Hondo Rd","Camino Alto","Sunset Rd"]
MES = ["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"]
MON = ["January","February","March","April","May","June","July","August","September","October","November","December"]
AGENCY = ["1-800-283-4465","1-877-664-6984","505-827-7750","1-888-683-4636","211","311","1-855-697-4682"]
TOPICS_EN = ["my SNAP recertification","a Medicaid renewal","my unemployment claim","the rental assistance program",
             "a pothole on my road","broadband at my house","the water bill","my kid's school bus","a clinic appointment",
             "LIHEAP heating help","my housing voucher","a towing complaint"]
TOPICS_ES = ["mi renovación de SNAP","la renovación de Medicaid","mi reclamo de desempleo","la ayuda para la renta",
             "un bache en mi calle","el internet en mi casa","el recibo del agua","el autobús escolar de mi hijo",
             "una cita en la clínica","la ayuda para calefacción","mi vale de vivienda"]

def name():
    f, l = R.choice(FIRST), R.choice(LAST)
    return R.choice([f"{f} {l}", f"{f} {l}", f, f"{f[0]}. {l}", f"{f} {l}".upper(), f"{f} {l}".lower()])

def phone():
    a, b, c = R.choice(["505","575"]), R.randint(200, 989), R.randint(0, 9999)
    return R.choice([f"{a}-{b}-{c:04d}", f"({a}) {b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}",
                     f"+1 {a} {b} {c:04d}", f"{a}{b}{c:04d}", f"{b}-{c:04d}", f"{a}-{b}-{c:04d} ext. {R.randint(1,99)}"])

def email(n):
    u = n.lower().replace(" ", ".").replace("ñ", "n").replace("é", "e").replace("á", "a").replace("ó", "o") or "x"
    u = "".join(ch for ch in u if ch.isalnum() or ch in "._") + str(R.randint(1, 99))
    d = R.choice(["gmail.com","yahoo.com","hotmail.com","comcast.net","icloud.com","outlook.com"])
    return R.choice([f"{u}@{d}", f"{u}@{d}".upper(), f"{u} at {d.replace('.', ' dot ')}", f"{u}(at){d}"])

def address():
    n, s = R.randint(2, 9800), R.choice(STREETS)
    return R.choice([f"{n} {s}", f"{n} {s} Apt {R.randint(1,40)}{R.choice('ABC')}", f"Unit {R.randint(1,30)}, {n} {s}",
                     f"PO Box {R.randint(10,3000)}", f"HC {R.randint(30,80)} Box {R.randint(1,400)}",
                     f"{n} County Road {R.randint(1,99)}", f"CR {R.randint(1000,6999)} #{R.randint(1,30)}",
                     f"{n} NM-{R.choice([14,41,47,68,76,528])}", f"RR {R.randint(1,5)} Box {R.randint(1,90)}",
                     f"{n} {s.split()[0].lower()} {' '.join(s.split()[1:]).lower()}"])

def dob(es):
    y, m, d = R.randint(1938, 2012), R.randint(1, 12), R.randint(1, 28)
    if es:
        return R.choice([f"{d} de {MES[m-1]} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d} {MES[m-1]} {y}"])
    return R.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{MON[m-1]} {d}, {y}", f"{d} {MON[m-1][:3]} {y}",
                     f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{str(y)[2:]}", f"{MON[m-1]} {d}th {y}"])

def ssn():
    a, b, c = R.randint(100, 665), R.randint(10, 99), R.randint(1000, 9999)
    return R.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])

def case():
    return R.choice([f"{R.randint(2019,2025)}-{R.randint(10000,99999)}", f"{R.choice('ABCDEFHKLMX')}{R.randint(10**7,10**8-1)}",
                     f"{R.randint(100,999)}-{R.randint(100,999)}-{R.randint(1000,9999)}",
                     f"{R.choice(['UI','SN','MA','HA','TR'])}-{R.randint(100000,999999)}",
                     f"{R.randint(10**9,10**10-1)}", f"{R.choice(['D-202','D-307','M-53'])}-CV-{R.randint(2018,2025)}-{R.randint(1000,9999):05d}",
                     f"{R.randint(10,99)}/{R.randint(1000,9999)}", f"{R.choice('XYZ')}{R.choice('ABCDEFG')}{R.randint(100000,999999)}"])

def m(k, v):
    return "{{%s:%s}}" % (k, v)

def text_en():
    n = name(); t = R.choice(TOPICS_EN); town = R.choice(TOWNS)
    parts = []
    kinds = R.sample(["P","E","A","D","S","C","N2"], R.randint(1, 4))
    intro = R.choice([f"This is {m('N', n)} from {town}.", f"My name is {m('N', n)}.", f"{m('N', n)} here,",
                      f"hi im {m('N', n)}", f"Writing about {t}."])
    parts.append(intro)
    if not intro.startswith("Writing"):
        parts.append(R.choice([f"I'm writing about {t}.", f"question about {t}", f"Need help with {t} in {town}."]))
    for k in kinds:
        if k == "P": parts.append(R.choice(["Call me at", "My cell is", "cell", "tel.", "Phone:", "text me"]) + " " + m("P", phone()) + ".")
        if k == "E": parts.append(R.choice(["Email:", "You can email me at", "my email is", "reply to"]) + " " + m("E", email(n)))
        if k == "A": parts.append(R.choice(["I live at", "Address:", "Mail goes to", "We're at"]) + " " + m("A", address()) + f", {town}.")
        if k == "D": parts.append(R.choice(["DOB", "Date of birth:", "I was born", "born on"]) + " " + m("D", dob(False)) + ".")
        if k == "S": parts.append(R.choice(["SSN", "My social is", "Social Security #", "ss#"]) + " " + m("S", ssn()) + ".")
        if k == "C": parts.append(R.choice(["Case number", "Claim #", "My application no.", "Member ID", "ref", "Ticket"]) + " " + m("C", case()) + ".")
        if k == "N2": parts.append(R.choice(["My caseworker is", "The worker I talked to was", "Landlord:", "My neighbor"]) + " " + m("N", name()) + ".")
    parts.append(R.choice([f"The office number {R.choice(AGENCY)} never answers.", "Please publish the wait times.",
                           f"Is there data on this for {town}?", f"I waited {R.randint(2,14)} weeks.", ""]))
    s = " ".join(p for p in parts if p)
    return "#lang en\n" + (s.upper() if R.random() < 0.08 and "{{E" not in s else s)

def text_es():
    n = name(); t = R.choice(TOPICS_ES); town = R.choice(TOWNS)
    parts = [R.choice([f"Me llamo {m('N', n)}, de {town}.", f"Soy {m('N', n)}.", f"Hola, habla {m('N', n)}.",
                       f"Buenas, les escribe {m('N', n)}"])]
    parts.append(R.choice([f"Tengo una pregunta sobre {t}.", f"Es sobre {t}.", f"necesito ayuda con {t}"]))
    for k in R.sample(["P","E","A","D","S","C","N2"], R.randint(1, 4)):
        if k == "P": parts.append(R.choice(["Mi cel:", "Tel.", "Llámenme al", "mi número es"]) + " " + m("P", phone()) + ".")
        if k == "E": parts.append(R.choice(["Correo:", "mi correo es", "Escríbanme a"]) + " " + m("E", email(n)))
        if k == "A": parts.append(R.choice(["Vivo en", "Dirección:", "Mi domicilio es"]) + " " + m("A", address()) + f", {town}.")
        if k == "D": parts.append(R.choice(["Nací el", "Fecha de nacimiento:", "fecha de nac."]) + " " + m("D", dob(True)) + ".")
        if k == "S": parts.append(R.choice(["Seguro social:", "mi número de seguro social es", "SSN"]) + " " + m("S", ssn()) + ".")
        if k == "C": parts.append(R.choice(["Número de caso:", "Expediente", "Mi reclamo es el", "No. de solicitud"]) + " " + m("C", case()) + ".")
        if k == "N2": parts.append(R.choice(["Mi trabajadora social es", "El dueño se llama", "Mi vecina"]) + " " + m("N", name()) + ".")
    parts.append(R.choice([f"El {R.choice(AGENCY)} nunca contesta.", "Gracias.", "¿Hay datos sobre esto?", ""]))
    return "#lang es\n" + " ".join(p for p in parts if p)

CLEAN_EN = ["Please publish {what} for {county} County by month. Call {ag} if you need to reach residents. The {yr} numbers are missing.",
            "How many {what} were there in {county} County in {yr}? The 1{blk}00 block of Main St has seen a lot. Exit {ex} on I-25 too.",
            "Proposal: open data on {what}, updated weekly, including ZIP {zip}. Follows HB {hb} from the {yr} session."]
CLEAN_ES = ["Propongo publicar datos de {what_es} en el condado de {county}, por código postal ({zip}). El {ag} no da información.",
            "¿Cuántos casos de {what_es} hubo en {yr} en {county}? La ley SB {hb} lo pide. La salida {ex} de la I-25 es peligrosa."]
WHAT = ["evictions","crashes","water shutoffs","SNAP denials","clinic closures","broadband outages","school absences"]
WHAT_ES = ["desalojos","accidentes","cortes de agua","rechazos de SNAP","cierres de clínicas","fallas de internet"]
COUNTIES = ["Lea","Eddy","Chaves","Otero","Grant","Luna","Cibola","Sandoval","Valencia","Quay","Union","Colfax","Taos"]

def clean():
    d = dict(what=R.choice(WHAT), what_es=R.choice(WHAT_ES), county=R.choice(COUNTIES), ag=R.choice(AGENCY),
             yr=R.randint(2015, 2024), blk=R.randint(1, 9), ex=R.choice([139, 150, 164, 213, 242, 252]),
             zip=R.choice(["87002","88001","87401","88240","87501","88310"]), hb=R.randint(2, 400))
    if R.random() < 0.4:
        return "#lang es\n" + R.choice(CLEAN_ES).format(**d)
    return "#lang en\n" + R.choice(CLEAN_EN).format(**d)

def generate(n=115):
    out, seen = [], set()
    while len(out) < n:
        r = R.random()
        t = clean() if r < 0.16 else (text_es() if r < 0.45 else text_en())
        if t not in seen:
            seen.add(t); out.append(t)
    return out
