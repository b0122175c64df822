# Imports: packages, relative imports, __all__, circular imports, sys.modules, __main__.
import sys, os
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(__name__, __package__, __doc__, __spec__ is None or True)
import _spec_pkg
print(_spec_pkg.CORE_VALUE, _spec_pkg.core_fn(), _spec_pkg.__doc__, _spec_pkg._util.partial_seen)
print(os.path.basename(_spec_pkg.__file__), os.path.basename(os.path.dirname(_spec_pkg.__file__)), type(_spec_pkg.__path__).__name__)
import _spec_pkg.sub.leaf as lf
print(lf.leaf_fn(), lf.__name__, "_spec_pkg.sub" in sys.modules, _spec_pkg.sub.CV, _spec_pkg.sub.core is _spec_pkg.core)
import _spec_pkg.sub
print(_spec_pkg.sub.leaf is lf, _spec_pkg.sub.__package__)
ns = {}
exec("from _spec_pkg import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
ns = {}
exec("from _spec_pkg.sub.leaf import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
from _spec_pkg import core as c1, CORE_VALUE as cv
print(c1.__name__, cv)
import _spec_circ_a
print(_spec_circ_a.from_b(), _spec_circ_a._spec_circ_b.B_VALUE)
import _spec_main_guard
print(_spec_main_guard.run())
# sys.modules behaviour
import _spec_pkg as again
print(again is _spec_pkg, sys.modules["_spec_pkg"] is _spec_pkg)
sys.modules["fake_mod"] = type(sys)("fake_mod")
sys.modules["fake_mod"].value = 7
import fake_mod
print(fake_mod.value, type(fake_mod).__name__, fake_mod.__name__, repr(fake_mod))
sys.modules["none_mod"] = None
show("None in sys.modules", lambda: __import__("none_mod"))
del sys.modules["_spec_main_guard"]
import _spec_main_guard as fresh
print(fresh is _spec_main_guard)
show("missing", lambda: __import__("no_such_mod_xyz"))
show("missing sub", lambda: exec("import _spec_pkg.nosuch"))
show("from missing", lambda: exec("from _spec_pkg import nosuch"))
show("from non-pkg", lambda: exec("import _spec_main_guard.x"))
show("relative beyond", lambda: exec("from . import x", {"__name__": "m", "__package__": ""}))
show("relative no parent", lambda: exec("from .x import y", {"__name__": "__main__"}))
print(__import__("_spec_pkg.sub").__name__, __import__("_spec_pkg.sub", fromlist=["x"]).__name__)
import importlib
m = importlib.import_module("_spec_pkg.core")
print(m.CORE_VALUE, importlib.import_module(".leaf", "_spec_pkg.sub").public_leaf)
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)), os.path.basename(__file__))
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
def inner_import():
    import _spec_pkg.core as local_core
    from _spec_pkg.sub import leaf_fn
    return local_core.CORE_VALUE, leaf_fn()
print(inner_import(), "local_core" in dir())
