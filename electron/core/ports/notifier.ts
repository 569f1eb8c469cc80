/** A desktop notification, optionally with one action ("Open"). */
export interface NotificationRequest {
  readonly title: string;
  readonly body: string;
  readonly actionLabel?: string;
  readonly onAction?: () => void;
}

/** Shows desktop notifications. */
export interface Notifier {
  notify(notification: NotificationRequest): void;
}
