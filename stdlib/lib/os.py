"""Operating-system interfaces: Krait's `os`, built on the native `_os` module."""

import sys
import _os
import posixpath as path
from _os import (getcwd, chdir, listdir, mkdir, rmdir, remove, unlink, rename, replace,
                 access, chmod, symlink, readlink, getpid, cpu_count, urandom, strerror,
                 system, _exit, isatty, putenv, unsetenv)

name = "posix"
sep = path.sep
altsep = None
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = "\n"
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
error = OSError
sys.modules["os.path"] = path


class stat_result(tuple):
    """The result of `os.stat`: a 10-tuple with named fields."""

    n_sequence_fields = 10

    def __new__(cls, values):
        self = tuple.__new__(cls, (values[0], values[1], values[2], values[3], values[4],
                                   values[5], values[6], int(values[7]), int(values[8]),
                                   int(values[9])))
        self._extra = values
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[7])
    st_mtime = property(lambda self: self._extra[8])
    st_ctime = property(lambda self: self._extra[9])
    st_atime_ns = property(lambda self: self._extra[10])
    st_mtime_ns = property(lambda self: self._extra[11])
    st_ctime_ns = property(lambda self: self._extra[12])

    def __repr__(self):
        fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                  "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"


def stat(p, *, follow_symlinks=True):
    return stat_result(_os.stat(p) if follow_symlinks else _os.lstat(p))


def lstat(p):
    return stat_result(_os.lstat(p))


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, "
                        f"not {type(r).__name__}")
    return r


class PathLike:
    """Abstract base of objects with `__fspath__`."""

    @classmethod
    def __subclasshook__(cls, sub):
        return hasattr(sub, "__fspath__") or NotImplemented


class _Environ(dict):
    """`os.environ`: assignments and deletions reach the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value if isinstance(key, str) else key).__name__}")
        putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = dict.__getitem__(self, key)
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self)


environ = _Environ(_os._environ())


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)


class DirEntry:
    """An entry yielded by `scandir`."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path) if follow_symlinks else (path.isdir(self.path) and not path.islink(self.path))

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path) if follow_symlinks else (path.isfile(self.path) and not path.islink(self.path))

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, directory):
        self._dir = directory
        self._it = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._it))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        pass


def scandir(p="."):
    return _ScandirIterator(fspath(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        p = path.join(top, d)
        if followlinks or not path.islink(p):
            yield from walk(p, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    columns = int(environ.get("COLUMNS", 80))
    lines = int(environ.get("LINES", 24))
    return terminal_size((columns, lines))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


def get_exec_path(env=None):
    return (env or environ).get("PATH", defpath).split(pathsep)
