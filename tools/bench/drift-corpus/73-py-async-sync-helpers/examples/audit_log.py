import json
from datetime import datetime, timezone


async def record_event(db, actor_id: str, action: str, details: dict) -> None:
    payload = json.dumps(details, sort_keys=True)
    created_at = datetime.now(timezone.utc)
    try:
        await db.execute(
            "insert into audit_log (actor_id, action, details, created_at) values ($1, $2, $3, $4)",
            actor_id,
            action,
            payload,
            created_at,
        )
    except ConnectionError as error:
        raise RuntimeError("audit log unavailable") from error


async def events_for(db, actor_id: str) -> list[dict]:
    rows = await db.fetch_all("select * from audit_log where actor_id = $1", actor_id)
    return [dict(row) for row in rows]
