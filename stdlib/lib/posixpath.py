"""Path operations on POSIX paths (Krait's own implementation of `os.path`)."""

import _os

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

__all__ = ["join", "split", "splitext", "basename", "dirname", "exists", "lexists",
           "isfile", "isdir", "islink", "isabs", "abspath", "normpath", "realpath",
           "relpath", "expanduser", "expandvars", "getsize", "getmtime", "getatime",
           "getctime", "commonprefix", "commonpath", "splitdrive", "normcase",
           "samefile", "sep", "pathsep", "curdir", "pardir", "extsep", "devnull"]


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    return f(p)


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith("/")


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in map(_fspath, p):
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        i = slash + 1
        while i < dot:
            if p[i] != ".":
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def exists(path):
    try:
        _os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        return (_os.stat(path) if follow else _os.lstat(path))[0]
    except (OSError, ValueError):
        return None


def isdir(s):
    m = _mode(s)
    return m is not None and (m & 0o170000) == 0o040000


def isfile(path):
    m = _mode(path)
    return m is not None and (m & 0o170000) == 0o100000


def islink(path):
    m = _mode(path, False)
    return m is not None and (m & 0o170000) == 0o120000


def ismount(path):
    return _fspath(path) == "/"


def getsize(filename):
    return _os.stat(filename)[6]


def getatime(filename):
    return _os.stat(filename)[7]


def getmtime(filename):
    return _os.stat(filename)[8]


def getctime(filename):
    return _os.stat(filename)[9]


def samefile(f1, f2):
    s1, s2 = _os.stat(f1), _os.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def normpath(path):
    path = _fspath(path)
    if not path:
        return "."
    initial = 1 if path.startswith("/") else 0
    if initial and path.startswith("//") and not path.startswith("///"):
        initial = 2
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = "/".join(parts)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    r = _os._realpath(filename)
    if r is not None:
        return r
    if strict:
        _os.stat(filename)
    # Resolve the longest existing prefix, then append the rest.
    head, tail = split(abspath(filename))
    rest = [tail]
    while head and head != "/":
        r = _os._realpath(head)
        if r is not None:
            return normpath(join(r, *reversed(rest)))
        head, tail = split(head)
        rest.append(tail)
    return abspath(filename)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    return join(*rel) if rel else curdir


def expanduser(path):
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        userhome = os.environ.get("HOME", "/")
    else:
        return path
    return (userhome.rstrip("/") or "/") + path[i:]


def expandvars(path):
    path = _fspath(path)
    if "$" not in path:
        return path
    import os
    out = []
    i = 0
    while i < len(path):
        c = path[i]
        if c == "$" and i + 1 < len(path):
            if path[i + 1] == "{":
                j = path.find("}", i + 2)
                if j > 0:
                    name = path[i + 2:j]
                    out.append(os.environ.get(name, path[i:j + 1]))
                    i = j + 1
                    continue
            else:
                j = i + 1
                while j < len(path) and (path[j].isalnum() or path[j] == "_"):
                    j += 1
                if j > i + 1:
                    name = path[i + 1:j]
                    out.append(os.environ.get(name, path[i:j]))
                    i = j
                    continue
        out.append(c)
        i += 1
    return "".join(out)


def commonprefix(m):
    if not m:
        return ""
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = [_fspath(p) for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {p.startswith("/") for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    common = commonprefix(split_paths)
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)
