import sqlite3


class CustomerNotFound(Exception):
    pass


class CustomerRepository:
    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection

    def get(self, customer_id: int) -> dict:
        cursor = self.connection.execute("SELECT id, name FROM customers WHERE id = ?", (customer_id,))
        row = cursor.fetchone()
        if row is None:
            raise CustomerNotFound(customer_id)
        return {"id": row[0], "name": row[1]}

    def add(self, name: str) -> int:
        cursor = self.connection.execute("INSERT INTO customers (name) VALUES (?)", (name,))
        self.connection.commit()
        return cursor.lastrowid
