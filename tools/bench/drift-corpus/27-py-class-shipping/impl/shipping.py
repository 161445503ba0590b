import logging

logger = logging.getLogger(__name__)


class ShippingError(Exception):
    pass


class ShippingQuoter:
    def __init__(self, carriers, zones):
        self._carriers = carriers
        self._zones = zones

    def zone_for(self, postcode):
        zone = self._zones.lookup(postcode)
        if zone is None:
            raise ShippingError(f"no shipping zone for {postcode}")
        return zone

    def cheapest_quote(self, postcode, weight_grams):
        zone = self.zone_for(postcode)
        quotes = [carrier.quote(zone, weight_grams) for carrier in self._carriers]
        if not quotes:
            raise ShippingError("no carrier available")
        best = min(quotes, key=lambda quote: quote.price)
        logger.info("quoted %s for %s", best.price, postcode)
        return best
