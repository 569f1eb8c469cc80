import type { z } from 'zod';

/** A request channel: what the renderer sends and what main answers (inside a Result). */
export interface RequestDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  readonly request: Req;
  readonly response: Res;
}

/** Declares a request channel; request schemas must be strict objects so extra keys are refused. */
export const request = <Req extends z.ZodType, Res extends z.ZodType>(req: Req, res: Res): RequestDef<Req, Res> => ({
  request: req,
  response: res,
});
