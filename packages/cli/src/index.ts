export { main } from "./main.ts";
export type { Command, CommandIO } from "./command.ts";
