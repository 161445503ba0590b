import csv
import io

REPORT_COLUMNS = ("date", "orders", "revenue")


def rows_to_csv(rows):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REPORT_COLUMNS)
    writer.writeheader()
    for row in rows:
        missing = [column for column in REPORT_COLUMNS if column not in row]
        if missing:
            raise KeyError(f"row lacks {', '.join(missing)}")
        writer.writerow(row)
    return buffer.getvalue()


def daily_totals(orders):
    totals = {}
    for order in orders:
        day = order["created_at"][:10]
        entry = totals.setdefault(day, {"date": day, "orders": 0, "revenue": 0})
        entry["orders"] += 1
        entry["revenue"] += order["amount"]
    return sorted(totals.values(), key=lambda entry: entry["date"])
