import logging

logger = logging.getLogger(__name__)


class InventoryError(Exception):
    pass


class Inventory:
    def __init__(self, store):
        self._store = store

    def stock_level(self, sku):
        item = self._store.get(sku)
        if item is None:
            raise InventoryError(f"unknown sku {sku}")
        return item["quantity"]

    def reserve(self, sku, quantity):
        level = self.stock_level(sku)
        if level < quantity:
            raise InventoryError(f"only {level} of {sku} left")
        self._store.update(sku, quantity=level - quantity)
        logger.info("reserved %s x %s", quantity, sku)

    def restock(self, sku, quantity):
        try:
            level = self.stock_level(sku)
        except InventoryError:
            level = 0
        self._store.update(sku, quantity=level + quantity)
