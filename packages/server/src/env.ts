import type { AppContext } from '@dualuse/app';
import type { Principal } from '@dualuse/core';

/** What middleware puts on the request context for handlers. */
export interface ServerEnv {
  Variables: {
    app: AppContext;
    principal: Principal;
    requestId: string;
  };
}
