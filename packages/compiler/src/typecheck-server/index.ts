export { checkThroughServer, type TypeCheckServerUse } from "./check-through-server.ts";
export { serverStatuses, stopServers } from "./client.ts";
export { idleSecondsFrom, type ServerRequest, type ServerStatus } from "./protocol.ts";
export { serveTypeChecks, type ServeOptions } from "./serve.ts";
