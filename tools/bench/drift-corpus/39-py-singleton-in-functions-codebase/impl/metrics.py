import threading

REPORT_INTERVAL = 60


class MetricsRegistry:
    pass


_counters = {}
_lock = threading.Lock()


def increment(name, value=1):
    with _lock:
        _counters[name] = _counters.get(name, 0) + value


def snapshot():
    with _lock:
        return dict(_counters)


def reset():
    with _lock:
        _counters.clear()
