import logging

logger = logging.getLogger(__name__)


class WarehouseError(Exception):
    pass


class Warehouse:
    def __init__(self, locations, inventory):
        self._locations = locations
        self._inventory = inventory

    def location_of(self, sku):
        location = self._locations.find(sku)
        if location is None:
            raise WarehouseError(f"{sku} has no location")
        return location

    def move(self, sku, to_location):
        current = self.location_of(sku)
        if current == to_location:
            return current
        self._locations.assign(sku, to_location)
        logger.info("moved %s from %s to %s", sku, current, to_location)
        return to_location

    def pick_list(self, order_lines):
        picks = []
        for line in order_lines:
            location = self.location_of(line["sku"])
            picks.append((location, line["sku"], line["quantity"]))
        return sorted(picks)

    def cycle_count(self, sku, counted):
        try:
            expected = self._inventory.stock_level(sku)
        except Exception as error:
            raise WarehouseError(f"cannot count {sku}") from error
        if expected != counted:
            logger.warning("count mismatch for %s: %s != %s", sku, expected, counted)
        return counted - expected
