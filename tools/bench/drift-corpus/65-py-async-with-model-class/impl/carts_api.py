from dataclasses import dataclass, field

from .errors import NotFoundError, ValidationError


@dataclass
class CartLine:
    sku: str
    quantity: int
    unit_price: float

    def subtotal(self) -> float:
        return self.quantity * self.unit_price


@dataclass
class Cart:
    id: str
    lines: list[CartLine] = field(default_factory=list)

    def total(self) -> float:
        return sum(line.subtotal() for line in self.lines)

    def is_empty(self) -> bool:
        return not self.lines


async def get_cart(db, cart_id: str) -> Cart:
    row = await db.fetch_one("select * from carts where id = $1", cart_id)
    if row is None:
        raise NotFoundError(f"cart {cart_id}")
    lines = await db.fetch_all("select sku, quantity, unit_price from cart_lines where cart_id = $1", cart_id)
    return Cart(id=cart_id, lines=[CartLine(**line) for line in lines])


async def add_line(db, cart_id: str, sku: str, quantity: int) -> Cart:
    if quantity <= 0:
        raise ValidationError("quantity must be positive")
    await db.execute("insert into cart_lines (cart_id, sku, quantity) values ($1, $2, $3)", cart_id, sku, quantity)
    return await get_cart(db, cart_id)
