import os
path = "/tmp/_krait_io_files_test.txt"
with open(path, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.writelines(["third\n", "fourth\n"])
print(n)
with open(path) as f:
    print(f.readline(), end="")
    print(f.readline().strip())
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    data = f.read()
print(len(data), data.count("\n"), data.splitlines()[-1])
with open(path, "rb") as f:
    raw = f.read()
print(type(raw).__name__, raw[:5], len(raw))
with open(path, "wb") as f:
    f.write(b"\x00\x01\xffbinary")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    f.write("hello world")
with open(path, "r+") as f:
    print(f.read(3))
    f.seek(0)
    print(f.tell(), f.read())
f = open(path, "w")
f.write("unflushed data")
f.close()
print(open(path).read())
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open(path, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
try:
    open("/tmp")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
print(os.path.exists(path) if hasattr(os, "path") else True)
