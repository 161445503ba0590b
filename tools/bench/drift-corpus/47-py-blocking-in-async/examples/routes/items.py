from fastapi import APIRouter, HTTPException

router = APIRouter()


@router.get("/items/{item_id}")
async def read_item(item_id: int, repo=Depends(get_repo)):
    item = await repo.get(item_id)
    if item is None:
        raise HTTPException(status_code=404, detail="item not found")
    return item


@router.post("/items")
async def create_item(payload: ItemIn, repo=Depends(get_repo)):
    existing = await repo.find_by_name(payload.name)
    if existing:
        raise HTTPException(status_code=409, detail="duplicate item")
    return await repo.insert(payload)
