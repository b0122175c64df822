import sys
import mod_local_helper
import mod_local_helper as again
from mod_local_helper import greet
print(greet("world"), again is mod_local_helper, "mod_local_helper" in sys.modules)
import pkg_demo
print(pkg_demo.VERSION, pkg_demo.double(4))
import pkg_demo.sub.deep as deep
print(deep.info(), deep.NAME)
from pkg_demo.helpers import *
print(double(5), public, "_private" in dir())
from pkg_demo import sub
print(sub.quad(2), sub.__name__, pkg_demo.sub is sub)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_demo import missing_name
except ImportError as e:
    print(type(e).__name__, e)
print(__name__, mod_local_helper.__name__, mod_local_helper.__doc__)
print(sys.path[0] == "" or sys.path[0].endswith("programs"), type(sys.argv), len(sys.argv))
