# At exit the interpreter waits for non-daemon threads (and for threads they start
# meanwhile), but not for daemon threads.
import threading
import time

go = threading.Event()


def last_child():
    time.sleep(0.02)
    print("thread started during shutdown finished")


def late():
    go.wait()
    time.sleep(0.05)
    print("non-daemon thread finished after the main program")
    threading.Thread(target=last_child).start()


def forever():
    threading.Event().wait()


threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
print("main program ends")
go.set()
