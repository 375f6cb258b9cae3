#!/usr/bin/env python3
# Code bytes per function of a wasm module linked with --profiling-funcs (names kept), largest first,
# and totals by library: python3 scripts/bench/wasm_function_sizes.py MODULE.wasm. Needs c++filt.
import sys, collections, subprocess
data=open(sys.argv[1],'rb').read()
def leb(b,i):
    r=0;s=0
    while True:
        x=b[i];i+=1;r|=(x&0x7f)<<s;s+=7
        if x<0x80: return r,i
i=8; imports_funcs=0; code_sizes=[]; names={}
while i<len(data):
    sid=data[i];i+=1; size,i=leb(data,i); end=i+size
    if sid==2:
        n,j=leb(data,i)
        for _ in range(n):
            l,j=leb(data,j); j+=l; l,j=leb(data,j); j+=l; kind=data[j]; j+=1
            if kind==0: _,j=leb(data,j); imports_funcs+=1
            elif kind==1: j+=1; f,j=leb(data,j); _,j=leb(data,j); 
            elif kind==2: f,j=leb(data,j); _,j=leb(data,j);
            elif kind==3: j+=2
    elif sid==10:
        n,j=leb(data,i)
        for _ in range(n):
            sz,j2=leb(data,j); code_sizes.append(sz+(j2-j)); j=j2+sz
    elif sid==11: print('data section', size)
    elif sid==0:
        l,j=leb(data,i); nm=data[j:j+l].decode(); j+=l
        if nm=='name':
            while j<end:
                sub=data[j];j+=1; ss,j=leb(data,j); se=j+ss
                if sub==1:
                    n,k=leb(data,j)
                    for _ in range(n):
                        idx,k=leb(data,k); l,k=leb(data,k); names[idx]=data[k:k+l].decode('utf8','replace'); k+=l
                j=se
    i=end
print('functions', len(code_sizes), 'code bytes', sum(code_sizes))
rows=[(code_sizes[k], names.get(k+imports_funcs,'?')) for k in range(len(code_sizes))]
rows.sort(reverse=True)
mangled=[r[1] for r in rows]
dem=subprocess.run(['c++filt'],input='\n'.join(mangled),capture_output=True,text=True).stdout.split('\n')
out=[(rows[k][0],dem[k]) for k in range(len(rows))]
for sz,n in out[:40]: print(sz, n[:150])
# group by namespace-ish
g=collections.Counter()
for sz,n in out:
    key=n.split('(')[0]
    if 'simdjson' in n: key='simdjson'
    elif 'boost::math' in n: key='boost::math'
    elif n.startswith('icp::'): key='::'.join(key.split('::')[:2])
    elif 'std::' in n or n.startswith('__') : key='std/libc'
    elif 'emscripten' in n or 'embind' in n.lower(): key='embind'
    else: key='other'
    g[key]+=sz
print()
for k,v in g.most_common(40): print(v,k)
