import csv
import logging

logger = logging.getLogger(__name__)


class PriceListError(Exception):
    pass


class PriceList:
    def __init__(self, path):
        self._path = path
        self._prices = None

    def load(self):
        with open(self._path, newline="") as handle:
            rows = list(csv.DictReader(handle))
        if not rows:
            raise PriceListError(f"{self._path} has no prices")
        self._prices = {row["sku"]: float(row["price"]) for row in rows}
        logger.info("loaded %d prices", len(self._prices))
        return len(self._prices)

    def price_of(self, sku):
        if self._prices is None:
            self.load()
        if sku not in self._prices:
            raise PriceListError(f"no price for {sku}")
        return self._prices[sku]
