/**
 * A real error boundary for one area of the app (start, setup, pupil, teacher): when a screen
 * throws while it renders, the area shows a friendly fallback instead of a blank page, the error
 * goes to the error log, and the rest of the app keeps working. (preact-iso's ErrorBoundary in
 * App.tsx only waits for lazy routes to load; it shows nothing for an error.)
 */
import { Component, type ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { recordError } from './record-error';
import { AreaFallback } from './AreaFallback';

interface Props {
  /** What "back to the start" does for this area before it goes to the start screen. */
  beforeHome?: () => Promise<void> | void;
  children: ComponentChildren;
}

interface BoundaryProps extends Props {
  /** The address: going somewhere else (the browser's back button too) tries the area again. */
  path: string;
}

class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
    void recordError(error);
  }

  override componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && previous.path !== this.props.path) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <AreaFallback beforeHome={this.props.beforeHome} onReset={this.reset} />;
  }

  private reset = () => this.setState({ failed: false });
}

export function AreaBoundary(props: Props) {
  const { path } = useLocation();
  return <Boundary {...props} path={path} />;
}
