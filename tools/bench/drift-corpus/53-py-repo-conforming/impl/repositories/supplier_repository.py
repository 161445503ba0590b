import sqlite3


class SupplierNotFound(Exception):
    pass


class SupplierRepository:
    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection

    def get(self, supplier_id: int) -> dict:
        cursor = self.connection.execute("SELECT id, name, email FROM suppliers WHERE id = ?", (supplier_id,))
        row = cursor.fetchone()
        if row is None:
            raise SupplierNotFound(supplier_id)
        return {"id": row[0], "name": row[1], "email": row[2]}

    def list_active(self) -> list[dict]:
        cursor = self.connection.execute("SELECT id, name, email FROM suppliers WHERE active = 1")
        return [{"id": r[0], "name": r[1], "email": r[2]} for r in cursor.fetchall()]

    def deactivate(self, supplier_id: int) -> None:
        self.get(supplier_id)
        self.connection.execute("UPDATE suppliers SET active = 0 WHERE id = ?", (supplier_id,))
        self.connection.commit()
