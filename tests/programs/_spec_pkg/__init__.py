"""Package for spec_imports."""
import sys
print("init _spec_pkg", __name__, __package__, "_spec_pkg" in sys.modules)
from .core import CORE_VALUE, core_fn
from . import util as _util
__all__ = ["CORE_VALUE", "exported"]
exported = "exported value"
not_exported = "hidden from star"
