# Multiple built-in bases that share one instance layout combine; different layouts conflict.
class U(OSError, ValueError): pass
try: raise U("x")
except ValueError as e: print(repr(e), e.errno, U.__mro__)
class K(KeyError, AttributeError): pass
print(K.__mro__)
try:
    class Bad(OSError, dict): pass
except TypeError as e: print(e)
