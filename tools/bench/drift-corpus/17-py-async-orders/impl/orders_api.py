from .errors import NotFoundError, ValidationError


async def get_order(db, order_id: str) -> dict:
    row = await db.fetch_one("select * from orders where id = $1", order_id)
    if row is None:
        raise NotFoundError(f"order {order_id}")
    return dict(row)


async def cancel_order(db, order_id: str) -> dict:
    order = await get_order(db, order_id)
    if order["status"] == "paid":
        raise ValidationError("a paid order cannot be cancelled")
    await db.execute("update orders set status = 'cancelled' where id = $1", order_id)
    return {**order, "status": "cancelled"}
