from ..helpers import double
def quad(x):
    return double(double(x))
