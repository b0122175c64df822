"""A module imported by imp_basic."""
print("loading mod_local_helper as", __name__)
def greet(who):
    return f"hello, {who}"
if __name__ == "__main__":
    print("run directly")
