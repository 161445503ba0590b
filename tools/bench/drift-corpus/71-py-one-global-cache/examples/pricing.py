from decimal import Decimal


class PricingError(Exception):
    pass


class PriceCalculator:
    def __init__(self, tax_table, discounts):
        self._tax_table = tax_table
        self._discounts = discounts

    def net_price(self, sku, unit_price, quantity):
        discount = self._discounts.for_sku(sku)
        return unit_price * quantity * (Decimal(1) - discount)

    def gross_price(self, sku, unit_price, quantity, region):
        rate = self._tax_table.rate_for(region)
        if rate is None:
            raise PricingError(f"no tax rate for {region}")
        return self.net_price(sku, unit_price, quantity) * (Decimal(1) + rate)
