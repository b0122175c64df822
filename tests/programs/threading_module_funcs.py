# Module-level functions of threading: current_thread, main_thread, get_ident,
# get_native_id, active_count, enumerate, dummy threads for threads started by _thread,
# settrace/setprofile, stack_size, TIMEOUT_MAX, ThreadError.
import _thread
import threading

main = threading.main_thread()
print(main.name, type(main).__name__, main is threading.current_thread(), main.daemon)
print(main.ident == threading.get_ident() == _thread.get_ident())
print(main.native_id == threading.get_native_id(), type(threading.get_native_id()).__name__)
print(main.is_alive(), repr(main) == "<_MainThread(MainThread, started %d)>" % main.ident)
print(threading.active_count(), threading.enumerate() == [main])
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError:", e)

# While three threads wait, they are all alive and listed.
gate = threading.Event()
ready = threading.Semaphore(0)
inside = []


def waiter():
    me = threading.current_thread()
    inside.append((me.name, me is threading.current_thread(),
                   me.ident == threading.get_ident(), threading.main_thread() is main))
    ready.release()
    gate.wait()


ts = [threading.Thread(target=waiter, name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(len({t.ident for t in ts}), all(t.is_alive() for t in ts))
gate.set()
for t in ts:
    t.join()
print(sorted(inside))
print(threading.active_count(), [t.name for t in threading.enumerate()])

# A thread started by _thread directly gets a dummy Thread object.
done = threading.Lock()
done.acquire()
info = []


def raw(tag):
    t = threading.current_thread()
    info.append((tag, type(t).__name__, t.name, t.daemon, t.is_alive(),
                 t.ident == threading.get_ident(), threading.current_thread() is t,
                 t in threading.enumerate(), repr(t).startswith("<_DummyThread(Dummy-")))
    done.release()


ident = _thread.start_new_thread(raw, ("raw",))
done.acquire()
print(type(ident).__name__, info)
print(threading.Thread(target=raw).name)

# Tracing hooks are recorded (no threads are started while one is set).
def tracer(*args):
    return tracer


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

print(threading.stack_size(), type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6)
print(threading.ThreadError is _thread.error is RuntimeError)
print(threading.Lock is _thread.allocate_lock, type(threading.Lock()) is _thread.LockType)
print(all(hasattr(threading, n) for n in threading.__all__))
