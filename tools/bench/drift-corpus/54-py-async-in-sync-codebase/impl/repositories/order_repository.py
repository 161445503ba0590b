import aiosqlite


class OrderNotFound(Exception):
    pass


class OrderRepository:
    def __init__(self, connection: aiosqlite.Connection):
        self.connection = connection

    async def get(self, order_id: int) -> dict:
        cursor = await self.connection.execute("SELECT id, total FROM orders WHERE id = ?", (order_id,))
        row = await cursor.fetchone()
        if row is None:
            raise OrderNotFound(order_id)
        return {"id": row[0], "total": row[1]}

    async def add(self, total: float) -> int:
        cursor = await self.connection.execute("INSERT INTO orders (total) VALUES (?)", (total,))
        await self.connection.commit()
        return cursor.lastrowid
