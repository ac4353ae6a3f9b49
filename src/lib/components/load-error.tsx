import { DataError, describeProblem } from '../data-error';

/** A file that could not be used at all: say which and why, and offer a retry. */
export function LoadError({ error, heading, retryLabel, onRetry }: { error: unknown; heading: string; retryLabel: string; onRetry: () => void }) {
  const lines = error instanceof DataError ? error.problems.map(describeProblem) : [error instanceof Error ? error.message : String(error)];
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{heading}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <button type="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
