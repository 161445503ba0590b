import logging

logger = logging.getLogger(__name__)

_rate_cache = {}


class TaxRateError(Exception):
    pass


class TaxRates:
    def __init__(self, provider):
        self._provider = provider

    def rate_for(self, region):
        if region in _rate_cache:
            return _rate_cache[region]
        rate = self._provider.lookup(region)
        if rate is None:
            raise TaxRateError(f"no rate for {region}")
        _rate_cache[region] = rate
        return rate

    def gross(self, net, region):
        return net * (1 + self.rate_for(region))

    def describe(self, region):
        logger.info("describing %s", region)
        return f"{region}: {self.rate_for(region):.2%}"
