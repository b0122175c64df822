# threading.Timer: fires after its interval with args and kwargs, cancel() before it
# fires, default names, and it is a Thread.
import threading

calls = []


def record(*args, **kwargs):
    calls.append((threading.current_thread().name, args, sorted(kwargs.items())))


t = threading.Timer(0.01, record, args=(1, 2), kwargs={"k": "v"})
print(isinstance(t, threading.Thread), t.name, t.interval, t.args, t.kwargs, t.daemon)
print(repr(t))
t.start()
t.join()
print(calls, t.finished.is_set(), t.is_alive())

t = threading.Timer(0, record)
print(t.args, t.kwargs)
t.start()
t.join()
print(calls[-1])

# Cancelled before it fires: the function never runs, and join() returns promptly.
t = threading.Timer(30, record, args=("never",))
t.start()
t.cancel()
t.join()
print(len(calls), t.finished.is_set(), t.is_alive())

# Cancelled before start.
t = threading.Timer(0, record, args=("never",))
t.cancel()
t.start()
t.join()
print(len(calls))

# A timer cancelled from another timer's function.
late = threading.Timer(30, record, args=("late",))
late.start()
early = threading.Timer(0.01, late.cancel)
early.start()
early.join()
late.join()
print(len(calls), late.finished.is_set())
