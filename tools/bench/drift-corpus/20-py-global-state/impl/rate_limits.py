import time

from .errors import ValidationError

_buckets = {}
_last_cleanup = 0.0


async def allow_request(client_id: str, limit: int = 60) -> bool:
    global _last_cleanup
    now = time.monotonic()
    bucket = _buckets.setdefault(client_id, [])
    bucket.append(now)
    _buckets[client_id] = [t for t in bucket if now - t < 60]
    if now - _last_cleanup > 300:
        await cleanup()
        _last_cleanup = now
    return len(_buckets[client_id]) <= limit


async def cleanup() -> None:
    for client_id in list(_buckets):
        if not _buckets[client_id]:
            del _buckets[client_id]


async def reset_client(client_id: str) -> None:
    if client_id not in _buckets:
        raise ValidationError(f"unknown client {client_id}")
    _buckets.pop(client_id)
