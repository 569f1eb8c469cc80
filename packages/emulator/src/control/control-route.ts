/** Builds control-API routes under `/emulator/v1/`: JSON in, JSON out, errors in Google's envelope. */
import { failedPrecondition } from '../http/google-error';
import { jsonReply, type Reply } from '../http/reply';
import { compileTemplate, type RequestContext, type Route } from '../http/route';
import { SimulationError } from '../simulation/conference-simulator';

/** Declares one control endpoint; `template` is relative to `/emulator/v1`. */
export function controlRoute(verb: string, template: string, id: string, handler: (ctx: RequestContext) => unknown): Route {
  return {
    verb,
    pattern: compileTemplate(`/emulator/v1${template}`),
    id: `control.${id}`,
    family: 'control',
    async handle(ctx): Promise<Reply> {
      try {
        return jsonReply(await handler(ctx));
      } catch (error) {
        if (error instanceof SimulationError) throw failedPrecondition(error.message);
        throw error;
      }
    },
  };
}
