"""Thread-based parallelism, Krait's implementation.

Everything here is built on a small subset of the native `_thread` module: starting a
thread (`start_new_thread`), plain locks (`allocate_lock`) and thread identities
(`get_ident`, `get_native_id`). Krait has no global interpreter lock, so `Thread`s really
run in parallel; the classes below rely only on their own locks and on the atomicity of
single dict and attribute operations (which Krait keeps, as CPython does).

How the pieces fit:

- `RLock` is an owner and a count over a plain lock. `Condition` keeps a queue of one
  waiter lock per waiting thread, acquired once by its owner and released by a notifier.
  `Semaphore`, `Event` and `Barrier` are built on `Condition`.
- Each started `Thread` holds a "done" lock from `start()` until its last line of Python
  has run; `join()` and `is_alive()` wait for or test that lock. The threads being started
  are in `_limbo`, the running ones in `_active` (keyed by ident). A thread that was not
  started through this module is given a `_DummyThread` on its first `current_thread()`.
- `local` keeps one attribute dict per thread ident; a `Thread` removes its dicts when it
  ends (those of the main thread and of dummy threads are never removed).
- `_shutdown()` is called by the runtime when the main program ends: it runs the
  functions registered with `_register_atexit`, marks the main thread stopped and joins
  every non-daemon thread, including those started meanwhile.

Differences from CPython: `local` and `ExceptHookArgs` are classes of this module that
print their names as CPython's `_thread` types do; `settrace`/`setprofile` only record the
function and install it in new threads when `sys` supports it; nothing is reset after
`fork`.
"""

import sys as _sys
import _thread
from time import monotonic as _time
from collections import deque as _deque

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "setprofile", "settrace", "local", "stack_size", "excepthook",
           "ExceptHookArgs", "gettrace", "getprofile", "get_native_id"]

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

Lock = _allocate_lock


def _deprecated(old, new):
    """Warns that `old` is deprecated in favour of `new`, when `warnings` exists."""
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(f"{old}() is deprecated, use {new} instead", DeprecationWarning,
                  stacklevel=3)


# --- Tracing hooks -------------------------------------------------------------------

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


# --- Re-entrant lock -----------------------------------------------------------------

def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock.

    A reentrant lock must be released by the thread that acquired it. Once a thread has
    acquired a reentrant lock, the same thread may acquire it again without blocking; the
    thread must release it once for each time it has acquired it.
    """
    return _RLock(*args, **kwargs)


class _RLock:
    """A reentrant lock: an owner ident and a recursion count over a plain lock.

    Only the owner changes `_owner` and `_count` while it holds the lock, so a thread
    that reads its own ident in `_owner` knows it is the owner.
    """

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock, blocking or non-blocking, with an optional timeout.

        Returns True if the lock was acquired (or was already owned by this thread, in
        which case the recursion level grows by one), False on timeout or when
        non-blocking and the lock is owned by another thread.
        """
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        """Release the lock once; it is unlocked when the recursion level reaches zero.

        Raises RuntimeError if the calling thread does not own the lock.
        """
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count - 1
        self._count = count
        if count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # The protocol `Condition` uses to give the lock up completely while it waits.

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


_PyRLock = _RLock


# --- Condition variables -------------------------------------------------------------

class Condition:
    """Class that implements a condition variable.

    A condition variable allows one or more threads to wait until they are notified by
    another thread. If `lock` is given it must be a Lock or RLock and is used as the
    underlying lock; otherwise a new RLock is created.

    Each waiting thread blocks on a private lock that it acquired before queueing it in
    `_waiters`; notifying a thread releases that lock. The queue is only changed while
    the condition's lock is held.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that knows how to give itself up completely (an RLock) says so; a plain
        # lock uses the defaults below.
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: if it can be taken now, nobody (in particular not
        # the caller) held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs.

        The lock must be held; it is released while waiting and re-acquired before
        returning. Returns True unless the given timeout expired.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    # A notifier took it off the queue after the timeout expired.
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True.

        `predicate` is a callable whose result is interpreted as a boolean. A timeout
        bounds the total time spent waiting. Returns the last value of the predicate.
        """
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any.

        The lock must be held. At most `n` waiting threads are woken.
        """
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while n > 0 and waiters:
            waiter = waiters.popleft()
            try:
                waiter.release()
            except RuntimeError:
                # Already released (a notify interrupted half-way): not a wake-up.
                continue
            n -= 1

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition (deprecated alias)."""
        _deprecated("notifyAll", "notify_all()")
        self.notify_all()


# --- Semaphores ----------------------------------------------------------------------

class Semaphore:
    """This class implements semaphore objects.

    A semaphore manages a counter: each acquire() decrements it, each release()
    increments it; acquire() blocks while the counter is zero.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one.

        Blocks while the counter is zero unless `blocking` is false; with a timeout,
        blocks at most that many seconds. Returns True if the counter was decremented.
        """
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value == 0:
                if not blocking:
                    return False
                if timeout is None:
                    while self._value == 0:
                        self._cond.wait()
                elif not self._cond.wait_for(self._available, timeout):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def _available(self):
        return self._value > 0

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by `n`, and wake up
        as many waiting threads."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may not exceed its initial value: releasing it too many
    times raises ValueError."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by `n`.

        Raises ValueError if the counter would exceed the initial value.
        """
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# --- Events --------------------------------------------------------------------------

class Event:
    """Class implementing event objects.

    Events manage a flag that can be set to true with set() and reset to false with
    clear(); wait() blocks until the flag is true.
    """

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = "set" if self._flag else "unset"
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Return true if and only if the internal flag is true (deprecated alias)."""
        _deprecated("isSet", "is_set()")
        return self.is_set()

    def set(self):
        """Set the internal flag to true and wake up every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true, or until the timeout expires.

        Returns the flag on exit: always True unless a timeout was given and expired.
        """
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# --- Barriers ------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    """Raised by Barrier.wait() when the barrier is broken or reset."""


# A barrier fills up with waiting threads; when the last one arrives they all drain out
# (the barrier refuses newcomers until the last has left); reset() makes the current
# waiters fail and the barrier fills again once they have left; abort() breaks it.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Implements a Barrier.

    Useful for synchronizing a fixed number of threads at known synchronization points:
    each thread blocks in wait() until `parties` threads have called it, then all are
    released at once (after `action`, if any, has run in one of them).
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier.

        When the specified number of threads have started waiting, they are all released
        at once. Returns an index from 0 to parties-1, different for each thread. Raises
        BrokenBarrierError if the barrier is or becomes broken (also on timeout).
        """
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Wait for the previous round to drain out (or a reset to complete).
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        """The last party arrived: run the action and release everybody."""
        try:
            if self._action is not None:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(self._tripped, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _tripped(self):
        return self._state != _FILLING

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state.

        Any threads currently waiting get BrokenBarrierError.
        """
        with self._cond:
            if self._count > 0:
                if self._state != _DRAINING:
                    # The last waiter to leave makes the barrier fill again.
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state.

        Current and future calls to wait() raise BrokenBarrierError.
        """
        with self._cond:
            self._break()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == _BROKEN


# --- Thread registry -----------------------------------------------------------------

_active_limbo_lock = _allocate_lock()
_active = {}    # ident -> Thread, for running threads
_limbo = {}     # Thread -> Thread, for threads between start() and their first line

_name_lock = _allocate_lock()
_name_counter = 0


def _newname(template="Thread-%d"):
    """The next default thread name (one counter for Thread-N and Dummy-N names)."""
    global _name_counter
    with _name_lock:
        _name_counter += 1
        return template % _name_counter


_atexit_calls = []
_shutting_down = False


def _register_atexit(func, *args, **kwargs):
    """Register `func` to be called by _shutdown(), before non-daemon threads are joined
    (in reverse order of registration)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _atexit_calls.append(lambda: func(*args, **kwargs))


# --- Exceptions raised in threads ----------------------------------------------------

class ExceptHookArgs(tuple):
    """The argument of threading.excepthook(): exc_type, exc_value, exc_traceback and
    thread (a 4-tuple with named fields)."""

    __slots__ = ()
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(args)}-sequence given)")
        return tuple.__new__(cls, args)

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % tuple(self))

    exc_type = property(lambda self: self[0], doc="Exception type")
    exc_value = property(lambda self: self[1], doc="Exception value")
    exc_traceback = property(lambda self: self[2], doc="Exception traceback")
    thread = property(lambda self: self[3], doc="Thread")


# Named as CPython names its native type.
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = "_ExceptHookArgs"
ExceptHookArgs.__module__ = "_thread"


def excepthook(args, /):
    """Handle uncaught Thread.run() exception.

    Prints "Exception in thread NAME:" and the traceback to stderr; SystemExit is
    silently ignored.
    """
    if args.exc_type == SystemExit:
        return
    if _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    display = getattr(_sys, "__excepthook__", None) or _sys.excepthook
    display(args.exc_type, args.exc_value, args.exc_traceback)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    """Report `exc`, which escaped thread.run(), through threading.excepthook; if the hook
    itself fails, report that failure through sys.excepthook."""
    hook = excepthook
    if hook is None:
        hook = __excepthook__
    try:
        hook(ExceptHookArgs([type(exc), exc, exc.__traceback__, thread]))
    except Exception as failure:
        failure.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        sys_hook = _sys.excepthook
        if sys_hook is None:
            sys_hook = _sys.__excepthook__
        sys_hook(type(failure), failure, failure.__traceback__)


# --- Threads -------------------------------------------------------------------------

class Thread:
    """A class that represents a thread of control.

    Pass a callable as `target` (called with `args` and `kwargs`) or override run() in a
    subclass. Call start() to run it in a new thread, join() to wait for its end.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        """`group` should be None (reserved for a future ThreadGroup class); `target`
        is the callable invoked by run(); `name` defaults to "Thread-N" (followed by
        " (TARGET)" with the target's __name__); `daemon` defaults to the creating
        thread's daemon flag."""
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None    # held while the thread runs (the "done" lock)
        self._started = Event()
        self._is_stopped = False
        self._local_impls = []      # `local` storages this thread has a dict in
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()     # notices a thread that has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity.

        It must be called at most once per thread object: it arranges for run() to be
        invoked in a separate thread of control, and returns once that thread runs.
        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()
        self._tstate_lock = done
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            self._tstate_lock = None
            raise
        self._started.wait()

    def run(self):
        """Method representing the thread's activity: calls the target with the args and
        keyword arguments given to the constructor. Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Do not keep the target and its arguments alive as long as the Thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        """The new thread's first and last Python code."""
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook is not None and hasattr(_sys, "settrace"):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, "setprofile"):
                _sys.setprofile(_profile_hook)
            self._started.set()
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            self._delete()

    def _delete(self):
        """Unregisters the ending thread, drops its thread-local dicts and releases the
        done lock (the last thing this thread does in Python)."""
        ident = self._ident
        try:
            with _active_limbo_lock:
                if _active.get(ident) is self:
                    del _active[ident]
                _limbo.pop(self, None)
            for impl in self._local_impls:
                impl.dicts.pop(ident, None)
            self._local_impls = []
        finally:
            lock = self._tstate_lock
            if lock is not None:
                lock.release()
            # A start() still waiting for a thread that failed early must not hang.
            if not self._started.is_set():
                self._started.set()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        """Waits (or only checks, without `block`) for the thread to end; marks the
        thread stopped if it has."""
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread terminates, or until the timeout (in seconds) expires.

        join() always returns None: call is_alive() afterwards to tell whether a timeout
        happened.
        """
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        """Return whether the thread is alive: from just before run() starts until just
        after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread, or None if it has not been started.

        A nonzero integer; identifiers may be recycled when a thread exits.
        """
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started.
        """
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        """Whether this thread is a daemon thread (the process does not wait for daemon
        threads at exit). It must be set before start() is called."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated; use the daemon
        attribute)."""
        _deprecated("isDaemon", "the daemon attribute")
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated; use the daemon attribute)."""
        _deprecated("setDaemon", "the daemon attribute")
        self.daemon = daemonic

    def getName(self):
        """Return a string used for identification purposes only (deprecated; use the
        name attribute)."""
        _deprecated("getName", "the name attribute")
        return self.name

    def setName(self, name):
        """Set the name string for this thread (deprecated; use the name attribute)."""
        _deprecated("setName", "the name attribute")
        self.name = name


class Timer(Thread):
    """Call a function after a specified number of seconds:

        t = Timer(30.0, f, args=None, kwargs=None)
        t.start()
        t.cancel()     # stop the timer's action if it's still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported this module: named MainThread, never a daemon; it stops
    in _shutdown()."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._local_impls = None    # its thread-local dicts live until the process ends
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread started by _thread.start_new_thread() rather than by this module: always
    alive and a daemon, it cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._local_impls = None    # nothing tells us when the thread ends
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# --- Module-level functions ----------------------------------------------------------

def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control.

    A thread not started through this module gets a dummy thread object.
    """
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the current Thread object (deprecated alias of current_thread())."""
    _deprecated("currentThread", "current_thread()")
    return current_thread()


def main_thread():
    """Return the main thread object: the one that imported this module (normally the
    thread from which the interpreter was started)."""
    return _main_thread


def active_count():
    """Return the number of Thread objects currently alive (started and not yet ended,
    including dummy threads and the main thread)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects currently alive (deprecated alias)."""
    _deprecated("activeCount", "active_count()")
    return active_count()


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _shutdown():
    """Wait for all non-daemon threads to end (called by the runtime when the main
    program ends, from the main thread)."""
    global _shutting_down
    if _main_thread._is_stopped:
        return      # already done
    _shutting_down = True
    for call in reversed(_atexit_calls):
        call()
    me = get_ident()
    if _main_thread._ident == me:
        lock = _main_thread._tstate_lock
        _main_thread._stop()
        lock.release()
    while True:
        with _active_limbo_lock:
            threads = list(_active.values()) + list(_limbo.values())
        pending = [t for t in threads
                   if not t._daemonic and not t._is_stopped and t._ident != me
                   and t is not _main_thread and not isinstance(t, _DummyThread)]
        if not pending:
            break
        for t in pending:
            t._wait_for_tstate_lock()


# --- Thread-local data ---------------------------------------------------------------

class _LocalImpl:
    """The storage of one `local` object: its constructor arguments and one attribute
    dict per thread ident. Each thread only ever adds or removes its own key."""

    __slots__ = ("dicts", "args", "kwargs")

    def __init__(self, args, kwargs):
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs

    def create_dict(self):
        """Creates the calling thread's dict and registers it for removal when the
        thread ends."""
        ident = get_ident()
        d = {}
        self.dicts[ident] = d
        thread = _active.get(ident)
        if thread is not None and thread._local_impls is not None:
            thread._local_impls.append(self)
        return d


_MISSING = object()


def _class_attr(cls, name):
    """Looks `name` up in the classes of `cls.__mro__` (no instance, no metaclass)."""
    for klass in cls.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            return namespace[name]
    return _MISSING


class local:
    """Thread-local data: an object whose attributes are seen only by the thread that
    set them.

    A subclass may define __init__, which then runs in each thread on its first use of
    the object, with the arguments given at creation; attribute lookups follow the usual
    rules, with one instance dict per thread.
    """

    __slots__ = ("_local__impl",)

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kwargs)
        object.__setattr__(self, "_local__impl", impl)
        impl.create_dict()      # type.__call__ runs __init__ for this thread
        return self

    def _local__dict(self):
        """The calling thread's dict, created (running __init__) on first use."""
        impl = object.__getattribute__(self, "_local__impl")
        d = impl.dicts.get(get_ident())
        if d is None:
            d = impl.create_dict()
            cls = type(self)
            try:
                cls.__init__(self, *impl.args, **impl.kwargs)
            except BaseException:
                impl.dicts.pop(get_ident(), None)
                raise
        return d

    def __getattribute__(self, name):
        d = local._local__dict(self)
        if name == "__dict__":
            return d
        cls = type(self)
        attr = _class_attr(cls, name)
        if attr is not _MISSING:
            kind = type(attr)
            if hasattr(kind, "__get__") and (hasattr(kind, "__set__")
                                             or hasattr(kind, "__delete__")):
                return kind.__get__(attr, self, cls)
        if name in d:
            return d[name]
        if attr is not _MISSING:
            kind = type(attr)
            if hasattr(kind, "__get__"):
                return kind.__get__(attr, self, cls)
            return attr
        raise AttributeError(f"'{_local_type_name(self)}' object has no attribute "
                             f"'{name}'")

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(f"'{_local_type_name(self)}' object attribute "
                                 "'__dict__' is read-only")
        d = local._local__dict(self)
        attr = _class_attr(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), "__set__"):
            type(attr).__set__(attr, self, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(f"'{_local_type_name(self)}' object attribute "
                                 "'__dict__' is read-only")
        d = local._local__dict(self)
        attr = _class_attr(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), "__delete__"):
            type(attr).__delete__(attr, self)
            return
        if name not in d:
            raise AttributeError(f"'{_local_type_name(self)}' object has no attribute "
                                 f"'{name}'")
        del d[name]


def _local_type_name(obj):
    cls = type(obj)
    return "_thread._local" if cls is local else cls.__name__


# Printed as CPython prints its native type (`<_thread._local object at ...>`).
local.__name__ = local.__qualname__ = "_local"
local.__module__ = "_thread"


_main_thread = _MainThread()
