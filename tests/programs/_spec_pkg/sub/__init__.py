print("init sub", __name__, __package__)
from .. import core
from ..core import CORE_VALUE as CV
from .leaf import leaf_fn
