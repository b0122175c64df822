import os, os.path
print(os.path.join("a", "b", "/c", "d"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b/c.txt"))
print(os.path.normpath("/a/./b/../c//d"), os.path.isdir("/tmp"), os.path.exists("/nope"), os.getcwd() == os.path.abspath("."))
os.makedirs("/tmp/_krait_os_test/a/b", exist_ok=True)
open("/tmp/_krait_os_test/a/f.txt", "w").write("hi")
print(sorted(os.listdir("/tmp/_krait_os_test/a")), os.stat("/tmp/_krait_os_test/a/f.txt").st_size)
for root, dirs, files in os.walk("/tmp/_krait_os_test"):
    print(root, sorted(dirs), sorted(files))
os.remove("/tmp/_krait_os_test/a/f.txt")
os.removedirs("/tmp/_krait_os_test/a/b")
print(os.path.exists("/tmp/_krait_os_test"), os.environ.get("HOME") is not None, os.sep, os.name)
print(os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/a/b", "/a/c"]), os.path.dirname("/a/b/"))
