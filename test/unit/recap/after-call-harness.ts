import { createAfterCallFeature } from '../../../electron/core/recap/after-call-feature';
import { startHarness } from '../attendees/support/harness';

/** The conference feature over fakes plus the recap and transcript search, with virtual time. */
export async function startAfterCall(options: { readonly account?: () => string | null } = {}) {
  const h = await startHarness({ start: false });
  const afterCall = createAfterCallFeature({
    meet: h.meet,
    monitor: h.feature.monitor,
    recordings: h.recordings,
    documents: h.documents.factory,
    transcriptDocuments: h.documents.factory,
    indexDocuments: h.documents.factory,
    account: options.account ?? (() => 'ada@example.com'),
    events: h.events,
    clipboard: h.clipboard,
    logger: h.logger,
  });
  const settle = h.time.settle;
  h.time.settle = async () => {
    await settle?.();
    await afterCall.idle();
  };
  await h.start();
  await afterCall.start(true);
  h.feature.setWindowVisible(true);
  await h.time.advance(0);
  return { ...h, afterCall };
}
