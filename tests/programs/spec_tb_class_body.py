# Traceback through a class body, a method, a lambda and a comprehension, with a cause
# and a multi-line call.
class Config:
    defaults = {"a": 1}

    def lookup(self, key):
        getter = lambda k: self.defaults[k]
        return [getter(k) for k in
                (key,)]

    class Nested:
        try:
            value = Config_missing
        except NameError as e:
            raise LookupError("nested failed") from e

print("unreachable")
