import { Component, type ReactNode } from 'react';
import { RetryNotice } from '../../lib/components/retry-notice';
import type { Messages as Copy } from '../../lib/copy/sv';
import { retryLazyChunks } from '../../lib/retryable-lazy';

interface Props {
  t: Copy;
  /** What failed, when the boundary holds less than a view (the slide's QR code); the view's by default. */
  message?: string;
  children: ReactNode;
}

/**
 * One per view: a code chunk that fails to load (no network, a deployment that removed it) shows
 * a message with "Försök igen" in the view's place instead of unmounting the whole page. The retry
 * makes the lazy components anew, so their imports run again.
 */
export class ViewBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  retry = () => {
    retryLazyChunks();
    this.setState({ failed: false });
  };

  render() {
    const { t, message, children } = this.props;
    if (!this.state.failed) return children;
    return <RetryNotice className="view-failed" message={message ?? t.viewLoadFailed} retryLabel={t.retry} onRetry={this.retry} />;
  }
}
