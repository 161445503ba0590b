from dataclasses import dataclass

from .errors import NotFoundError, ValidationError


@dataclass
class User:
    id: str
    email: str
    display_name: str


async def get_user(db, user_id: str) -> User:
    row = await db.fetch_one("select * from users where id = $1", user_id)
    if row is None:
        raise NotFoundError(f"user {user_id}")
    return User(**row)


async def rename_user(db, user_id: str, display_name: str) -> User:
    if not display_name.strip():
        raise ValidationError("display_name must not be empty")
    user = await get_user(db, user_id)
    await db.execute("update users set display_name = $2 where id = $1", user_id, display_name)
    return User(id=user.id, email=user.email, display_name=display_name)


async def list_users(db, limit: int = 50) -> list[User]:
    rows = await db.fetch_all("select * from users limit $1", limit)
    return [User(**row) for row in rows]
