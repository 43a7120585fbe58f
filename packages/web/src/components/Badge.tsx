/** Small coloured labels: roles and states read faster as colour plus text than as text alone. */
export function Badge({
  children,
  tone = 'neutral',
}: {
  children: string;
  tone?: 'neutral' | 'blue' | 'green' | 'red' | 'amber' | 'violet';
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

const ROLE_TONES: Record<string, 'violet' | 'blue' | 'green' | 'amber'> = {
  admin: 'violet',
  officer: 'blue',
  analyst: 'green',
  auditor: 'amber',
};

export function RoleBadge({ role }: { role: string }) {
  return <Badge tone={ROLE_TONES[role] ?? 'neutral'}>{role}</Badge>;
}
