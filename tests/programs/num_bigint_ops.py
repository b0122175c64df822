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
# Quotients of one or two digits over long divisors (the spigot's pattern), both signs.
x = 7**900
for k in (1, 2, 9, 2**31, 2**32 + 7, 2**63 - 1, 2**64 + 1):
    for s1 in (1, -1):
        for s2 in (1, -1):
            a, b = s1 * (x * k + 12345), s2 * x
            q, r = divmod(a, b)
            print(k, s1, s2, q, r == a - q * b, 0 <= abs(r) < abs(b), (r < 0) == (b < 0) or r == 0)
num, acc, den, out = 1, 0, 1, []
k = 0
while len(out) < 200:
    k += 1
    k2 = 2 * k + 1
    acc = (acc + 2 * num) * k2
    den *= k2
    num *= k
    if num > acc:
        continue
    d3 = (num * 3 + acc) // den
    d4 = (num * 4 + acc) // den
    if d3 != d4:
        continue
    out.append(d3)
    acc = (acc - den * d3) * 10
    num *= 10
print("".join(map(str, out)))
