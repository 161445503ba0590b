import httpx


class PricingUnavailable(Exception):
    pass


async def fetch_price(client: httpx.AsyncClient, sku: str) -> float:
    try:
        response = await client.get(f"/prices/{sku}")
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise PricingUnavailable(sku) from exc
    return response.json()["price"]
