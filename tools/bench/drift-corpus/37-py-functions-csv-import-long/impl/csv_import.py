import csv
import io

REQUIRED_COLUMNS = ("sku", "title", "price")


class ImportError_(Exception):
    pass


def parse_rows(text):
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in REQUIRED_COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        raise ImportError_(f"missing columns: {', '.join(missing)}")
    return list(reader)


def parse_price(raw):
    try:
        return round(float(raw), 2)
    except ValueError as error:
        raise ImportError_(f"invalid price {raw!r}") from error


def normalize_row(row):
    return {"sku": row["sku"].strip().upper(), "title": row["title"].strip(), "price": parse_price(row["price"])}


def import_products(store, text):
    rows = [normalize_row(row) for row in parse_rows(text)]
    seen = set()
    for row in rows:
        if row["sku"] in seen:
            raise ImportError_(f"duplicate sku {row['sku']}")
        seen.add(row["sku"])
    for row in rows:
        store.upsert(row)
    return len(rows)
