class SupplierDirectory:
    def __init__(self, store):
        self._store = store

    def supplier(self, supplier_id):
        record = self._store.get(supplier_id)
        if record is None:
            return None
        return record

    def contact_email(self, supplier_id):
        record = self.supplier(supplier_id)
        if record is None:
            return None
        return record.get("email")

    def lead_time(self, supplier_id, sku):
        try:
            return self._store.lead_time(supplier_id, sku)
        except KeyError:
            return None
