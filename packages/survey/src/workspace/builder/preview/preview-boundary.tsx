import { Component, type ReactNode } from "react";

interface Props {
  /** when it changes (the draft was edited), the boundary tries to show its children again */
  resetKey: string;
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Catches what survey-core throws while building or rendering a half-made question, so a draft in progress shows a
 * sentence instead of taking the editor down with it. The next edit tries again.
 */
export class PreviewBoundary extends Component<Props, { failedAt: string | null }> {
  override state: { failedAt: string | null } = { failedAt: null };

  static getDerivedStateFromError(): Partial<{ failedAt: string | null }> {
    return { failedAt: "" };
  }

  override componentDidCatch(error: unknown): void {
    this.setState({ failedAt: this.props.resetKey });
    console.warn("The preview could not show the draft:", error);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failedAt !== null && previous.resetKey !== this.props.resetKey) this.setState({ failedAt: null });
  }

  override render(): ReactNode {
    return this.state.failedAt === null ? this.props.children : this.props.fallback;
  }
}
