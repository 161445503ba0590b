import { useMemo } from 'react';

export interface CartLine {
  sku: string;
  title: string;
  quantity: number;
  priceCents: number;
}

export interface CartSummaryProps {
  lines: CartLine[];
  currency?: string;
  onCheckout?: () => void;
}

export function CartSummary({ lines, currency = 'EUR', onCheckout }: CartSummaryProps) {
  const totalCents = useMemo(() => lines.reduce((sum, line) => sum + line.quantity * line.priceCents, 0), [lines]);
  if (lines.length === 0) return null;
  return (
    <aside className="cart-summary">
      <ul>
        {lines.map((line) => (
          <li key={line.sku}>
            {line.quantity} × {line.title}
          </li>
        ))}
      </ul>
      <p>
        Total: {(totalCents / 100).toFixed(2)} {currency}
      </p>
      {onCheckout ? (
        <button type="button" onClick={onCheckout}>
          Checkout
        </button>
      ) : null}
    </aside>
  );
}

export function CartBadge({ lines }: { lines: CartLine[] }) {
  const count = lines.reduce((sum, line) => sum + line.quantity, 0);
  if (count === 0) return null;
  return <span className="badge">{count}</span>;
}
