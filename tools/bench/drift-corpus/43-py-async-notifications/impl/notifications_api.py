from .errors import NotFoundError


async def unread_notifications(db, user_id: str) -> list[dict]:
    rows = await db.fetch_all("select * from notifications where user_id = $1 and read_at is null", user_id)
    return [dict(row) for row in rows]


async def mark_read(db, notification_id: str) -> None:
    row = await db.fetch_one("select id from notifications where id = $1", notification_id)
    if row is None:
        raise NotFoundError(f"notification {notification_id}")
    await db.execute("update notifications set read_at = now() where id = $1", notification_id)
