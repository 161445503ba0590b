import re
import secrets

from .errors import NotFoundError, ValidationError

CODE_PATTERN = re.compile(r"^[A-Z0-9]{8}$")


def new_code() -> str:
    return secrets.token_hex(4).upper()


def check_code(code: str) -> str:
    if not CODE_PATTERN.match(code):
        raise ValidationError(f"invalid coupon code {code}")
    return code


def percent_off(total: float, percent: int) -> float:
    return round(total * (100 - percent) / 100, 2)


async def create_coupon(db, percent: int) -> str:
    if not 0 < percent <= 90:
        raise ValidationError("percent must be between 1 and 90")
    code = new_code()
    await db.execute("insert into coupons (code, percent) values ($1, $2)", code, percent)
    return code


async def redeem_coupon(db, code: str, total: float) -> float:
    row = await db.fetch_one("select percent from coupons where code = $1", check_code(code))
    if row is None:
        raise NotFoundError(f"coupon {code}")
    return percent_off(total, row["percent"])
