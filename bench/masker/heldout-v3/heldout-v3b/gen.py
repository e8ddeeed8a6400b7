#!/usr/bin/env python3
"""Small seeded generator for the last third of the set. Writes generated.txt in texts.txt syntax."""
import random, os
R = random.Random(20261208)
HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = ["Elias","Perfecto","Lorinda","Marcellus","Orlinda","Benjie","Arsenio","Melvina","Tsosie","Shaundiin","Kimi","Lucinda",
         "Hoang","Thao","Yusuf","Layla","Ignacia","Filemón","Cruzita","Rudy","Dolly","Wendell","Audra","Cornelius","Paz","Estevan",
         "Abrán","Juliana","Nazlini","Ahiga","Dineh","Amaris","Rayna","Zacarías","Nohemí","Casimiro","Tuyet","Omar","Rania","Kelsey"]
LAST = ["Begay","Manygoats","Sandoval","Abeyta","Quintana","Maestas","Gonzales","Atencio","Bowannie","Lonjose","Chee","Nakai",
        "Romero-Jaramillo","Ortiz y Pino","Herrera","Coriz","Pecos","Aguino","Toya","Shendo","Tran","Le","Nasser","Hamdan","Lovato",
        "Fresquez","Salazar","Valencia","Bustos","Medina","Mondragón","Trujillo-Martínez","Yepa","Calabaza","Whitaker","McCall"]
TOWNS = ["Gallup","Española","Taos","Mora","Socorro","Deming","Lordsburg","Raton","Clayton","Tucumcari","Santa Rosa","Grants",
         "Cuba","Chama","Crownpoint","Zuni","Ruidoso","Carrizozo","Hatch","Anthony","Bloomfield","Aztec","Belen","Moriarty"]
COUNTIES = ["McKinley","Rio Arriba","Taos","Mora","Socorro","Luna","Hidalgo","Colfax","Union","Quay","Guadalupe","Cibola",
            "Sandoval","San Juan","Lincoln","Doña Ana","Valencia","Torrance","Sierra","Catron"]
MES = ["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"]
MON = ["January","February","March","April","May","June","July","August","September","October","November","December"]

def name(cap=None):
    n = f"{R.choice(FIRST)} {R.choice(LAST)}"
    return n.lower() if cap == "low" else n.upper() if cap == "up" else n

def phone():
    a, b, c = R.choice(["505","575"]), R.randint(200,999), R.randint(1000,9999)
    f = R.choice(["{a}-{b}-{c}","({a}) {b}-{c}","{a}.{b}.{c}","{a} {b} {c}","+1 {a} {b} {c}","{a}{b}{c}","{b}-{c}","+1-{a}-{b}-{c}","{a}-{b}-{c} ext. 12"])
    return f.format(a=a,b=b,c=c)

def email(n):
    u = n.lower().replace(" ", R.choice([".","_",""])).replace("ñ","n").replace("á","a").replace("ó","o").replace("í","i").replace("é","e")
    d = R.choice(["gmail.com","yahoo.com","hotmail.com","outlook.com","windstream.net","plateautel.net"])
    f = R.choice(["plain","plain","obf","up"])
    if f == "obf":
        return u + " at " + d.replace(".", " dot ")
    e = f"{u}{R.randint(1,99)}@{d}"
    return e.upper() if f == "up" else e

def addr():
    f = R.randint(0,9)
    if f == 0: return f"HC {R.randint(30,80)} Box {R.randint(1,400)}"
    if f == 1: return f"PO Box {R.randint(10,3999)}"
    if f == 2: return f"RR {R.randint(1,4)} Box {R.randint(1,200)}"
    if f == 3: return f"CR {R.randint(1000,7999)}, house {R.randint(1,60)}"
    if f == 4: return f"{R.randint(10,9999)} County Road {R.randint(1,120)}"
    if f == 5: return f"{R.randint(1,99)} Calle {R.choice(['Alegre','del Norte','Ocaso','Rosario','Vista'])}"
    if f == 6: return f"{R.randint(100,3999)} {R.choice(['N','S','E','W'])} {R.choice(['Main','Aztec','Second','Pinon','Cedar'])} St Apt {R.randint(1,20)}{R.choice(['A','B',''])}"
    if f == 7: return f"Unit {R.randint(1,40)}, {R.randint(100,999)} Camino {R.choice(['Real','de la Sierra','Los Pinos'])}"
    if f == 8: return f"{R.randint(100,20000)} State Road {R.choice([14,68,76,41,152,518])}"
    return f"{R.randint(10,999)} avenida {R.choice(['juarez','hidalgo','de mesilla'])}"

def dob(es=False):
    y, m, d = R.randint(1930,2005), R.randint(1,12), R.randint(1,28)
    if es:
        return R.choice([f"{d} de {MES[m-1]} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MES[m-1]} {y}"])
    return R.choice([f"{m}/{d}/{y}", f"{m:02d}-{d:02d}-{y}", f"{MON[m-1]} {d}, {y}", f"{d} {MON[m-1][:3]} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{str(y)[2:]}"])

def ssn():
    a, b, c = R.randint(500,699), R.randint(10,99), R.randint(1000,9999)
    return R.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])

def caseno():
    return R.choice([f"{R.randint(100000000,999999999)}", f"ISD-{R.randint(1000000,9999999)}", f"UI-{R.randint(2021,2025)}-{R.randint(100000,999999)}",
                     f"{R.randint(10,99)}-{R.randint(1000,9999)}-{R.randint(1,9)}", f"MCD{R.randint(10000000,99999999)}",
                     f"NM{R.choice('ABCDEFGHJK')}{R.randint(100000,999999)}", f"{R.randint(2022,2025)}/{R.randint(100,999)}/{R.randint(10,99)}"])

def M(k, v): return "{{%s:%s}}" % (k, v)

EN = [
 lambda: f"Hello, my name is {M('N',name())} and I live at {M('A',addr())} outside {R.choice(TOWNS)}. My case number is {M('C',caseno())}. I'd like the state to publish how long {R.choice(['SNAP','Medicaid','LIHEAP','unemployment'])} applications take in {R.choice(COUNTIES)} County. Phone {M('P',phone())}.",
 lambda: f"Name: {M('N',name())}\nDOB: {M('D',dob())}\nSSN: {M('S',ssn())}\nQuestion: why was my {R.choice(['Medicaid','SNAP','unemployment'])} stopped? I called 1-800-283-4465 and waited {R.randint(2,5)} hours.",
 lambda: f"my grandpa {M('N',name('low'))} lives at {M('A',addr())} and has no internet. is the broadband money coming to {R.choice(TOWNS).lower()}? call {M('P',phone())}",
 lambda: f"Dear Data Office,\nI am writing about my mother, {M('N',name())}, born {M('D',dob())}. Her member ID is {M('C',caseno())}. The clinic in {R.choice(TOWNS)} closed and she has to drive {R.randint(40,120)} miles. Please use the data to plan clinics.\nThank you,\n{M('N',name())}\n{M('E',email(name()))}",
 lambda: f"RE: claim no. {M('C',caseno())}\nStill waiting. {R.randint(5,14)} weeks now. {M('N',name())}, {M('P',phone())}",
 lambda: f"PLEASE CALL ME BACK ABOUT MY WATER BILL. ACCOUNT {M('C',caseno())}. {M('N',name('up'))}, {M('A',addr().upper())}, {R.choice(TOWNS).upper()}. {M('P',phone())}",
 lambda: f"I'm {M('N',R.choice(FIRST))}, a teacher in {R.choice(TOWNS)}. Could the PED publish chronic absence by school? You can write me at {M('E',email(name()))}.",
 lambda: f"Proposal from {M('N',name())} ({M('A',addr())}): share road closure data on NM-{R.choice([4,14,68,96,117,152])} with the school district. The commission discussed it under HB {R.randint(2,400)} in {R.randint(2019,2024)}.",
]
ES = [
 lambda: f"Buenos días, me llamo {M('N',name())} y vivo en {M('A',addr())}, {R.choice(TOWNS)}. Mi número de caso es {M('C',caseno())}. ¿Cuánto tiempo tarda el estado en contestar? Mi cel {M('P',phone())}.",
 lambda: f"nombre: {M('N',name('low'))}\nfecha de nacimiento: {M('D',dob(True))}\nseguro social: {M('S',ssn())}\npregunta: ¿por qué me negaron el Medicaid?",
 lambda: f"Estimados señores, mi abuela {M('N',name())} nació el {M('D',dob(True))} y vive sola en {M('A',addr())}. Necesitamos saber si hay datos de transporte médico en el condado de {R.choice(COUNTIES)}. Atentamente, {M('N',name())}",
 lambda: f"Hola, soy {M('N',R.choice(FIRST))}. Mi expediente {M('C',caseno())} lleva {R.randint(2,9)} meses sin respuesta. Escríbanme a {M('E',email(name()))} por favor.",
 lambda: f"QUEJA: EL CAMINO A MI CASA EN {M('A',addr().upper())} ESTÁ LLENO DE HOYOS. LLAMEN AL {M('P',phone())}. {M('N',name('up'))}",
]
CLEAN_EN = [
 lambda: f"How many {R.choice(['evictions','SNAP households','Medicaid members','broadband connections'])} were there in {R.choice(COUNTIES)} County in {R.randint(2019,2024)}? Please publish it monthly.",
 lambda: f"The ISD office in {R.choice(TOWNS)} (505-827-{R.randint(1000,9999)}) never answers. Publish call wait times.",
 lambda: f"Proposal: post the crash data for I-{R.choice([25,40,10])} exit {R.randint(10,300)} online. {R.randint(3,40)}% of crashes happen at night.",
]
CLEAN_ES = [
 lambda: f"¿Cuántas familias en el condado de {R.choice(COUNTIES)} reciben SNAP? Queremos ver los datos de {R.randint(2019,2024)}.",
 lambda: f"Propuesta: publicar los datos de calidad del agua de {R.choice(TOWNS)} cada mes. La ley SB {R.randint(5,300)} lo pedía.",
]

def main(n_en=62, n_es=34, n_cen=8, n_ces=6):
    out = []
    for pool, n, lang in ((EN, n_en, "en"), (ES, n_es, "es"), (CLEAN_EN, n_cen, "en"), (CLEAN_ES, n_ces, "es")):
        for _ in range(n):
            out.append(f"#lang {lang}\n" + R.choice(pool)())
    R.shuffle(out)
    seen, uniq = set(), []
    for t in out:
        if t not in seen:
            seen.add(t); uniq.append(t)
    open(os.path.join(HERE, "generated.txt"), "w", encoding="utf-8").write("\n---\n".join(uniq) + "\n")
    print("generated", len(uniq))

if __name__ == "__main__":
    main()
