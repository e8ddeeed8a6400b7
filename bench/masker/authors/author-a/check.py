import re,glob
T=re.compile(r"\{\{N:(?i:(mr|mrs|ms|dr|sr|sra|srta|don|doña|miss|mx|rev|fr|sister|tía|tio|tia)\.?\s)")
for f in sorted(glob.glob('hand*.txt')):
    for i,l in enumerate(open(f),1):
        for m in T.finditer(l): print(f,i,l[m.start():m.start()+40])
        for m in re.finditer(r"\{\{C:#",l): print(f,i,'hash',l[m.start():m.start()+30])
