export interface StatusBadgeProps {
  status: 'online' | 'away' | 'offline';
  compact?: boolean;
}

const LABELS: Record<StatusBadgeProps['status'], string> = { online: 'Online', away: 'Away', offline: 'Offline' };

export function StatusBadge({ status, compact = false }: StatusBadgeProps) {
  const label = LABELS[status];
  return <span className={`badge badge-${status}`}>{compact ? label.charAt(0) : label}</span>;
}
