import { useState } from 'react';

export interface CounterButtonProps {
  label: string;
  onChange?: (value: number) => void;
}

export function CounterButton({ label, onChange }: CounterButtonProps) {
  const [count, setCount] = useState(0);
  const handleClick = () => {
    const next = count + 1;
    setCount(next);
    onChange?.(next);
  };
  return (
    <button type="button" onClick={handleClick}>
      {label}: {count}
    </button>
  );
}
