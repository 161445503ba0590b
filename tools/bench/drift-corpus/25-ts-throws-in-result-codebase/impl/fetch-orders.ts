export interface OrderSummary {
  id: string;
  totalCents: number;
}

export class OrderFetchError extends Error {}

export async function fetchOrders(http: typeof fetch, customerId: string): Promise<OrderSummary[]> {
  const response = await http(`https://api.example.com/customers/${customerId}/orders`);
  if (response.status === 404) throw new OrderFetchError(`no customer ${customerId}`);
  if (!response.ok) throw new OrderFetchError(`order service answered ${response.status}`);
  return (await response.json()) as OrderSummary[];
}

export async function totalSpent(http: typeof fetch, customerId: string): Promise<number> {
  try {
    const orders = await fetchOrders(http, customerId);
    return orders.reduce((sum, order) => sum + order.totalCents, 0);
  } catch (error) {
    throw new OrderFetchError(`cannot total orders of ${customerId}: ${String(error)}`);
  }
}
