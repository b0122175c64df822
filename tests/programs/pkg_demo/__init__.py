print("pkg_demo init", __name__)
VERSION = "1.0"
from .helpers import double
