class Resource:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        if typ is not None:
            raise OSError(5, "cleanup failed")

def work():
    with Resource() as r, Resource():
        x = {"k": [1, 2]}
        return x["k"][5] + 1

work()
