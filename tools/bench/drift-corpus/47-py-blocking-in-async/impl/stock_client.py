import requests


class StockUnavailable(Exception):
    pass


def fetch_stock(base_url: str, sku: str) -> int:
    try:
        response = requests.get(f"{base_url}/stock/{sku}", timeout=5)
        response.raise_for_status()
    except requests.RequestException as exc:
        raise StockUnavailable(sku) from exc
    return response.json()["quantity"]


def fetch_many(base_url: str, skus: list[str]) -> dict[str, int]:
    return {sku: fetch_stock(base_url, sku) for sku in skus}
