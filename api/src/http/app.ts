import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type Express } from 'express';
import type { AppServices } from '../app-services.js';
import { pingDatabase } from '../db/orm.js';
import { createContext, type Ctx } from '../graphql/context.js';
import { createFormatError } from '../graphql/errors.js';
import { getSchema } from '../graphql/schema.js';
import { authenticate, readSessionToken } from '../modules/auth/auth.http.js';
import { uploadRoutes } from '../modules/uploads/upload.http.js';
import { logger } from '../logger.js';

/** The most tokens a GraphQL document may hold (a refused document is a syntax error: BAD_USER_INPUT, HTTP 400). */
export const MAX_TOKENS = 10_000;

/**
 * GraphQL over HTTP: a request error (parse, validation, variable coercion:
 * no `data`) is HTTP 400 for clients that accept
 * application/graphql-response+json or anything (`*\/*`, what fetch sends). A
 * legacy client that asks for application/json only gets 200, as the spec
 * recommends (such clients read the errors from the body, not the status; the
 * web app is one of them). Server errors keep their 5xx.
 */
const legacyJsonRequestErrorStatus: ApolloServerPlugin<Ctx> = {
  async requestDidStart({ request }) {
    const accept = request.http?.headers.get('accept') ?? '';
    const legacy = /application\/json/i.test(accept) && !/application\/graphql-response\+json|\*\/\*/i.test(accept);
    if (!legacy) return;
    return {
      async willSendResponse({ response }) {
        if (response.http.status === 400 && response.body.kind === 'single' && response.body.singleResult.data === undefined) response.http.status = 200;
      },
    };
  },
};

export async function createApp(app: AppServices): Promise<{ express: Express; apollo: ApolloServer<Ctx> }> {
  const server = express();
  server.disable('x-powered-by');
  // The web server calls the API for its users from this machine and forwards their address.
  server.set('trust proxy', 'loopback');
  // Every answer (GraphQL, /healthz, /uploads, errors, 404s) is to be taken as the type it says it is.
  server.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });

  server.get('/healthz', async (_req, res) => {
    const ok = await pingDatabase(app.orm);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable' });
  });

  server.use('/uploads', uploadRoutes(app));

  // Bounds on what one request may ask for (depth, aliases, cost, tokens): a query cannot exhaust the server.
  // The token bound is graphql's own parser option (parseOptions below), not armor's: armor parses in a
  // plugin hook, where any syntax error (a stray brace) became an unexpected error and an HTTP 500.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20_000 },
    blockFieldSuggestion: { enabled: app.env.isProduction },
  }).protect();

  const apollo = new ApolloServer<Ctx>({
    ...armor,
    schema: await getSchema(),
    introspection: !app.env.isProduction,
    includeStacktraceInErrorResponses: !app.env.isProduction,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: createFormatError({ isProduction: app.env.isProduction, logger }),
    plugins: [
      legacyJsonRequestErrorStatus,
      ...(armor.plugins as ApolloServerPlugin<Ctx>[]),
      ...(app.env.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    validationRules: [...armor.validationRules],
  });
  await apollo.start();

  server.use(
    '/graphql',
    // Room for the largest documents the API accepts (CSV imports up to 2 MB), checked with clear messages by their services.
    express.json({ limit: '4mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = app.orm.em.fork();
        const auth = await authenticate(readSessionToken(req, app), em, app, res);
        return createContext({
          em,
          user: auth?.user ?? null,
          sessionId: auth?.sessionId ?? null,
          ip: req.ip ?? 'unknown',
          req,
          res,
          app,
        });
      },
    }),
  );

  // A malformed body (bad JSON, too large) is the client's error, never a 5xx.
  server.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error('Unhandled HTTP error', err);
    res.status(status).json({
      errors: [{ message: status === 500 ? 'Something went wrong on our side.' : err.message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT' } }],
    });
  });

  return { express: server, apollo };
}
