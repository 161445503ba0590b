async def get_payment(db, payment_id: str):
    row = await db.fetch_one("select * from payments where id = $1", payment_id)
    if row is None:
        return None, f"payment {payment_id} not found"
    return dict(row), None


async def refund_payment(db, payment_id: str, amount_cents: int):
    payment, error = await get_payment(db, payment_id)
    if error:
        return None, error
    if amount_cents > payment["amount_cents"]:
        return None, "refund exceeds payment"
    try:
        await db.execute("insert into refunds (payment_id, amount_cents) values ($1, $2)", payment_id, amount_cents)
    except ConnectionError:
        return None, "database unavailable"
    return {"payment_id": payment_id, "amount_cents": amount_cents}, None
