from fastapi import APIRouter, HTTPException

router = APIRouter()


def _total(lines) -> float:
    return sum(line.price * line.quantity for line in lines)


@router.get("/orders/{order_id}")
async def read_order(order_id: int, repo=Depends(get_repo)):
    order = await repo.get(order_id)
    if order is None:
        raise HTTPException(status_code=404, detail="order not found")
    return {"order": order, "total": _total(order.lines)}


@router.delete("/orders/{order_id}")
async def delete_order(order_id: int, repo=Depends(get_repo)):
    deleted = await repo.delete(order_id)
    if not deleted:
        raise HTTPException(status_code=404, detail="order not found")
    return {"deleted": order_id}
