"""Core tools for working with streams.

Krait's `io`: the file types of `open()` come from the native `_io` module; `StringIO` and
`BytesIO` are written here in Python. `StringIO` keeps the text written at its end as a list
of chunks joined only when something needs the whole value, so a long series of writes (what
`print(..., file=buf)` does) costs linear time, and threads that only write lose nothing
(each append is atomic; reading while other threads write is not synchronized).
"""

from builtins import open
from _io import (
    UnsupportedOperation,
    TextIOWrapper,
    BufferedReader,
    BufferedWriter,
)

__all__ = [
    "BlockingIOError", "open", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase",
    "StringIO", "BytesIO", "TextIOWrapper", "BufferedReader", "BufferedWriter",
    "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

BlockingIOError = BlockingIOError


class IOBase:
    """The base class of stream classes (for isinstance checks and shared helpers)."""

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None


def _size(size, allow_none=True):
    if size is None:
        return -1
    if not hasattr(type(size), "__index__"):
        raise TypeError(
            "argument should be integer or None, not '%s'" % type(size).__name__)
    return size.__index__()


def _index(v):
    if isinstance(v, float) or not hasattr(type(v), "__index__"):
        raise TypeError(
            "'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return v.__index__()


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(
                "newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(
                "initial_value must be str or None, not %s"
                % type(initial_value).__name__)
        self._newline = newline
        # Writes store text unchanged (and the file is open).
        self._plain = newline == "\n" or newline == ""
        # The text is `_buf` followed by the chunks in `_tail`. While `_at_end` the
        # position is the end of the text, whatever its length, so appending a write is one
        # list append (atomic, so threads printing to one buffer lose nothing); otherwise
        # the position is `_pos`.
        self._buf = ""
        self._tail = []
        self._at_end = True
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._set_pos(0)

    def _text(self):
        if self._tail:
            tail = self._tail
            self._tail = []
            self._buf = self._buf + "".join(tail)
        return self._buf

    def _get_pos(self):
        if self._at_end:
            return len(self._text())
        return self._pos

    def _set_pos(self, pos):
        self._pos = pos
        self._at_end = pos == len(self._text())

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        return None

    def close(self):
        self._closed = True
        self._plain = False
        self._at_end = False
        self._buf = ""
        self._tail = []

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return self._text()

    def tell(self):
        self._check()
        return self._get_pos()

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(
                "Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._get_pos()
        elif whence == 2:
            pos = len(self._text())
        self._set_pos(pos)
        return pos

    def write(self, s):
        # Fast path: appending untranslated text at the end.
        if type(s) is str and self._plain and self._at_end:
            self._tail.append(s)
            return len(s)
        self._check()
        if not isinstance(s, str):
            raise TypeError(
                "string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl == "\r" or nl == "\r\n":
            if "\n" in s:
                s = s.replace("\n", nl)
        if not s:
            return n
        if self._at_end:
            self._tail.append(s)
            return n
        k = len(s)
        pos = self._pos
        text = self._text()
        if pos > len(text):
            text = text + "\0" * (pos - len(text))
        self._buf = text[:pos] + s + text[pos + k:]
        self._set_pos(pos + k)
        return n

    def read(self, size=-1):
        self._check()
        size = _size(size)
        pos = self._get_pos()
        text = self._text()
        if size < 0:
            end = len(text)
        else:
            end = min(pos + size, len(text))
        if pos >= end:
            return ""
        self._set_pos(end)
        return text[pos:end]

    def _line_end(self, text, pos, end):
        """Index just past the line starting at `pos` (at most `end`)."""
        nl = self._newline
        if nl == "":
            i = pos
            while i < end:
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < end and text[i + 1] == "\n":
                        return i + 2
                    return i + 1
                i += 1
            return end
        sep = "\n" if nl is None else nl
        i = text.find(sep, pos, end)
        if i < 0:
            return end
        return i + len(sep)

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        pos = self._get_pos()
        text = self._text()
        n = len(text)
        if pos >= n:
            return ""
        end = n if size < 0 else min(n, pos + size)
        stop = self._line_end(text, pos, end)
        self._set_pos(stop)
        return text[pos:stop]

    def readlines(self, hint=-1):
        self._check_open()
        hint = _size(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check_open()
        return self

    def __enter__(self):
        self._check_open()
        return self

    def truncate(self, pos=None):
        self._check()
        cur = self._get_pos()
        if pos is None:
            pos = cur
        else:
            pos = _size(pos)
            if pos < 0:
                raise ValueError("Negative size value %d" % pos)
        text = self._text()
        if pos < len(text):
            self._buf = text[:pos]
        # The position does not move (it may now be past the end).
        self._set_pos(cur)
        return pos

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        self._check_open()
        return False

    def detach(self):
        raise UnsupportedOperation("detach")


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError(
        "a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += _bytes_like(initial_bytes)
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = bytearray()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(
                "invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def write(self, b):
        self._check()
        b = _bytes_like(b)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos == size:
            self._buf += b
        else:
            if pos > size:
                self._buf += bytes(pos - size)
            self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _size(size)
        pos = self._pos
        total = len(self._buf)
        end = total if size < 0 else min(total, pos + size)
        if pos >= end:
            return b""
        self._pos = end
        return bytes(self._buf[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        pos = self._pos
        total = len(self._buf)
        if pos >= total:
            return b""
        end = total if size < 0 else min(total, pos + size)
        i = self._buf.find(b"\n", pos, end)
        stop = end if i < 0 else i + 1
        self._pos = stop
        return bytes(self._buf[pos:stop])

    def readlines(self, hint=-1):
        self._check()
        hint = _size(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        return self

    def __enter__(self):
        self._check()
        return self

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _size(size)
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False
