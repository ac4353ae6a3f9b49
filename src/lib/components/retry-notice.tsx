/** A part of the page that could not be loaded: say which, and offer "Försök igen". */
export function RetryNotice({ message, retryLabel, onRetry, className }: { message: string; retryLabel: string; onRetry: () => void; className?: string }) {
  return (
    <div className={className ? `notice notice-error ${className}` : 'notice notice-error'} role="alert">
      <p className="notice-title">{message}</p>
      <button type="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
