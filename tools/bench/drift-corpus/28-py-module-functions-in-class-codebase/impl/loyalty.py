class LoyaltyError(Exception):
    pass


def points_for(order_total):
    return int(order_total // 10)


def balance(store, customer_id):
    account = store.get(customer_id)
    if account is None:
        raise LoyaltyError(f"no loyalty account for {customer_id}")
    return account["points"]


def award_points(store, customer_id, order_total):
    current = balance(store, customer_id)
    store.update(customer_id, points=current + points_for(order_total))


def redeem_points(store, customer_id, points):
    current = balance(store, customer_id)
    if points > current:
        raise LoyaltyError("not enough points")
    store.update(customer_id, points=current - points)
