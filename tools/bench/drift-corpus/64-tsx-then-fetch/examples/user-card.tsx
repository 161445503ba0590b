import { useEffect, useState } from 'react';
import type { User } from './types.js';

export interface UserCardProps {
  userId: string;
  loadUser: (id: string) => Promise<User>;
}

export function UserCard({ userId, loadUser }: UserCardProps) {
  const [user, setUser] = useState<User | undefined>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const run = async () => {
      try {
        const loaded = await loadUser(userId);
        if (!cancelled) setUser(loaded);
      } catch {
        if (!cancelled) setFailed(true);
      }
    };
    void run();
    return () => {
      cancelled = true;
    };
  }, [userId, loadUser]);

  if (failed) return <p className="error">Could not load the user.</p>;
  if (!user) return <p>Loading…</p>;
  return (
    <div className="card">
      <h2>{user.displayName}</h2>
      <p>{user.email}</p>
    </div>
  );
}
