import { useEffect, useState } from 'react';
import type { Order } from './types.js';

export interface OrderListProps {
  customerId: string;
  loadOrders: (customerId: string) => Promise<Order[]>;
}

export function OrderList({ customerId, loadOrders }: OrderListProps) {
  const [orders, setOrders] = useState<Order[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const run = async () => {
      try {
        const loaded = await loadOrders(customerId);
        if (!cancelled) setOrders(loaded);
      } catch {
        if (!cancelled) setFailed(true);
      }
    };
    void run();
    return () => {
      cancelled = true;
    };
  }, [customerId, loadOrders]);

  if (failed) return <p className="error">Could not load the orders.</p>;
  return (
    <ul>
      {orders.map((order) => (
        <li key={order.id}>{order.id}</li>
      ))}
    </ul>
  );
}
