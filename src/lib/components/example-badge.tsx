/** Shown wherever an example value appears, so nobody mistakes it for statistics. */
export function ExampleBadge({ label, title }: { label: string; title: string }) {
  return (
    <span className="badge-example" title={title}>
      {label}
    </span>
  );
}
