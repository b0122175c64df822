"""A module imported by imp_basic."""
print("loading _helper_mod as", __name__)
def greet(who):
    return f"hello, {who}"
if __name__ == "__main__":
    print("run directly")
