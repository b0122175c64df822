seed=12345
def rnd():
    global seed
    seed=(seed*6364136223846793005+1442695040888963407)%(1<<64)
    return seed>>11
def getrandbits(n):
    v=0
    for _ in range(n//32+1): v=(v<<32)|(rnd()&0xffffffff)
    return v & ((1<<n)-1)
def randint(a,b): return a+rnd()%(b-a+1)
def random_(): return rnd()/(1<<53)
vals=[0,1,-1,2**31,2**32-1,2**32,2**62,2**63-1,2**63,-2**63,2**64+5,-(2**64+5),10**40,-(10**40)+7, 3**200, -(7**150)]
for _ in range(300):
    n=randint(1,400)
    v=getrandbits(n)
    if random_()<0.5: v=-v
    vals.append(v)
    if random_()<0.2: vals.append((1<<n)-1)
h=0
M=(1<<61)-1
for a in vals:
    for b in vals[::7]:
        r=[a+b,a-b,a*b,a<b,a==b,a>b,hash(a)]
        if b:
            r+= [a//b, a%b, divmod(a,b)]
        for x in r:
            h=(h*31+hash(x))%M
    h=(h*7+sum(map(ord, str(a))))%M
print(h, len(vals))
# Long operands: schoolbook and subquadratic multiplication, short and long quotients.
big = [3**2000, -(5**1500), (1 << 3000) - 1, 7**1200 + 1, -(1 << 2048)]
for a in big:
    for b in big + [12345, -(2**40 + 3), 2**64]:
        q, r = divmod(a * 3 + b, b)
        print(hash(a * b) % 1000, hash(q) % 1000, r == (a * 3 + b) % b, (a + b) % 99991, (a - b) % 99991, a < b)
print((10**500 // 7) % 1000, (-(10**500)) // 7 % 1000, (10**500) % (10**250 + 3))
