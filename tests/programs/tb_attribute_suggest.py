class Point:
    def __init__(self):
        self.horizontal = 1
        self.vertical = 2

p = Point()
try:
    p.horizontl
except AttributeError as e:
    print("caught:", e)
print(p.verticle)
