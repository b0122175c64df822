import sys
class Config:
    defaults = {"a": 1}

    def lookup(self, key):
        getter = lambda k: self.defaults[k]
        return [getter(k) for k in
                (key,)]

def helper(cfg,
           key):
    return cfg.lookup(
        key)

print("start", flush=True)
sys.stdout.flush()
try:
    helper(Config(), "b")
except KeyError as e:
    e.add_note("lookup of 'b'")
    raise RuntimeError("config broken") from e
