#!/usr/bin/env python3
"""Regenerates the expected outputs of tests/programs with CPython 3.11.

    python3 tests/bless.py            # every program
    python3 tests/bless.py NAME...    # some programs (names without .py)

For each NAME.py it writes NAME.out (stdout), NAME.err (stderr, only if non-empty) and
NAME.code (exit status, only if non-zero), running from tests/programs with
PYTHONHASHSEED=0 and NAME.in (if present) as stdin, exactly as the Rust runner runs krait.
The absolute path of tests/programs/ is removed from the outputs (tracebacks show it).
"""
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")


def python():
    for exe in ("python3", "python3.11", "/usr/bin/python3.11"):
        try:
            out = subprocess.run([exe, "-c", "import sys; print(sys.version_info[:2])"],
                                 capture_output=True, text=True)
        except OSError:
            continue
        if out.stdout.strip() == "(3, 11)":
            return exe
    sys.exit("bless.py: CPython 3.11 not found")


def bless(exe, name):
    stdin_path = os.path.join(HERE, name + ".in")
    stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    r = subprocess.run([exe, name + ".py"], cwd=HERE, input=stdin, capture_output=True,
                       env=env, timeout=600)
    # Tracebacks name the script by its absolute path: keep expectations independent of
    # where the checkout lives (the runner strips the same prefix from krait's output).
    prefix = (HERE + os.sep).encode()
    r = subprocess.CompletedProcess(r.args, r.returncode, r.stdout.replace(prefix, b""),
                                    r.stderr.replace(prefix, b""))
    with open(os.path.join(HERE, name + ".out"), "wb") as f:
        f.write(r.stdout)
    for ext, data, keep in ((".err", r.stderr, bool(r.stderr)),
                            (".code", f"{r.returncode}\n".encode(), r.returncode != 0)):
        path = os.path.join(HERE, name + ext)
        if keep:
            with open(path, "wb") as f:
                f.write(data)
        elif os.path.exists(path):
            os.remove(path)
    return r.returncode


def main():
    exe = python()
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(HERE) if n.endswith(".py"))
    for name in names:
        name = name[:-3] if name.endswith(".py") else name
        code = bless(exe, name)
        print(f"{name}: exit {code}")


if __name__ == "__main__":
    main()
