#!/usr/bin/env python3
"""Seeded generator for the last ~100 texts. Writes texts.txt = hand*.txt + generated texts."""
import random, glob, os
R = random.Random(20240611)
HERE = os.path.dirname(os.path.abspath(__file__))

FIRST = ["Marisol","Joaquín","Darlene","Ernestine","Tomasita","Kee","Lorenzo","Hieu","Amina","Byron","Celestina","Wilfred",
         "Reyna","Dolores","Tuan","Yasmin","Leroy","Adelina","Cody","Naomi","Benito","Shandiin","Esteban","Winona","Lucía","Omar"]
LAST = ["Sandoval","Yazzie","Montoya","Begay","Trujillo-Vigil","Nguyen","Gurule","Tapia","Abeyta","Harjo","Benavidez","Lente",
        "Saiz","Chee","Al-Sayed","Romero Baca","Etcitty","Luján","Maestas","Le","Quintana","Apodaca","Pino","Tsosie"]
TOWNS = ["Grants","Moriarty","Bloomfield","Lordsburg","Tucumcari","Socorro","Raton","Bayard","Bernalillo","Edgewood","Santa Rosa",
         "Aztec","Artesia","Espanola","Milan","Kirtland","Tularosa","Hatch","Corrales","Anthony","Placitas","Eunice"]
STREETS = ["Main St","Calle Escondida","Camino del Monte","Avenida Cesar Chavez","Pinon Dr","Elm Ave","Sycamore Ln","Calle Linda",
           "Hwy 550","Railroad Ave","Camino Real","Juniper Loop","Mesa Vista Rd","Calle Cuervo","Zia Blvd"]

def name():
    f, l = R.choice(FIRST), R.choice(LAST)
    return R.choice([f"{f} {l}", f"{f} {l}", f"{f[0]}. {l}", f.lower()+" "+l.lower(), f"{f} {l}".upper(), f])
def phone():
    a, b, c = R.choice(["505","575"]), R.randint(200,999), R.randint(0,9999)
    return R.choice([f"{a}-{b}-{c:04d}", f"({a}) {b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}", f"+1 {a}-{b}-{c:04d}",
                     f"{a}{b}{c:04d}", f"{b}-{c:04d}", f"{a}-{b}-{c:04d} ext {R.randint(1,400)}"])
def email(n):
    u = n.lower().replace(" ", "").replace(".", "").replace("-", "")
    u = u.translate(str.maketrans("áéíóúñ", "aeioun"))[:14] + str(R.randint(1,99))
    d = R.choice(["gmail.com","yahoo.com","hotmail.com","outlook.com","icloud.com","q.com"])
    return R.choice([f"{u}@{d}", f"{u}@{d}".upper(), f"{u} at {d.replace('.', ' dot ')}", f"{u}@{d}"])
def addr():
    n = R.randint(2, 9999)
    unit = R.choice(["", "", f" Apt {R.randint(1,40)}{R.choice('ABC')}", f" Unit {R.randint(1,30)}", f" #{R.randint(1,20)}"])
    return R.choice([f"{n} {R.choice(STREETS)}{unit}", f"County Road {R.randint(1,99)}", f"CR {R.randint(1000,5999)}",
                     f"PO Box {R.randint(10,2999)}", f"HC {R.randint(30,79)} Box {R.randint(1,999)}",
                     f"Apt {R.randint(1,9)}{R.choice('ABCD')}, {n} {R.choice(STREETS)}", f"{n} {R.choice(STREETS)}".lower()])
EN_M = ["January","February","March","April","May","June","July","August","September","October","November","December"]
ES_M = ["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"]
def dob(es=False):
    y, m, d = R.randint(1935, 2012), R.randint(1,12), R.randint(1,28)
    if es:
        return R.choice([f"{d} de {ES_M[m-1]} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{ES_M[m-1][:3]}-{y}"])
    return R.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{EN_M[m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{str(y)[2:]}",
                     f"{d} {EN_M[m-1][:3]} {y}", f"{m}-{d}-{y}"])
def ssn():
    a, b, c = R.choice([585, 525, 648, 601, 612]), R.randint(10,99), R.randint(1000,9999)
    return R.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])
def case():
    return R.choice([str(R.randint(10**9, 10**10-1)), f"{R.randint(2019,2025)}-{R.randint(10000,99999)}",
                     f"{R.choice(['ISD','UI','ERA','HCV','CS','MAD'])}-{R.randint(100000,999999)}",
                     f"{R.choice('ABCDEFGHJK')}{R.choice('XYZMNP')}{R.randint(1000000,9999999)}",
                     f"D-{R.randint(101,1333)}-{R.choice(['CV','LT','DM'])}-{R.randint(2019,2025)}-{R.randint(100,9999):05d}",
                     f"{R.randint(10,99)}/{R.randint(1000,9999)}", f"{R.randint(100,999)} {R.randint(100,999)} {R.randint(100,999)}"])

EN = [
 lambda: f"My name is {{{{N:{name()}}}}} and my SNAP case {{{{C:{case()}}}}} was closed. Call {{{{P:{phone()}}}}}. Why is there no data on closures by office?",
 lambda: f"Name: {{{{N:{name()}}}}}\nPhone: {{{{P:{phone()}}}}}\nAddress: {{{{A:{addr()}}}}}, {R.choice(TOWNS)}\nQuestion: how many homes near me lack broadband?",
 lambda: (lambda n: f"From: {{{{N:{n}}}}} <{{{{E:{email(n)}}}}}>\nSubject: Fwd: Medicaid renewal\n\n> Your case {{{{C:{case()}}}}} is pending.\n\nIt has been pending since spring. Please publish renewal backlogs by county.")(R.choice(FIRST)+" "+R.choice(LAST)),
 lambda: f"I was born {{{{D:{dob()}}}}} and my Medicaid says I'm a different age. ID {{{{C:{case()}}}}}. - {{{{N:{name()}}}}}",
 lambda: f"complaint: my landlord {{{{N:{name()}}}}} won't fix the water heater at {{{{A:{addr()}}}}}. is there public data on code complaints in {R.choice(TOWNS)}?",
 lambda: f"SSN {{{{S:{ssn()}}}}}, DOB {{{{D:{dob()}}}}}. That's what the unemployment office asked for and they still lost my claim {{{{C:{case()}}}}}.",
 lambda: f"Please contact our volunteer coordinator {{{{N:{name()}}}}} at {{{{E:{email(R.choice(FIRST))}}}}} about our proposal to map food deserts in {R.choice(TOWNS)}.",
 lambda: f"my neighbor {{{{N:{name()}}}}} is elderly and lives at {{{{A:{addr()}}}}}. she hasn't had heat for a week. who tracks this?",
 lambda: f"Re: claim no. {{{{C:{case()}}}}}\nI have called 1-877-664-6984 for six weeks. Cell: {{{{P:{phone()}}}}}\nThanks, {{{{N:{name()}}}}}",
]
ES = [
 lambda: f"Me llamo {{{{N:{name()}}}}} y mi caso de Medicaid es {{{{C:{case()}}}}}. Mi teléfono es {{{{P:{phone()}}}}}. ¿Por qué tardan tanto?",
 lambda: f"Nombre: {{{{N:{name()}}}}}\nFecha de nacimiento: {{{{D:{dob(True)}}}}}\nDirección: {{{{A:{addr()}}}}}, {R.choice(TOWNS)}\nPregunta: ¿hay datos del agua en mi comunidad?",
 lambda: f"Nací el {{{{D:{dob(True)}}}}} y me negaron el SNAP. Número de solicitud {{{{C:{case()}}}}}. Escríbanme a {{{{E:{email(R.choice(FIRST))}}}}}.",
 lambda: f"mi vecino {{{{N:{name()}}}}} vive en {{{{A:{addr()}}}}} y no tiene luz desde el martes. el estado tiene datos de apagones?",
 lambda: f"El dueño {{{{N:{name()}}}}} me quiere desalojar. El expediente es {{{{C:{case()}}}}}. Mi cel {{{{P:{phone()}}}}}. ¿Cuántos desalojos hay en {R.choice(TOWNS)}?",
 lambda: f"Mi número de seguro social {{{{S:{ssn()}}}}} salió en una carta abierta. ¿Cuántas cartas así mandó el estado? — {{{{N:{name()}}}}}",
]
CLEAN_EN = [
 lambda: f"How many eviction filings were there in {R.choice(TOWNS)} in {R.randint(2019,2024)}? Call the court at 505-827-{R.randint(4000,4999)} and they don't know.",
 lambda: f"Is HB {R.randint(2,400)} going to fund broadband for {R.choice(TOWNS)}? Publish the grant list.",
 lambda: f"Please publish crash data for I-{R.choice([25,40,10])} exit {R.randint(3,350)}. It's the worst stretch in the state.",
 lambda: f"Why does the {R.randint(1,29)}00 block of {R.choice(STREETS)} flood every summer? Where's the drainage data?",
 lambda: f"The governor said {R.randint(10,90)}% of households would have internet by {R.randint(2025,2030)}. Where is the data behind that?",
]
CLEAN_ES = [
 lambda: f"¿Cuántas familias en {R.choice(TOWNS)} reciben SNAP? Llamé al 1-800-283-4465 y no supieron.",
 lambda: f"Propuesta: publicar los datos de las escuelas de {R.choice(TOWNS)} sobre ausencias, sin nombres de estudiantes.",
 lambda: f"¿La ley SB {R.randint(2,400)} protege los datos de los inquilinos? Queremos saber antes de la junta del {R.randint(1,28)} de {R.choice(ES_M)}.",
]

def main():
    out = []
    for i in range(100):
        r = R.random()
        if i % 7 == 0:
            es = R.random() < 0.35
            out.append(("es" if es else "en", R.choice(CLEAN_ES if es else CLEAN_EN)()))
        elif r < 0.26:
            out.append(("es", R.choice(ES)()))
        else:
            out.append(("en", R.choice(EN)()))
    hand = "".join(open(f, encoding="utf-8").read().rstrip("\n") + "\n---\n" for f in sorted(glob.glob(os.path.join(HERE, "hand*.txt"))))
    gen = "".join(f"#lang {l}\n{t}\n---\n" for l, t in out)
    open(os.path.join(HERE, "texts.txt"), "w", encoding="utf-8").write(hand + gen)

if __name__ == "__main__":
    main()
