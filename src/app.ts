import { Hono } from "hono";
import { createAdminApp } from "./admin/create-admin-app.ts";
import { authenticate } from "./auth/authenticate.ts";
import { can } from "./auth/permissions.ts";
import { describeError, ProxyError, toProxyError } from "./errors.ts";
import { isStreamedResponse } from "./http/streamed-response.ts";
import { listModels } from "./http/list-models.ts";
import { presentedKey } from "./http/presented-key.ts";
import { MODEL_ENDPOINTS } from "./protocols/model-endpoints.ts";
import { renderOpenAiError } from "./protocols/openai-chat/render-error.ts";
import { handleModelRequest } from "./proxy/handle-model-request.ts";
import { createReviewApp } from "./review/create-review-app.ts";
import type { Services } from "./services.ts";

type AppEnv = { Variables: { requestId: string; answerCarriesRequestId?: boolean } };

/** The caller's `x-request-id` when it is a safe token of at most 64 characters, else a fresh UUID. */
const requestIdFrom = (presented: string | undefined): string =>
  presented && presented.length <= 64 && !/[^\w\-=]/.test(presented) ? presented : crypto.randomUUID();

/** Veilgate's HTTP app. It holds no runtime code: entries hand it the services they built. */
export function createApp(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const openAiError = (error: ProxyError, id: string): Response => {
    const rendered = renderOpenAiError(error, id);
    return Response.json(rendered.body, { status: rendered.status, headers: { "x-request-id": id } });
  };
  /** App-level refusals on a model endpoint speak that endpoint's protocol, so its SDK parses them. */
  const endpointError = (error: ProxyError, id: string, path: string): Response => {
    const protocol = MODEL_ENDPOINTS.find((endpoint) => endpoint.path === path)?.protocol;
    if (!protocol) return openAiError(error, id);
    const rendered = protocol.renderError(error, id);
    return Response.json(rendered.body, { status: rendered.status, headers: { "x-request-id": id } });
  };

  app.use(async (context, next) => {
    const startedAt = performance.now();
    const id = requestIdFrom(context.req.header("x-request-id"));
    context.set("requestId", id);
    await next();
    // The Anthropic SDK reads its request id from `request-id`; the OpenAI SDK from `x-request-id`.
    // Model answers are built with both; touching `res.headers` would make node-server copy them.
    if (!context.get("answerCarriesRequestId")) {
      context.res.headers.set("x-request-id", id);
      context.res.headers.set("request-id", id);
    }
    // Method, path, status and timing only: request and answer text never reach the process log.
    services.logger.info(
      {
        requestId: context.get("requestId"),
        method: context.req.method,
        path: context.req.path,
        status: context.res.status,
        ms: Math.round((performance.now() - startedAt) * 100) / 100,
      },
      "request",
    );
  });

  app.get("/healthz", (context) => context.json({ status: "ok" }));
  app.route("/admin", createAdminApp(services));
  app.route("/review", createReviewApp(services));

  // Body size is enforced while reading (see RequestIo), not by hono's bodyLimit, which
  // makes @hono/node-server build a web-stream Request for every call.
  for (const { path, protocol } of MODEL_ENDPOINTS) {
    app.post(path, async (context) => {
      const requestId = context.get("requestId");
      const answer = await handleModelRequest(services, {
        protocol,
        endpoint: path,
        presentedKey: presentedKey(context.req.raw.headers),
        headers: context.req.raw.headers,
        body: await services.requestIo.readBody(context.req.raw, context.env, services.settings.maxBodyBytes),
        signal: services.requestIo.clientSignal(context.req.raw, context.env),
        requestId,
      });
      context.set("answerCarriesRequestId", true);
      if (!isStreamedResponse(answer)) return answer;
      return services.requestIo.sendStream(context.env, answer, (error) =>
        services.logger.error({ requestId, error: describeError(error) }, "streamed answer failed"),
      );
    });
  }

  app.get("/v1/models", (context) => {
    const authentication = authenticate(services.keys, presentedKey(context.req.raw.headers), services.now());
    if (!authentication.ok) return openAiError(new ProxyError("unauthorized", "The Veilgate API key is missing or not valid."), context.get("requestId"));
    if (!can(authentication.principal, "model:invoke")) {
      return openAiError(new ProxyError("forbidden", "Only client keys may list models."), context.get("requestId"));
    }
    return context.json(listModels(services, authentication.principal));
  });

  // Veilgate forwards only what it knows how to redact: every other path is refused.
  app.notFound((context) =>
    openAiError(
      new ProxyError("route_not_found", `Veilgate does not serve ${context.req.method} ${context.req.path}; nothing was forwarded.`),
      context.get("requestId") ?? "unknown",
    ),
  );
  app.onError((error, context) => {
    const proxyError = toProxyError(error);
    if (proxyError.code === "internal") services.logger.error({ requestId: context.get("requestId"), name: error.name }, "unhandled error");
    return endpointError(proxyError, context.get("requestId") ?? "unknown", context.req.path);
  });
  return app;
}
