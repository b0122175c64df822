from . import quad
from .. import VERSION
NAME = __name__
def info():
    return f"{NAME} v{VERSION} quad(3)={quad(3)}"
